// Test fixtures for the risk rules: a plain household and the 2025 Yunnan policy (8,700 yuan).
#pragma once

#include "ruralguard/policy.hpp"
#include "ruralguard/risk.hpp"

namespace rg::test {

inline Policy yunnan_2025() { return default_policy("53", 2025); }

inline Date as_of_2025() { return Date::from_ymd(2025, 3, 1); }

// A 4-person ordinary household, two workers, comfortably above the threshold, no risks.
inline HouseholdFacts safe_household() {
  HouseholdFacts f;
  f.region_code = 530122001001ULL;
  f.kind = HouseholdKind::kOrdinary;
  f.per_capita_income = Money::from_yuan(15000);
  f.net_income = Money::from_yuan(60000);
  f.income_period_end = Date::from_ymd(2024, 12, 31);
  f.members = 4;
  f.labour_capable = 2;
  return f;
}

inline bool has_risk(const Assessment& a, RiskType t) { return (a.risk_mask >> static_cast<unsigned>(t)) & 1u; }

}  // namespace rg::test
