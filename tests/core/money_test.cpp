#include <gtest/gtest.h>

#include "ruralguard/error.hpp"
#include "ruralguard/money.hpp"

namespace rg {
namespace {

Money M(const char* text) { return Money::parse(text); }

ErrorCode parse_error(std::string_view text, MoneyParseOptions options = {}) {
  try {
    (void)Money::parse(text, options);
  } catch (const Error& e) {
    return e.code();
  }
  ADD_FAILURE() << "parse of '" << text << "' should have failed";
  return ErrorCode::kInternal;
}

TEST(MoneyParse, PlainDecimalsAndSigns) {
  EXPECT_EQ(M("1234.56").units(), 12345600);
  EXPECT_EQ(M("-0.0001").units(), -1);
  EXPECT_EQ(M("+7").units(), 70000);
  EXPECT_EQ(M("0").units(), 0);
  EXPECT_EQ(M("0.1000").units(), 1000);
}

TEST(MoneyParse, UnitSuffixes) {
  EXPECT_EQ(M("36.82亿"), Money::from_yuan(3'682'000'000));
  EXPECT_EQ(M("9819.05万"), Money::from_yuan(98'190'500));
  EXPECT_EQ(M("9819.05万元"), Money::from_yuan(98'190'500));
  EXPECT_EQ(M("1.5亿元"), Money::from_yuan(150'000'000));
  EXPECT_EQ(M("12元"), Money::from_yuan(12));
  EXPECT_EQ(M("0.00000001万").units(), 1);  // 8 places with 万 = 1/10000 yuan
}

TEST(MoneyParse, MalformedTextIsAParseErrorNamingTheText) {
  for (const char* bad : {"12.3.4", "1e5", "", "NaN", "12,34", "abc", "1.", ".5", "-", "1 000", " 1",
                          "1 ", "万", "1万万", "--1", "0x10", "1.2e3", "inf"}) {
    EXPECT_EQ(parse_error(bad), ErrorCode::kParse) << bad;
  }
  try {
    (void)Money::parse("12,34");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("'12,34'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("thousands separators are not allowed"), std::string::npos);
  }
}

TEST(MoneyParse, ThousandsSeparatorsOnlyWhenAllowed) {
  MoneyParseOptions allow{.allow_thousands_separator = true};
  EXPECT_EQ(Money::parse("1,234,567.89", allow).units(), 12345678900);
  EXPECT_EQ(parse_error("1,234,567.89"), ErrorCode::kParse);
  EXPECT_EQ(parse_error("12,34", allow), ErrorCode::kParse);
  EXPECT_EQ(parse_error("1,2345", allow), ErrorCode::kParse);
  EXPECT_EQ(parse_error(",123", allow), ErrorCode::kParse);
  EXPECT_EQ(parse_error("1234,567", allow), ErrorCode::kParse);
}

TEST(MoneyParse, TooPreciseOrTooLarge) {
  EXPECT_EQ(parse_error("0.00001"), ErrorCode::kPrecision);
  EXPECT_EQ(M("0.00010").units(), 1);  // trailing zeros beyond 4 places are exact
  EXPECT_EQ(parse_error("123456789012345678901234567890"), ErrorCode::kOverflow);
  EXPECT_EQ(parse_error("922337203685477.5808"), ErrorCode::kOverflow);
  EXPECT_EQ(M("922337203685477.5807").units(), INT64_MAX);
  EXPECT_EQ(M("-922337203685477.5807").units(), -INT64_MAX);
  EXPECT_EQ(parse_error("99999999999亿"), ErrorCode::kOverflow);
}

TEST(MoneyFormat, DecimalsAndRoundingModes) {
  const Money m = M("0.125");
  EXPECT_EQ(m.format({.decimals = 2, .rounding = Rounding::kHalfUp}), "0.13");
  EXPECT_EQ(m.format({.decimals = 2, .rounding = Rounding::kHalfEven}), "0.12");
  EXPECT_EQ(m.format({.decimals = 2, .rounding = Rounding::kDown}), "0.12");
  EXPECT_EQ(m.format({.decimals = 2, .rounding = Rounding::kUp}), "0.13");
  const Money n = M("-0.125");
  EXPECT_EQ(n.format({.decimals = 2, .rounding = Rounding::kHalfUp}), "-0.13");
  EXPECT_EQ(n.format({.decimals = 2, .rounding = Rounding::kHalfEven}), "-0.12");
  EXPECT_EQ(M("1.005").format({.decimals = 2}), "1.01");  // exact decimal: no binary surprise
  EXPECT_EQ(M("2.675").format({.decimals = 2}), "2.68");
  EXPECT_EQ(M("2.675").format({.decimals = 2, .rounding = Rounding::kHalfEven}), "2.68");
  EXPECT_EQ(M("-0.001").format({.decimals = 2}), "0.00");
  EXPECT_EQ(M("1234567.5").format({.decimals = 0, .thousands_separator = true}), "1,234,568");
  EXPECT_EQ(M("-1234567.891").format({.decimals = 4, .thousands_separator = true}), "-1,234,567.8910");
  EXPECT_EQ(Money::from_units(INT64_MIN).format({.decimals = 4}), "-922337203685477.5808");
}

TEST(MoneyArithmetic, AddSubNegateCompare) {
  EXPECT_EQ(M("0.1") + M("0.2"), M("0.3"));
  EXPECT_EQ(M("1") - M("1.0001"), M("-0.0001"));
  EXPECT_EQ(-M("5"), M("-5"));
  EXPECT_LT(M("-1"), M("0"));
  EXPECT_THROW((void)(Money::from_units(INT64_MAX) + Money::from_units(1)), Error);
  EXPECT_THROW((void)(-Money::from_units(INT64_MIN)), Error);
  EXPECT_THROW((void)Money::from_units(INT64_MAX).times(2), Error);
}

TEST(MoneyArithmetic, MultiplyByRatioRoundsOnceWithTheChosenMode) {
  // 100 * 1/3 = 33.3333... -> to fen
  EXPECT_EQ(M("100").mul_ratio(1, 3, Rounding::kHalfUp, 2), M("33.33"));
  EXPECT_EQ(M("100").mul_ratio(2, 3, Rounding::kHalfUp, 2), M("66.67"));
  EXPECT_EQ(M("100").mul_ratio(2, 3, Rounding::kDown, 2), M("66.66"));
  EXPECT_EQ(M("-100").mul_ratio(2, 3, Rounding::kUp, 2), M("-66.67"));
  EXPECT_EQ(M("0.25").mul_ratio(1, 2, Rounding::kHalfEven, 2), M("0.12"));
  EXPECT_EQ(M("0.25").mul_ratio(1, 2, Rounding::kHalfUp, 2), M("0.13"));
  // 128-bit intermediate: a huge amount times a ratio near one does not overflow.
  EXPECT_EQ(Money::from_units(INT64_MAX).mul_ratio(INT64_MAX - 1, INT64_MAX, Rounding::kDown, 4).units(),
            INT64_MAX - 1);
  EXPECT_THROW((void)M("1").mul_ratio(1, 0), Error);
  EXPECT_THROW((void)Money::from_units(INT64_MAX).mul_ratio(3, 2), Error);
}

TEST(MoneyArithmetic, MultiplyByBigRatioUsesExactWideArithmetic) {
  const Ratio huge(Ratio::Rational(Ratio::Integer("100000000000000000000000000001"),
                                   Ratio::Integer("300000000000000000000000000000")));
  EXPECT_EQ(M("100").mul(huge, Rounding::kHalfUp, 2), M("33.33"));
  EXPECT_EQ(M("100").mul(Ratio(1, 3), Rounding::kUp, 2), M("33.34"));
}

TEST(MoneyArithmetic, DivideAndRatioOfAmounts) {
  EXPECT_EQ(M("10").divide(3, Rounding::kHalfUp, 2), M("3.33"));
  EXPECT_EQ(M("-10").divide(3, Rounding::kUp, 2), M("-3.34"));
  EXPECT_EQ(M("22.4亿").ratio_to(M("36.82亿")).to_percent(2), "60.84%");
  EXPECT_THROW((void)M("1").divide(0), Error);
  EXPECT_THROW((void)M("1").ratio_to(Money()), Error);
}

TEST(MoneyFen, SubFenAmountsAreNamed) {
  EXPECT_EQ(M("12.34").to_fen(), 1234);
  try {
    (void)M("12.345").to_fen();
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kPrecision);
    EXPECT_NE(std::string(e.what()).find("12.3450"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace rg
