// ruralguard C++ API: a policy set — many policies keyed by (province, year) — and threshold
// changes as records (DOMAIN.md 1.2, DOMAIN-2026 §7.3).
//
// Each household is assessed under the policy of its own province (region code / 10^10) for the
// year its income period ends (DOMAIN.md §8 item 4). A province or year the set does not hold is
// Error(kNotFound) naming it; a province never falls back to the national floor ("00"): the
// floor applies only where a policy states it, with its source.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/risk.hpp"

namespace rg {

// A threshold adjustment 标准调整 (DOMAIN-2026 §7.3 ThresholdAdjustment): the old and the new
// amount, the basis (CPI, rural income growth, 低保 standard...), the approving document and the
// date from which the new amount applies. Records, never overwritten.
struct ThresholdChange {
  std::string province;           // 2 digits
  int32_t year = 0;               // the policy year the new amount belongs to
  std::optional<uint32_t> county;  // 6-digit county when the change is a county override
  Money old_amount;
  Money new_amount;
  std::string basis;
  std::string document;
  Date effective = Date::from_ymd(2021, 1, 1);

  // Throws Error(kRange) naming the field ("threshold change 44/2026: new_amount: must be positive").
  void validate() const;
  friend bool operator==(const ThresholdChange&, const ThresholdChange&) = default;
};

inline constexpr std::size_t kPolicySetPoliciesMax = 1000;  // policies in one set
inline constexpr std::size_t kPolicySetJsonBytesMax = 16 << 20;  // policy_set_from_json text (16 MiB)

class PolicySet {
 public:
  PolicySet() = default;
  std::string id = "policy-set";  // 1..kPolicyIdBytesMax bytes
  int32_t version = 1;

  // Adds a validated policy. A second policy for the same province and year is Error(kConflict)
  // naming both ids; nothing is added.
  void add(Policy policy);
  // Adds a validated threshold change (Error(kRange) naming the bad field).
  void add_change(ThresholdChange change);

  // The policy for (province, year), or Error(kNotFound) "no policy for province 44 year 2024:
  // the set 'x' has 00/2021, 35/2023, ...".
  [[nodiscard]] const Policy& lookup(std::string_view province, int32_t year) const;
  // The policy of the household in `region_code` (12 digits; province = region_code / 10^10) whose
  // income period ends on `income_period_end`.
  [[nodiscard]] const Policy& lookup(uint64_t region_code, Date income_period_end) const;
  [[nodiscard]] const Policy* find(std::string_view province, int32_t year) const noexcept;

  [[nodiscard]] const std::vector<Policy>& policies() const noexcept { return policies_; }
  [[nodiscard]] const std::vector<ThresholdChange>& changes() const noexcept { return changes_; }
  [[nodiscard]] std::size_t size() const noexcept { return policies_.size(); }
  // "00/2021, 35/2023, ..." (sorted), for messages.
  [[nodiscard]] std::string keys_text() const;

 private:
  std::vector<Policy> policies_;  // sorted by (province, year)
  std::vector<ThresholdChange> changes_;
};

// The built-in catalogue of sourced policies (docs/policy.md): national 00/2021 (6,000 yuan,
// 中农组发〔2021〕7号), 35/2023, 35/2024 (德化 formula), 52/2023 (◐), 53/2023, 53/2025.
[[nodiscard]] const PolicySet& builtin_policy_catalogue();

// JSON form (docs/policy-format.md): {"format": "ruralguard-policy-set", "format_version": 1,
// "id", "version", "policies": [policy JSON...], "threshold_changes": [...]}. Errors name the
// path ("policy set: policies[2]: policy: year: ..."): kParse, kRange, kConflict (two policies for
// one province and year), kLimit (text above kPolicySetJsonBytesMax, more than
// kPolicySetPoliciesMax policies).
[[nodiscard]] PolicySet policy_set_from_json(std::string_view json_text);
[[nodiscard]] std::string policy_set_to_json(const PolicySet& set);

// Assesses every row under the policy of its province and income-period year (each distinct
// policy compiled once). A row whose province/year the set does not hold is Error(kNotFound)
// naming the row, its region and the missing province and year, before any row is assessed.
// Returns the number of rows with a non-zero status (as assess_batch).
std::size_t assess_batch(const HouseholdColumns& in, const PolicySet& set, Date as_of, const AssessmentColumns& out);

// The income-item rule of every provincial policy of the set, by (province, year), for the
// store's columnar load (HouseholdColumnOptions::income_policies): the items each policy counts.
[[nodiscard]] IncomeItemPolicyTable income_item_policies(const PolicySet& set);

// One household assessed under two policies (e.g. 2025 and 2026) with the differences explained
// (DOMAIN-2026 §7.3: versioned so that 2025 and 2026 results compare side by side).
struct PolicyComparisonSide {
  std::string policy_id;
  std::string province;
  int32_t year = 0;
  Regime regime = Regime::kTransition2021To2025;
  Money threshold;
  Money accounted_income;  // per capita, after the regime's accounting rule
  bool deduct_rigid_expenditure = false;
  Assessment assessment;
  std::string category_label;  // the regime's label of the category ("" when not monitored)
};
struct PolicyComparison {
  PolicyComparisonSide before, after;
  std::vector<std::string> differences_zh, differences_en;  // one line per difference
};
[[nodiscard]] PolicyComparison compare_policies(const HouseholdFacts& facts, const Policy& before, Date before_as_of,
                                                const Policy& after, Date after_as_of);
// The comparison as text (language 0 zh-CN, 1 en) or JSON (as_json).
[[nodiscard]] std::string comparison_text(const PolicyComparison& c, int language);
[[nodiscard]] std::string comparison_json(const PolicyComparison& c);

}  // namespace rg
