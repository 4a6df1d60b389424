// Summary and indicator JSON share the policy parser's former flaw (found by fuzzing the policy
// file): nlohmann exceptions other than parse_error escaped as internal errors. Now malformed.
#include <gtest/gtest.h>

#include <string>

#include "ruralguard/error.hpp"
#include "ruralguard/indicators.hpp"
#include "ruralguard/summary.hpp"

namespace rg {
namespace {

template <typename F>
int code_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return static_cast<int>(e.code());
  }
  return 0;  // no error
}

TEST(ReportJsonBadInput, HugeNumbersAndWrongTypesAreParseErrors) {
  for (const char* text : {"1E400", R"({"format": 5, "regions": []})",
                           R"({"format": "ruralguard.summary/1", "regions": [{"region": 1E400}]})",
                           R"({"format": "ruralguard.summary/1", "regions": [{"region": "x"}]})"}) {
    EXPECT_EQ(code_of([&] { (void)summaries_from_json(text); }), static_cast<int>(ErrorCode::kParse)) << text;
  }
  for (const char* text : {"1E400", R"({"indicators": [1E400]})", R"({"indicators": [{"id": 5}]})"}) {
    EXPECT_EQ(code_of([&] { (void)indicators_from_json(text); }), static_cast<int>(ErrorCode::kParse)) << text;
  }
}

}  // namespace
}  // namespace rg
