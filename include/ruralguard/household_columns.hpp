// ruralguard C++ API: the columnar (struct-of-arrays) load of households for batch scoring.
//
// One row per household, in row-key order, with exactly what the risk engine's batch input
// needs: region, household type, per-capita and net income of the latest income statement
// (exact, item policy applied), the previous per-capita income, compliant out-of-pocket medical
// and education spending, member counts by labour capacity and health, and the guarantee-failure
// bits. Three sequential table scans, no per-household query: a million households load in
// about a second (benchmarks/store_bench).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/guarantee.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/store.hpp"

namespace rg {

struct HouseholdColumnOptions {
  Date as_of = Date::from_ymd(2024, 12, 31);  // statements ending after it are ignored; ages use it
  IncomeItemPolicyTable income_policies;      // by the household's province and statement year
  GuaranteePolicy guarantees;
  std::string region_prefix;                  // "" = every household; else 2/4/6/9/12 digits
};

// Money columns hold rg::Money units (1/10000 yuan, = C rg_money); dates hold days since
// 1970-01-01 (= C rg_date).
struct HouseholdColumnData {
  static constexpr int64_t kMoneyUnknown = INT64_MIN;  // no previous statement
  static constexpr int32_t kDateNone = INT32_MIN;      // no statement at all

  std::vector<int64_t> household_key;  // row key (HouseholdRepository::household_key)
  std::vector<uint64_t> region_code;
  std::vector<uint8_t> kind;                       // HouseholdType value
  std::vector<int64_t> per_capita_income;          // latest statement; 0 when none
  std::vector<int64_t> previous_per_capita_income; // the statement before it, or kMoneyUnknown
  std::vector<int64_t> net_income;
  std::vector<int64_t> medical_out_of_pocket;
  std::vector<int64_t> education_out_of_pocket;
  std::vector<int32_t> income_period_end;          // kDateNone when the household has no statement
  std::vector<int32_t> members;                    // active members
  std::vector<int32_t> labour_capable;             // skilled or ordinary labour
  std::vector<int32_t> weak_labour;
  std::vector<int32_t> seriously_ill;
  std::vector<int32_t> chronically_ill;
  std::vector<int32_t> disabled;
  std::vector<uint8_t> guarantee_failures;         // Guarantee bits (electricity not included)
  std::vector<uint16_t> events;                    // always 0 here: events come from clues
  std::vector<uint8_t> has_income;                 // 1 when a statement ends on or before as_of
  std::vector<uint8_t> relocated;
  std::vector<int32_t> elderly;                    // active members aged 65 or more on as_of
  std::vector<int32_t> school_age;                 // active members of compulsory school age
  // household_id of row i: household_ids.substr(id_offsets[i], id_offsets[i + 1] - id_offsets[i])
  std::string household_ids;
  std::vector<uint32_t> id_offsets;                // size() + 1 entries

  [[nodiscard]] std::size_t size() const { return household_key.size(); }
  [[nodiscard]] std::string_view household_id(std::size_t row) const {
    return std::string_view(household_ids).substr(id_offsets[row], id_offsets[row + 1] - id_offsets[row]);
  }
};

// Throws Error(kParse) for a malformed region prefix, Error(kIo) on database errors.
[[nodiscard]] HouseholdColumnData load_household_columns(Store& store, const HouseholdColumnOptions& options);

}  // namespace rg
