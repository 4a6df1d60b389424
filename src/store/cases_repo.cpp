// Cases: opening, loading and advancing them (the domain's apply_step decides each change;
// this file loads the case, builds the elimination gate's context and commits the result).
#include "ruralguard/cases_repo.hpp"

#include "ruralguard/error.hpp"
#include "ruralguard/household_columns.hpp"
#include "store/case_rows.hpp"
#include "store/case_steps.hpp"
#include "store/household_columns_access.hpp"
#include "store/store_impl.hpp"
#include "store/unit_of_work.hpp"

namespace rg {

CaseRepository::CaseRepository(Store& store, ProcedureLimits limits) : store_(store), limits_(limits) {}

int64_t CaseRepository::open_case(int64_t household_key, ClueChannel channel, Date found, const std::string& note) {
  store::check_case_text(note, "clue note");
  const auto ch = static_cast<int>(channel);
  if (channel < ClueChannel::kSelfDeclared || channel > ClueChannel::kSupervision) {
    throw Error(ErrorCode::kInvalidArgument, "open_case: unknown channel " + std::to_string(ch));
  }
  return store::guarded("opening a case", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    if (!store::household_exists(db.sql(), household_key)) {
      throw Error(ErrorCode::kNotFound, "household key " + std::to_string(household_key) + " is not in the store");
    }
    if (auto open = open_case_of(household_key)) {
      throw Error(ErrorCode::kExists, "household key " + std::to_string(household_key) + " already has open case " +
                                          std::to_string(*open));
    }
    if (auto eliminated = store::eliminated_case_of(db.sql(), household_key)) {
      // Issue 16: whether this clue re-identifies the eliminated case depends on the policy's
      // follow-up window; open_clue decides it.
      throw Error(ErrorCode::kRefused, "household key " + std::to_string(household_key) + " has eliminated case " +
                                           std::to_string(*eliminated) +
                                           ": open the clue with the policy (open_clue) so its follow-up window "
                                           "decides between a rollback and a new case");
    }
    MonitoringCase c;
    c.household_key = household_key;
    c.channel = channel;
    c.found = found;
    const int64_t id = store::insert_case(db.sql(), c);
    SQLite::Statement clue(db.sql(),
                           "INSERT INTO rg_clues(household, channel, department, metric, period_key, amount, found, "
                           "case_id, note) VALUES (?,?,0,0,?,0,?,?,?)");
    clue.bind(1, household_key);
    clue.bind(2, ch);
    clue.bind(3, found.days_since_epoch());
    clue.bind(4, found.days_since_epoch());
    clue.bind(5, id);
    clue.bind(6, note);
    clue.exec();
    unit.commit();
    return id;
  });
}

std::optional<int64_t> CaseRepository::open_case_of(int64_t household_key) {
  return store::guarded("finding an open case", [&]() -> std::optional<int64_t> {
    SQLite::Statement q(store::database_of(store_).sql(),
                        std::string("SELECT case_id FROM rg_cases WHERE household = ? AND ") +
                            store::kOpenCaseCondition + " LIMIT 1");
    q.bind(1, household_key);
    store::bind_closed_states(q, 2);
    if (q.executeStep()) return q.getColumn(0).getInt64();
    return std::nullopt;
  });
}

MonitoringCase CaseRepository::load_case(int64_t case_id) {
  return store::guarded("loading case " + std::to_string(case_id), [&] {
    auto& db = store::database_of(store_).sql();
    SQLite::Statement q(db, std::string("SELECT ") + store::kCaseColumns + " FROM rg_cases WHERE case_id = ?");
    q.bind(1, case_id);
    if (!q.executeStep()) throw Error(ErrorCode::kNotFound, "case " + std::to_string(case_id) + " is not in the store");
    MonitoringCase c = store::read_case(q);
    c.events = store::read_case_events(db, case_id);
    return c;
  });
}

MonitoringCase CaseRepository::advance(int64_t case_id, const StepInput& step, const Policy& policy,
                                       std::optional<Date> income_stable_since) {
  store::check_case_text(step.note, "step note");
  store::check_case_text(step.actor, "step actor");
  if (step.contact) {
    store::check_case_text(step.contact->name, "contact name");
    store::check_case_text(step.contact->phone, "contact phone");
    store::check_case_text(step.contact->rank, "contact rank");
  }
  return store::guarded("advancing case " + std::to_string(case_id), [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    const MonitoringCase current = load_case(case_id);
    std::optional<EliminationContext> ctx;
    if (step.step == CaseStep::kCountyApprove && current.state == CaseState::kEliminationTownshipApproved) {
      EliminationContext e;
      e.household = store::case_household_facts(store_, current.household_key, step.date, policy);
      e.measures_implemented = implemented_measures(measures_of(case_id));
      // The income-stable date is derived from the statements (issue 16); a caller's date may
      // only be later (stricter), never earlier.
      e.income_stable_since = governing_income_stable_since(current, step.date, policy, income_stable_since);
      ctx = std::move(e);
    }
    const StepInput input = step.step == CaseStep::kReassess ? reassessment_input(current, step, policy) : step;
    MonitoringCase next = apply_step(current, input, policy, limits_, ctx ? &*ctx : nullptr);
    store::commit_case_step(db.sql(), current, next, input.note.empty() ? case_step_name(input.step).data() : input.note);
    unit.commit();
    return next;
  });
}

}  // namespace rg
