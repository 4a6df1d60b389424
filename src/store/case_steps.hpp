// Private: what every case change in the store shares (issue 16): committing a step with its
// events and level change, the household's facts and dated income as the case rules read them.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "ruralguard/case_clocks.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/income_stability.hpp"
#include "ruralguard/monitoring_case.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/store.hpp"

namespace rg::store {

// Writes `after` (apply_step's result on `before`): the case row, its new events, and a row of
// rg_case_levels when the level changed (`basis` says why: "visit", "assessed", a note ...).
void commit_case_step(SQLite::Database& db, const MonitoringCase& before, const MonitoringCase& after,
                      const std::string& basis);

// The household's facts as the risk rules see them, from the store, on `as_of` (Error(kNotFound)
// for an unknown household, Error(kRefused) without an income statement on or before `as_of`).
[[nodiscard]] HouseholdFacts case_household_facts(Store& s, int64_t household_key, Date as_of, const Policy& policy);

// The household's income statements ending on or before `as_of`, oldest first, each with its
// per-capita net income under `policy`'s income items for the year its period ends.
struct StatementIncome {
  IncomeStatement statement;
  IncomeBreakdown income;
};
[[nodiscard]] std::vector<StatementIncome> statements_until(Store& s, int64_t household_key, Date as_of,
                                                            const Policy& policy);

// The income-stable date derived from the statements (income_stability.hpp) against the
// household's threshold on `as_of`.
[[nodiscard]] std::optional<Date> derived_income_stable_since(Store& s, int64_t household_key, Date as_of,
                                                              const Policy& policy);

// Loads the events of the cases that were rolled back (their clocks start at the last rollback,
// case_clocks.hpp); the others' clocks need only the case row, so bulk scans stay one query.
void load_clock_events(SQLite::Database& db, std::vector<MonitoringCase>& cases);

// The household's latest eliminated case, if any (re-identification looks at it).
[[nodiscard]] std::optional<int64_t> eliminated_case_of(SQLite::Database& db, int64_t household_key);

// Rolls an eliminated case back 风险消除回退 (re-identification) on `date` by `actor` for
// `reason`, and commits it; the level after it is red (apply_step's rollback rule).
MonitoringCase roll_back_case(SQLite::Database& db, const MonitoringCase& c, Date date, const std::string& actor,
                              const std::string& reason, const Policy& policy);

}  // namespace rg::store
