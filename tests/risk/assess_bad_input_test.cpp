// Regression test for an input found by the batch_abi fuzz target (docs/hardening.md).
#include <gtest/gtest.h>

#include <climits>
#include <string>

#include "risk/risk_fixtures.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/risk.hpp"

namespace rg {
namespace {

using test::as_of_2025;
using test::safe_household;
using test::yunnan_2025;

// labour_capable + weak_labour was summed in int32: with both at INT32_MAX (each allowed alone
// when members is INT32_MAX) the sum overflowed (UBSan: signed integer overflow) and, wrapped,
// let the inconsistent household through. Now summed in 64 bits and refused.
TEST(AssessBadInput, LabourCountsNearInt32MaxAreRefusedWithoutOverflow) {
  auto f = safe_household();
  f.members = INT32_MAX;
  f.labour_capable = INT32_MAX;
  f.weak_labour = INT32_MAX;
  try {
    (void)assess(f, yunnan_2025(), as_of_2025());
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kRange);
    EXPECT_EQ(std::string(e.what()), "household facts: labour_capable + weak_labour: exceeds members");
  }
}

}  // namespace
}  // namespace rg
