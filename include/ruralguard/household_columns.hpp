// ruralguard C++ API: the columnar (struct-of-arrays) load of households for batch scoring.
//
// One row per household, in row-key order, with exactly what the risk engine's batch input
// needs: region, household type, per-capita and net income of the latest income statement
// (exact, item policy applied), the previous per-capita income, compliant out-of-pocket medical
// and education spending, member counts by labour capacity and health, and the guarantee-failure
// bits, and the HouseholdEvent bits of the events dated within the 12 months before as_of
// (household_events.hpp). Sequential table scans (events through their date index), no
// per-household query: a million households load in about a second (benchmarks/store_bench).
#pragma once

#include <string>

#include "ruralguard/date.hpp"
#include "ruralguard/guarantee.hpp"
#include "ruralguard/household_table.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/store.hpp"

namespace rg {

struct HouseholdColumnOptions {
  Date as_of = Date::from_ymd(2024, 12, 31);  // statements ending after it are ignored; ages use it
  IncomeItemPolicyTable income_policies;      // by the household's province and statement year
  GuaranteePolicy guarantees;
  std::string region_prefix;                  // "" = every household; else 2/4/6/9/12 digits
};

// Throws Error(kParse) for a malformed region prefix, Error(kIo) on database errors.
[[nodiscard]] HouseholdColumnData load_household_columns(Store& store, const HouseholdColumnOptions& options);

}  // namespace rg
