// Test helper: a policy for a province and year the built-in catalogue does not hold (the
// catalogue is sourced figures only since issue 16). Threshold 6,000 yuan, every other value the
// Policy defaults; id "fixture-PP-YYYY", source "test fixture" — never a sourced figure.
#pragma once

#include <cstdint>
#include <string>

#include "ruralguard/policy.hpp"
#include "ruralguard/ruralguard.h"

namespace rg::test {

inline Policy fixture_policy(const std::string& province, int32_t year) {
  Policy p;
  p.province = province;
  p.year = year;
  p.id = "fixture-" + province + "-" + std::to_string(year);
  p.effective = Date::from_ymd(year, 1, 1);
  p.threshold.amount = Money::from_yuan(6000);
  p.source = "test fixture";
  return p;
}

// The same policy as a C handle in *out (the caller frees it with rg_policy_free), like
// rg_policy_default: RG_OK or the status of rg_policy_from_json.
inline rg_status fixture_c_policy(rg_policy** out, const std::string& province, int32_t year) {
  const std::string json = policy_to_json(fixture_policy(province, year));
  return rg_policy_from_json(out, json.data(), json.size());
}

}  // namespace rg::test
