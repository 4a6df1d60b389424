// Regression tests for inputs found by the policy_json fuzz target (docs/hardening.md).
#include <gtest/gtest.h>

#include <string>

#include "ruralguard/error.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/ruralguard.h"

namespace rg {
namespace {

int code_of(const std::string& text) {
  try {
    (void)policy_from_json(text);
  } catch (const Error& e) {
    return static_cast<int>(e.code());
  }
  return 0;  // no error
}

// nlohmann::json throws out_of_range (406), not parse_error, for a number beyond a double; it
// used to escape policy_from_json and reach the C ABI as RG_EINTERNAL.
TEST(PolicyJsonBadInput, NumberTooLargeForADoubleIsAParseError) {
  EXPECT_EQ(code_of("1E400"), static_cast<int>(ErrorCode::kParse));
  EXPECT_EQ(code_of(R"({"format": "ruralguard-policy", "format_version": 1E400})"), static_cast<int>(ErrorCode::kParse));
  // The fuzzer's input, verbatim.
  const std::string found("8800000000000000000000000000E000000000051240955760medical_oop_for<<30431004{ura\x96l\xfe\t\xffil}}}");
  EXPECT_EQ(code_of(found), static_cast<int>(ErrorCode::kParse));

  rg_policy* policy = nullptr;
  EXPECT_EQ(rg_policy_from_json(&policy, found.data(), found.size()), RG_EPARSE);
  EXPECT_EQ(policy, nullptr);
  EXPECT_NE(std::string(rg_last_error_message()).find("policy: not valid JSON"), std::string::npos)
      << rg_last_error_message();
}

}  // namespace
}  // namespace rg
