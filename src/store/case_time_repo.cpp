// A case over time in the store (issue 16): re-identification of eliminated cases, reassessed
// warning levels with their history, the derived income-stable date and the post-elimination
// checks. The domain decides (case_clocks.hpp, apply_step, check_post_elimination); this file
// loads, builds the inputs and commits.
#include <algorithm>

#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/risk.hpp"
#include "store/case_rows.hpp"
#include "store/case_steps.hpp"
#include "store/store_impl.hpp"
#include "store/unit_of_work.hpp"

namespace rg {
namespace {

std::string join_rules(const std::vector<ConsistencyFinding>& findings, bool messages) {
  std::string out;
  for (const auto& f : findings) out += (out.empty() ? "" : messages ? "; " : ",") + (messages ? f.message_en : f.rule_id);
  return out;
}

}  // namespace

ClueOutcome CaseRepository::open_clue(int64_t household_key, ClueChannel channel, Date found, const std::string& note,
                                      const Policy& policy) {
  store::check_case_text(note, "clue note");
  if (channel < ClueChannel::kSelfDeclared || channel > ClueChannel::kSupervision) {
    throw Error(ErrorCode::kInvalidArgument, "open_clue: unknown channel " + std::to_string(static_cast<int>(channel)));
  }
  return store::guarded("opening a clue", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    if (!store::household_exists(db.sql(), household_key)) {
      throw Error(ErrorCode::kNotFound, "household key " + std::to_string(household_key) + " is not in the store");
    }
    if (auto open = open_case_of(household_key)) {
      throw Error(ErrorCode::kExists, "household key " + std::to_string(household_key) + " already has open case " +
                                          std::to_string(*open));
    }
    ClueOutcome out;
    std::optional<MonitoringCase> eliminated;
    if (auto id = store::eliminated_case_of(db.sql(), household_key)) eliminated = load_case(*id);
    if (eliminated && in_follow_up_window(*eliminated, policy.elimination, found)) {
      store::roll_back_case(db.sql(), *eliminated, found, "system",
                            "clue (" + std::to_string(static_cast<int>(channel)) + ") of " + found.to_string() +
                                (note.empty() ? "" : ": " + note),
                            policy);
      out = {eliminated->case_id, true};
    } else {
      MonitoringCase c;
      c.household_key = household_key;
      c.channel = channel;
      c.found = found;
      out = {store::insert_case(db.sql(), c), false};
    }
    SQLite::Statement clue(db.sql(),
                           "INSERT INTO rg_clues(household, channel, department, metric, period_key, amount, found, "
                           "case_id, note) VALUES (?,?,0,0,?,0,?,?,?)");
    clue.bind(1, household_key);
    clue.bind(2, static_cast<int>(channel));
    clue.bind(3, found.days_since_epoch());
    clue.bind(4, found.days_since_epoch());
    clue.bind(5, out.case_id);
    clue.bind(6, note);
    clue.exec();
    unit.commit();
    return out;
  });
}

StepInput CaseRepository::reassessment_input(const MonitoringCase& c, const StepInput& step, const Policy& policy) {
  StepInput in = step;
  const auto allowed = allowed_steps(c.state);
  const bool may = std::find(allowed.begin(), allowed.end(), CaseStep::kReassess) != allowed.end();
  if (may && in.level == WarningLevel::kNone) {  // not allowed: apply_step names the state
    const HouseholdFacts facts = store::case_household_facts(store_, c.household_key, step.date, policy);
    const WarningLevel derived = assess(facts, policy, step.date).level;
    // A case under monitoring keeps at least blue: only the elimination procedure ends it.
    in.level = derived == WarningLevel::kNone ? WarningLevel::kBlue : derived;
    if (in.note.empty()) in.note = "assessed with policy " + policy.id;
  }
  return in;
}

MonitoringCase CaseRepository::reassess(int64_t case_id, const Policy& policy, Date date, const std::string& actor,
                                        WarningLevel level, const std::string& note) {
  StepInput in;
  in.step = CaseStep::kReassess;
  in.date = date;
  in.actor = actor;
  in.note = note;
  in.level = level;
  return advance(case_id, in, policy);
}

