// Committing case steps and reading what the case clocks need (store/case_steps.hpp).
#include "store/case_steps.hpp"

#include "ruralguard/error.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/risk.hpp"
#include "store/case_rows.hpp"
#include "store/household_columns_access.hpp"
#include "store/household_rows.hpp"
#include "store/store_impl.hpp"

namespace rg::store {

void commit_case_step(SQLite::Database& db, const MonitoringCase& before, const MonitoringCase& after,
                      const std::string& basis) {
  update_case(db, after);
  for (std::size_t i = before.events.size(); i < after.events.size(); ++i) {
    insert_case_event(db, after.case_id, after.events[i]);
  }
  if (const auto change = level_change(before, after)) {
    SQLite::Statement q(db,
                        "INSERT INTO rg_case_levels(case_id, sequence, step, date, level_from, level_to, basis) "
                        "VALUES (?,?,?,?,?,?,?)");
    q.bind(1, after.case_id);
    q.bind(2, change->sequence);
    q.bind(3, static_cast<int>(change->step));
    q.bind(4, change->date.days_since_epoch());
    q.bind(5, static_cast<int>(change->from));
    q.bind(6, static_cast<int>(change->to));
    q.bind(7, basis);
    q.exec();
  }
}

HouseholdFacts case_household_facts(Store& s, int64_t household_key, Date as_of, const Policy& policy) {
  HouseholdColumnOptions options;
  options.as_of = as_of;
  options.income_policies = income_item_policies(policy);
  const HouseholdColumnData cols = load_household_columns_of(s, options, household_key);  // read by key
  if (cols.size() == 0 || cols.household_key[0] != household_key) {
    throw Error(ErrorCode::kNotFound, "household key " + std::to_string(household_key) + " is not in the store");
  }
  if (cols.income_period_end[0] == HouseholdColumnData::kDateNone) {
    throw Error(ErrorCode::kRefused, "household key " + std::to_string(household_key) +
                                         " has no income statement on or before " + as_of.to_string());
  }
  return cols.facts(0);
}

std::vector<StatementIncome> statements_until(Store& s, int64_t household_key, Date as_of, const Policy& policy) {
  auto& db = database_of(s).sql();
  SQLite::Statement region(db, "SELECT region FROM rg_households WHERE id = ?");
  region.bind(1, household_key);
  if (!region.executeStep()) {
    throw Error(ErrorCode::kNotFound, "household key " + std::to_string(household_key) + " is not in the store");
  }
  const int province = static_cast<int>(static_cast<uint64_t>(region.getColumn(0).getInt64()) / 10'000'000'000ULL);
  const IncomeItemPolicyTable items = income_item_policies(policy);
  SQLite::Statement q(db, std::string("SELECT ") + kIncomeColumns +
                              " FROM rg_income_statements i JOIN rg_households h ON h.id = i.household "
                              "WHERE i.household = ? AND i.period_end <= ? ORDER BY i.period_end, i.period_start");
  q.bind(1, household_key);
  q.bind(2, as_of.days_since_epoch());
  std::vector<StatementIncome> out;
  while (q.executeStep()) {
    IncomeStatement st = read_income(q);
    const IncomeBreakdown b = compute_income(st, items.find(province, st.period_end.year()));
    out.push_back({std::move(st), b});
  }
  return out;
}

std::optional<Date> derived_income_stable_since(Store& s, int64_t household_key, Date as_of, const Policy& policy) {
  const HouseholdFacts facts = case_household_facts(s, household_key, as_of, policy);
  const Money threshold = assess(facts, policy, as_of).threshold;
  std::vector<DatedIncome> dated;
  for (const StatementIncome& si : statements_until(s, household_key, as_of, policy)) {
    dated.push_back({si.statement.period_start, si.statement.period_end, si.income.per_capita});
  }
  return income_stable_since(dated, threshold, as_of);
}

void load_clock_events(SQLite::Database& db, std::vector<MonitoringCase>& cases) {
  for (MonitoringCase& c : cases) {
    if (c.rollbacks > 0 && c.events.empty()) c.events = read_case_events(db, c.case_id);
  }
}

std::optional<int64_t> eliminated_case_of(SQLite::Database& db, int64_t household_key) {
  SQLite::Statement q(db, "SELECT case_id FROM rg_cases WHERE household = ? AND state = ? ORDER BY case_id DESC LIMIT 1");
  q.bind(1, household_key);
  q.bind(2, static_cast<int>(CaseState::kEliminated));
  if (q.executeStep()) return q.getColumn(0).getInt64();
  return std::nullopt;
}

MonitoringCase roll_back_case(SQLite::Database& db, const MonitoringCase& c, Date date, const std::string& actor,
                              const std::string& reason, const Policy& policy) {
  StepInput in;
  in.step = CaseStep::kRollback;
  in.date = date;
  in.actor = actor;
  in.note = "re-identification within the follow-up window: " + reason;
  const MonitoringCase next = apply_step(c, in, policy);
  commit_case_step(db, c, next, "re-identification");
  return next;
}

}  // namespace rg::store
