// The monitoring-case state machine (docs/monitoring.md).
#include <algorithm>
#include <array>

#include "ruralguard/case_clocks.hpp"
#include "ruralguard/error.hpp"
#include "monitoring/procedure_checks.hpp"
#include "ruralguard/monitoring_case.hpp"

namespace rg {
namespace {

struct Transition {
  CaseState from;
  CaseStep step;
};

// Every (state, step) pair that is allowed; the target depends on the step's outcome.
constexpr std::array<Transition, 27> kAllowed{{
    {CaseState::kClue, CaseStep::kVerify},
    {CaseState::kClue, CaseStep::kReject},
    {CaseState::kVerified, CaseStep::kCompare},
    {CaseState::kVerified, CaseStep::kReject},
    {CaseState::kCompared, CaseStep::kReview},
    {CaseState::kCompared, CaseStep::kReject},
    {CaseState::kReviewed, CaseStep::kNotice},
    {CaseState::kReviewed, CaseStep::kReject},
    {CaseState::kNoticed, CaseStep::kTownshipApprove},
    {CaseState::kNoticed, CaseStep::kReject},
    {CaseState::kTownshipApproved, CaseStep::kCountyApprove},
    {CaseState::kTownshipApproved, CaseStep::kReject},
    {CaseState::kMonitored, CaseStep::kStartElimination},
    {CaseState::kEliminationVerified, CaseStep::kReview},
    {CaseState::kEliminationVerified, CaseStep::kReject},
    {CaseState::kEliminationReviewed, CaseStep::kNotice},
    {CaseState::kEliminationReviewed, CaseStep::kReject},
    {CaseState::kEliminationNoticed, CaseStep::kTownshipApprove},
    {CaseState::kEliminationNoticed, CaseStep::kReject},
    {CaseState::kEliminationTownshipApproved, CaseStep::kCountyApprove},
    {CaseState::kEliminationTownshipApproved, CaseStep::kReject},
    {CaseState::kEliminated, CaseStep::kRollback},
    // A reassessment 预警等级重新评定 while under monitoring (issue 16, DOMAIN.md 1.7).
    {CaseState::kMonitored, CaseStep::kReassess},
    {CaseState::kEliminationVerified, CaseStep::kReassess},
    {CaseState::kEliminationReviewed, CaseStep::kReassess},
    {CaseState::kEliminationNoticed, CaseStep::kReassess},
    {CaseState::kEliminationTownshipApproved, CaseStep::kReassess},
}};

bool in_elimination(CaseState s) {
  return s == CaseState::kEliminationVerified || s == CaseState::kEliminationReviewed ||
         s == CaseState::kEliminationNoticed || s == CaseState::kEliminationTownshipApproved;
}

[[noreturn]] void refuse(const MonitoringCase& c, const std::string& why) {
  throw Error(ErrorCode::kRefused, "case " + std::to_string(c.case_id) + ": " + why);
}

std::string name(CaseState s) { return std::string(case_state_name(s)); }
std::string name(CaseStep s) { return std::string(case_step_name(s)); }

}  // namespace

std::string_view case_state_name(CaseState state) {
  switch (state) {
    case CaseState::kClue: return "clue";
    case CaseState::kVerified: return "verified";
    case CaseState::kCompared: return "compared";
    case CaseState::kReviewed: return "reviewed";
    case CaseState::kNoticed: return "noticed";
    case CaseState::kTownshipApproved: return "township_approved";
    case CaseState::kMonitored: return "monitored";
    case CaseState::kRejected: return "rejected";
    case CaseState::kEliminationVerified: return "elimination_verified";
    case CaseState::kEliminationReviewed: return "elimination_reviewed";
    case CaseState::kEliminationNoticed: return "elimination_noticed";
    case CaseState::kEliminationTownshipApproved: return "elimination_township_approved";
    case CaseState::kEliminated: return "eliminated";
  }
  return "unknown";
}

std::string_view case_step_name(CaseStep step) {
  switch (step) {
    case CaseStep::kVerify: return "verify";
    case CaseStep::kCompare: return "compare";
    case CaseStep::kReview: return "review";
    case CaseStep::kNotice: return "notice";
    case CaseStep::kTownshipApprove: return "township_approve";
    case CaseStep::kCountyApprove: return "county_approve";
    case CaseStep::kReject: return "reject";
    case CaseStep::kStartElimination: return "start_elimination";
    case CaseStep::kRollback: return "rollback";
    case CaseStep::kReassess: return "reassess";
  }
  return "unknown";
}

std::vector<CaseStep> allowed_steps(CaseState state) {
  std::vector<CaseStep> out;
  for (const auto& t : kAllowed) {
    if (t.from == state && std::find(out.begin(), out.end(), t.step) == out.end()) out.push_back(t.step);
  }
  return out;
}

int64_t identification_days(const MonitoringCase& c, Date as_of) {
  return c.found.days_until(c.identified ? *c.identified : as_of);
}

MonitoringCase apply_step(const MonitoringCase& c, const StepInput& in, const Policy& policy,
                          const ProcedureLimits& /*limits: read from policy.procedure*/,
                          const EliminationContext* elimination) {
  const auto allowed = allowed_steps(c.state);
  if (std::find(allowed.begin(), allowed.end(), in.step) == allowed.end()) {
    std::string list;
    for (auto s : allowed) list += (list.empty() ? "" : ", ") + name(s);
    throw Error(ErrorCode::kState, "case " + std::to_string(c.case_id) + " is in state '" + name(c.state) +
                                       "': step '" + name(in.step) + "' is not allowed; allowed: " +
                                       (list.empty() ? "none (final state)" : list));
  }
  const Date last = c.events.empty() ? c.found : c.events.back().date;
  if (in.date < last) {
    throw Error(ErrorCode::kRange, "case " + std::to_string(c.case_id) + ": step '" + name(in.step) + "' dated " +
                                       in.date.to_string() + " is before the previous event (" + last.to_string() + ")");
  }
  if (in.actor.empty()) refuse(c, "step '" + name(in.step) + "' needs the actor who performed it");
  check_step_role(c, in, policy.procedure.roles);  // roles and separation of duties (issue 16)

  MonitoringCase n = c;
  record_proposed_category(n, in);
  CaseState to = c.state;
  const bool elim = in_elimination(c.state) || c.state == CaseState::kMonitored;
  switch (in.step) {
    case CaseStep::kVerify:
      if (!in.consent_signed) refuse(c, "home verification needs the household's signed consent (承诺授权书)");
      to = CaseState::kVerified;
      break;
    case CaseStep::kCompare:
      if (in.comparison_passed) {
        to = CaseState::kCompared;
      } else {
        to = CaseState::kRejected;
        n.rejection_reason = "information comparison found excluding assets: " + in.note;
      }
      break;
    case CaseStep::kReview:
      if (in.votes_for < 0 || in.votes_against < 0 || in.votes_for + in.votes_against == 0) {
        refuse(c, "democratic review needs the votes (for " + std::to_string(in.votes_for) + ", against " +
                      std::to_string(in.votes_against) + ")");
      }
      n.votes_for = in.votes_for;
      n.votes_against = in.votes_against;
      if (in.votes_for > in.votes_against) {
        to = elim ? CaseState::kEliminationReviewed : CaseState::kReviewed;
      } else if (elim) {
        to = CaseState::kMonitored;  // the village did not agree the risk is gone
      } else {
        to = CaseState::kRejected;
        n.rejection_reason = "democratic review voted against (" + std::to_string(in.votes_for) + " for, " +
                             std::to_string(in.votes_against) + " against)";
      }
      break;
    case CaseStep::kNotice: {
      if (!in.notice_start || !in.notice_end) refuse(c, "the public notice needs its start and end dates");
      if (*in.notice_start < last) {
        refuse(c, "the public notice cannot start (" + in.notice_start->to_string() + ") before the review (" +
                      last.to_string() + ")");
      }
      check_notice_length(c, *in.notice_start, *in.notice_end, policy.procedure, elim);
      n.notice_start = in.notice_start;
      n.notice_end = in.notice_end;
      to = elim ? CaseState::kEliminationNoticed : CaseState::kNoticed;
      break;
    }
    case CaseStep::kTownshipApprove:
      if (!c.notice_end || in.date <= *c.notice_end) {
        refuse(c, "the township review must follow the end of the public notice (" +
                      (c.notice_end ? c.notice_end->to_string() : std::string("none")) + ")");
      }
      to = elim ? CaseState::kEliminationTownshipApproved : CaseState::kTownshipApproved;
      break;
    case CaseStep::kCountyApprove:
      if (!elim) {
        if (in.category == MonitoringCategory::kNone) refuse(c, "county approval must record the category");
        if (!in.contact || in.contact->name.empty()) {
          refuse(c, "county approval must assign the monitoring contact person (监测联系人)");
        }
        n.category = in.category;
        n.risk_mask = in.risk_mask;
        n.level = in.level;
        n.contact = in.contact;
        n.identified = in.date;
        to = CaseState::kMonitored;
      } else {
        if (elimination == nullptr) refuse(c, "the elimination approval needs the household's current facts");
        CaseFacts facts;
        // A rollback restarts every clock: months monitored count from the later of the
        // identification and the last rollback (case_clocks.hpp).
        facts.identified = *monitoring_clock_start(c);
        facts.clock_from_rollback = facts.identified != *c.identified;
        facts.category = c.category;
        facts.measures_implemented = elimination->measures_implemented;
        facts.income_stable_since = elimination->income_stable_since;
        facts.has_contact_person = c.contact.has_value() && !c.contact->name.empty();
        const EliminationCheck check =
            check_elimination(facts, elimination->household, policy, in.date, in.elimination_kind);
        if (!check.eligible) {
          std::string why;
          for (const auto& f : check.failures) why += (why.empty() ? "" : "; ") + f.message_en;
          refuse(c, "elimination refused: " + why);
        }
        n.eliminated = in.date;
        n.elimination_kind = in.elimination_kind;
        n.level = WarningLevel::kNone;
        to = CaseState::kEliminated;
      }
      break;
    case CaseStep::kReject:
      if (in.note.empty()) refuse(c, "a rejection needs its reason in the note");
      if (elim) {
        to = CaseState::kMonitored;  // elimination refused along the way: keep monitoring
      } else {
        to = CaseState::kRejected;
        n.rejection_reason = in.note;
      }
      break;
    case CaseStep::kStartElimination:
      to = CaseState::kEliminationVerified;
      n.notice_start.reset();
      n.notice_end.reset();
      break;
    case CaseStep::kRollback:
      if (in.note.empty()) refuse(c, "a rollback needs its reason in the note");
      n.eliminated.reset();
      n.elimination_kind.reset();
      n.rollbacks += 1;
      n.level = in.level == WarningLevel::kNone ? WarningLevel::kRed : in.level;
      to = CaseState::kMonitored;
      break;
    case CaseStep::kReassess:
      if (in.level == WarningLevel::kNone) refuse(c, "a reassessment needs the level it found (red, yellow or blue)");
      n.level = in.level;
      break;
  }
  CaseEvent e;
  e.sequence = static_cast<int32_t>(c.events.size()) + 1;
  e.step = in.step;
  e.from = c.state;
  e.to = to;
  e.date = in.date;
  e.actor = in.actor;
  e.note = in.note;
  e.role = in.role;
  n.events.push_back(std::move(e));
  n.state = to;
  return n;
}

}  // namespace rg