VisitOutcome CaseRepository::record_visit(const Visit& visit, const Policy& policy, bool reassess, WarningLevel level) {
  store::check_case_text(visit.visitor, "visitor");
  store::check_case_text(visit.findings, "findings");
  if (visit.visitor.empty()) throw Error(ErrorCode::kInvalidArgument, "visit: the visitor is required");
  return store::guarded("recording a visit", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);  // the nested calls join this transaction
    VisitOutcome out;
    const WarningLevel before = load_case(visit.case_id).level;
    out.visit_id = record_visit(visit);
    out.level = before;
    if (reassess) {
      const MonitoringCase after =
          this->reassess(visit.case_id, policy, visit.date, visit.visitor, level,
                         visit.findings.empty() ? std::string("visit") : "visit: " + visit.findings);
      out.level = after.level;
      out.level_changed = after.level != before;
    }
    unit.commit();
    return out;
  });
}

std::vector<CaseLevelChange> CaseRepository::level_history(int64_t case_id) {
  return store::guarded("loading the level history of case " + std::to_string(case_id), [&] {
    auto& db = store::database_of(store_).sql();
    SQLite::Statement exists(db, "SELECT 1 FROM rg_cases WHERE case_id = ?");
    exists.bind(1, case_id);
    if (!exists.executeStep()) throw Error(ErrorCode::kNotFound, "case " + std::to_string(case_id) + " is not in the store");
    SQLite::Statement q(db,
                        "SELECT sequence, step, date, level_from, level_to FROM rg_case_levels WHERE case_id = ? "
                        "ORDER BY sequence");
    q.bind(1, case_id);
    std::vector<CaseLevelChange> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getInt(), static_cast<CaseStep>(q.getColumn(1).getInt()),
                     Date::from_days_since_epoch(q.getColumn(2).getInt()),
                     static_cast<WarningLevel>(q.getColumn(3).getInt()),
                     static_cast<WarningLevel>(q.getColumn(4).getInt())});
    }
    return out;
  });
}

std::optional<Date> CaseRepository::income_stable_since(int64_t case_id, const Policy& policy, Date as_of) {
  return store::guarded("deriving the income-stable date of case " + std::to_string(case_id), [&] {
    return store::derived_income_stable_since(store_, load_case(case_id).household_key, as_of, policy);
  });
}

std::optional<Date> CaseRepository::governing_income_stable_since(const MonitoringCase& c, Date date,
                                                                  const Policy& policy, std::optional<Date> asserted) {
  const std::optional<Date> derived = store::derived_income_stable_since(store_, c.household_key, date, policy);
  // Without a derived date the gate fails on income stability whatever the caller says.
  if (!asserted || !derived) return derived;
  if (*asserted < *derived) {
    throw Error(ErrorCode::kRefused, "case " + std::to_string(c.case_id) + ": the caller's income-stable date " +
                                         asserted->to_string() +
                                         " is earlier than the date derived from the income statements, " +
                                         derived->to_string());
  }
  return asserted;  // later than derived: the caller is stricter
}

