// ruralguard C++ API: a table of households in columns (struct-of-arrays), one row each.
//
// The one household shape: the store's columnar load fills it (household_columns.hpp), the risk
// engine reads it through view() and facts(row), reports summarise it. Pure data, no I/O.
#pragma once

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/policy_set.hpp"
#include "ruralguard/risk.hpp"

namespace rg {

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
  std::vector<uint16_t> events;                    // HouseholdEvent bits: stored events within 12 months before as_of
  std::vector<uint8_t> has_income;                 // 1 when a statement ends on or before as_of
  std::vector<uint8_t> relocated;
  std::vector<int32_t> elderly;                    // active members aged 65 or more on as_of
  std::vector<int32_t> school_age;                 // active members of compulsory school age
  // household_id of row i: household_ids.substr(id_offsets[i], id_offsets[i + 1] - id_offsets[i])
  std::string household_ids;
  std::vector<uint32_t> id_offsets;                // size() + 1 entries

  [[nodiscard]] std::size_t size() const { return household_key.size(); }
  // The table as the risk engine's batch input (spans over these vectors; valid while this
  // object lives and is not resized). Households without a statement keep kDateNone as their
  // income period: assess_table() gives them the as-of date.
  [[nodiscard]] HouseholdColumns view() const;
  // Row `row` as HouseholdFacts (HouseholdColumns::facts over view()).
  [[nodiscard]] HouseholdFacts facts(std::size_t row) const { return view().facts(row); }
  [[nodiscard]] std::string_view household_id(std::size_t row) const {
    return std::string_view(household_ids).substr(id_offsets[row], id_offsets[row + 1] - id_offsets[row]);
  }
};

// The per-household results of assess_table, one entry per table row.
struct TableAssessment {
  Policy policy;  // the policy the table was assessed under (with a set: the first row's)
  std::vector<Policy> policies;  // every policy used, in order of first use (one without a set)
  std::vector<uint8_t> within_monitoring, category, level;
  std::vector<uint32_t> risk_mask;
  std::vector<int32_t> score, next_visit, status;  // status: 0 or the row's rg_status
  std::size_t failed = 0;                          // rows with a non-zero status
};

// Assesses every household of `table` on `as_of` under `policy` (assess_batch), the caller's
// explicit choice for every row. A household with no income statement is assessed with the
// as-of date as its income period, so the rules see "no income" rather than a period in the
// future. Without a policy, each household is assessed under the built-in catalogue's policy of
// its own province and income-period year (builtin_policy_catalogue): a province or year the
// catalogue lacks is Error(kNotFound) naming it (docs/decisions.md). A row that fails
// keeps its status and within_monitoring 0.
[[nodiscard]] TableAssessment assess_table(const HouseholdColumnData& table, const std::optional<Policy>& policy,
                                           Date as_of);
// Each household under the set's policy of its province (region code / 10^10) and the year its
// income period ends (DOMAIN.md 1.2, §8 item 4), county overrides honoured; Error(kNotFound)
// naming the row, province and year the set lacks. Each distinct policy is compiled once.
[[nodiscard]] TableAssessment assess_table(const HouseholdColumnData& table, const PolicySet& policies, Date as_of);

}  // namespace rg
