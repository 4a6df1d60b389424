// Regression tests for Money::parse found by the Python differential test (bindings/python).
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

#include "ruralguard/error.hpp"
#include "ruralguard/money.hpp"

namespace rg {
namespace {

ErrorCode parse_error(const std::string& text) {
  try {
    (void)Money::parse(text);
  } catch (const Error& e) {
    return e.code();
  }
  ADD_FAILURE() << "parse of '" << text << "' should have failed";
  return ErrorCode::kInternal;
}

// Was kOverflow: every fraction digit went into a 100-bit accumulator, so 31 significant digits
// overflowed it although the value is exactly 10 yuan; past 30 places it was a kParse error.
TEST(MoneyParseEdge, TrailingZerosBeyondFourPlacesAreExactAtAnyLength) {
  EXPECT_EQ(Money::parse("10." + std::string(30, '0')).units(), 100000);
  EXPECT_EQ(Money::parse("-922337203685477.5807" + std::string(40, '0')).units(), -INT64_MAX);
  EXPECT_EQ(Money::parse("1.5" + std::string(100, '0') + "万").units(), 150000000);
}

// Was kOverflow: a long fraction with a non-zero digit beyond 1/10000 yuan is too precise.
TEST(MoneyParseEdge, NonZeroDigitFarBeyondFourPlacesIsAPrecisionError) {
  EXPECT_EQ(parse_error("9." + std::string(40, '9')), ErrorCode::kPrecision);
  EXPECT_EQ(parse_error("0." + std::string(50, '0') + "1"), ErrorCode::kPrecision);
  EXPECT_EQ(parse_error("0.000000001万"), ErrorCode::kPrecision);
}

// Was kOverflow: the minimum int64 amount is formatted as this text and must parse back.
TEST(MoneyParseEdge, MinimumAmountRoundTripsThroughText) {
  const Money min = Money::from_units(std::numeric_limits<int64_t>::min());
  const std::string text = min.format({.decimals = 4});
  EXPECT_EQ(text, "-922337203685477.5808");
  EXPECT_EQ(Money::parse(text), min);
  EXPECT_EQ(parse_error("-922337203685477.5809"), ErrorCode::kOverflow);
  EXPECT_EQ(parse_error("922337203685477.5808"), ErrorCode::kOverflow);
}

// Was kOverflow: a malformed text is a parse error even when its digits are too many to fit.
TEST(MoneyParseEdge, MalformedBeatsPreciseBeatsTooLarge) {
  EXPECT_EQ(parse_error(std::string(40, '9') + "x"), ErrorCode::kParse);
  EXPECT_EQ(parse_error(std::string(40, '9') + ".00001"), ErrorCode::kPrecision);
  EXPECT_EQ(parse_error(std::string(40, '9') + ".0001"), ErrorCode::kOverflow);
}

}  // namespace
}  // namespace rg