PostEliminationCheckRecord CaseRepository::check_after_elimination(int64_t case_id, const Policy& policy, Date date,
                                                                   const std::string& actor) {
  store::check_case_text(actor, "check actor");
  if (actor.empty()) throw Error(ErrorCode::kInvalidArgument, "post-elimination check: the actor is required");
  return store::guarded("checking case " + std::to_string(case_id) + " after elimination", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    const MonitoringCase c = load_case(case_id);
    if (c.state != CaseState::kEliminated) {
      throw Error(ErrorCode::kState, "case " + std::to_string(case_id) + " is in state '" +
                                         std::string(case_state_name(c.state)) +
                                         "': post-elimination checks run on eliminated cases only");
    }
    if (!in_follow_up_window(c, policy.elimination, date)) {
      throw Error(ErrorCode::kRefused, "case " + std::to_string(case_id) + ": " + date.to_string() +
                                           " is outside the follow-up window " + c.eliminated->to_string() + " to " +
                                           follow_up_window_end(c, policy.elimination)->to_string());
    }
    const auto statements = store::statements_until(store_, c.household_key, date, policy);
    if (statements.empty()) {
      throw Error(ErrorCode::kRefused, "case " + std::to_string(case_id) + ": household key " +
                                           std::to_string(c.household_key) + " has no income statement on or before " +
                                           date.to_string());
    }
    const store::StatementIncome& latest = statements.back();
    const HouseholdFacts facts = store::case_household_facts(store_, c.household_key, date, policy);
    PostEliminationFacts f;
    f.kind = c.elimination_kind.value_or(EliminationKind::kAided);
    f.per_capita_income = latest.income.per_capita;
    f.threshold = assess(facts, policy, date).threshold;
    f.wage_income = latest.statement.wage;
    f.business_income = latest.statement.business_income;
    f.transfer_income = latest.income.counted_transfers;
    for (const Measure& m : measures_of(case_id)) {
      if (m.status == MeasureStatus::kPlanned) continue;
      f.has_employment_or_public_job_measure |=
          m.category == MeasureCategory::kEmployment || m.category == MeasureCategory::kPublicWelfareJob;
      f.has_social_security_measure |= m.category == MeasureCategory::kSocialSecurity;
      f.has_industry_measure |= m.category == MeasureCategory::kIndustry;
    }
    PostEliminationCheckRecord out;
    out.case_id = case_id;
    out.date = date;
    out.actor = actor;
    out.findings = check_post_elimination(f);
    if (!out.findings.empty()) {
      store::roll_back_case(db.sql(), c, date, actor,
                            "post-elimination check failed: " + join_rules(out.findings, true), policy);
      out.rolled_back = true;
    }
    SQLite::Statement ins(db.sql(),
                          "INSERT INTO rg_post_elimination_checks(case_id, date, actor, findings, rule_ids, message, "
                          "rolled_back) VALUES (?,?,?,?,?,?,?)");
    ins.bind(1, case_id);
    ins.bind(2, date.days_since_epoch());
    ins.bind(3, actor);
    ins.bind(4, static_cast<int64_t>(out.findings.size()));
    ins.bind(5, join_rules(out.findings, false));
    ins.bind(6, join_rules(out.findings, true));
    ins.bind(7, out.rolled_back ? 1 : 0);
    ins.exec();
    out.check_id = db.sql().getLastInsertRowid();
    unit.commit();
    return out;
  });
}

std::vector<PostEliminationCheckRecord> CaseRepository::post_elimination_checks(int64_t case_id) {
  return store::guarded("loading the post-elimination checks of case " + std::to_string(case_id), [&] {
    SQLite::Statement q(store::database_of(store_).sql(),
                        "SELECT check_id, date, actor, rule_ids, message, rolled_back FROM rg_post_elimination_checks "
                        "WHERE case_id = ? ORDER BY date, check_id");
    q.bind(1, case_id);
    std::vector<PostEliminationCheckRecord> out;
    while (q.executeStep()) {
      PostEliminationCheckRecord r;
      r.check_id = q.getColumn(0).getInt64();
      r.case_id = case_id;
      r.date = Date::from_days_since_epoch(q.getColumn(1).getInt());
      r.actor = q.getColumn(2).getString();
      // Findings are stored as their rule ids and messages, "; "-joined in the same order.
      const std::string ids = q.getColumn(3).getString();
      const std::string messages = q.getColumn(4).getString();
      std::size_t i = 0, m = 0;
      while (i < ids.size()) {
        const std::size_t ie = std::min(ids.find(',', i), ids.size());
        const std::size_t me = std::min(messages.find("; ", m), messages.size());
        r.findings.push_back({ids.substr(i, ie - i), messages.substr(m, me - m), ""});
        i = ie + 1;
        m = me + 2;
      }
      r.rolled_back = q.getColumn(5).getInt() != 0;
      out.push_back(std::move(r));
    }
    return out;
  });
}

}  // namespace rg
