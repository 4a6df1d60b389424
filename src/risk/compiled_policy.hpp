// Private: a Policy reduced to 64-bit integers for one as-of date, shared by assess() and
// assess_batch() so that both run the very same arithmetic.
#pragma once

#include <array>
#include <cstdint>

#include "ruralguard/policy.hpp"
#include "ruralguard/risk.hpp"

namespace rg::risk {

struct Share {
  int64_t num = 0;
  int64_t den = 1;
};

struct CompiledPolicy {
  const Policy* policy = nullptr;
  Date as_of = Date::from_ymd(2021, 1, 1);
  int64_t base_threshold = 0;  // units
  bool has_county_overrides = false;
  bool deduct_rigid_expenditure = false;  // the regime's accounting rule (DOMAIN-2026 §7.3)
  int64_t medical_formerly_poor = 0;
  int64_t medical_other = 0;
  int64_t school_cost = 0;
  Share rigid;
  Share drop;
  Share lack_of_labour;
  ScorecardWeights weights;
  WarningCutoffs cutoffs;
  std::array<int32_t, 4> next_visit{};  // by WarningLevel; INT32_MIN for none

  // Validates the policy; throws Error(kRange) when a share does not fit 32-bit terms.
  CompiledPolicy(const Policy& p, Date as_of_date);
  [[nodiscard]] int64_t threshold_for(uint64_t region_code) const {
    return has_county_overrides ? policy->threshold.for_region(region_code).units() : base_threshold;
  }
};

// Fixed-capacity reason list: at most one reason per risk type, guarantee and income rule.
struct ReasonList {
  static constexpr int kCapacity = kRiskTypeCount + 8 + 4;
  std::array<Reason, kCapacity> items{};
  int count = 0;
  void add(const Reason& r) { items[static_cast<std::size_t>(count++)] = r; }
};

struct Outcome {
  bool within = false;
  MonitoringCategory category = MonitoringCategory::kNone;
  uint32_t risk_mask = 0;
  int32_t score = 0;
  WarningLevel level = WarningLevel::kNone;
  int32_t next_visit = INT32_MIN;
  int64_t threshold = 0;
};

// The rule itself (docs/risk-rules.md). `reasons` may be null (batch path). Throws Error(kRange)
// for inconsistent facts.
Outcome evaluate(const HouseholdFacts& facts, const CompiledPolicy& policy, ReasonList* reasons);

}  // namespace rg::risk
