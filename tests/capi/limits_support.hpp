// Test helper for named limits: run a call, keep its error code and message.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "ruralguard/error.hpp"
#include "ruralguard/ruralguard.h"

namespace rg::test {

struct Outcome {
  bool ok = true;
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
};

// Runs fn(); ok when it returns, else the rg::Error's code and message.
template <typename Fn>
Outcome outcome_of(Fn&& fn) {
  try {
    fn();
    return {};
  } catch (const Error& e) {
    return {false, e.code(), e.what()};
  }
}

// The message of the last failed C call on this thread.
inline std::string last_message() { return rg_last_error_message(); }

}  // namespace rg::test

// A C call returned RG_ELIMIT and its message names the limit and the offending value.
#define EXPECT_C_LIMIT(call, limit_text, value_text)                         \
  do {                                                                       \
    EXPECT_EQ((call), RG_ELIMIT);                                            \
    EXPECT_NE(rg::test::last_message().find(limit_text), std::string::npos)  \
        << rg::test::last_message();                                         \
    EXPECT_NE(rg::test::last_message().find(value_text), std::string::npos)  \
        << rg::test::last_message();                                         \
  } while (0)

// A C++ call threw Error(kLimit) whose message names the limit and the offending value.
#define EXPECT_CPP_LIMIT(outcome_expr, limit_text, value_text)                          \
  do {                                                                                  \
    const rg::test::Outcome o_ = (outcome_expr);                                        \
    EXPECT_FALSE(o_.ok);                                                                \
    EXPECT_EQ(o_.code, rg::ErrorCode::kLimit) << o_.message;                            \
    EXPECT_NE(o_.message.find(limit_text), std::string::npos) << o_.message;            \
    EXPECT_NE(o_.message.find(value_text), std::string::npos) << o_.message;            \
  } while (0)
