#include <gtest/gtest.h>

#include "ruralguard/error.hpp"
#include "ruralguard/ratio.hpp"

namespace rg {
namespace {

TEST(Ratio, ExactArithmeticAndPresentation) {
  const Ratio third(1, 3);
  EXPECT_EQ(third + third + third, Ratio(1, 1));
  EXPECT_EQ(third.to_decimal(4), "0.3333");
  EXPECT_EQ(Ratio(2, 3).to_percent(2), "66.67%");
  EXPECT_EQ(Ratio(2, 3).to_percent(2, Rounding::kDown), "66.66%");
  EXPECT_EQ(Ratio(-1, 8).to_decimal(2, Rounding::kHalfUp), "-0.13");
  EXPECT_EQ(Ratio(-1, 8).to_decimal(2, Rounding::kHalfEven), "-0.12");
  EXPECT_EQ(Ratio(142, 2602).to_percent(2), "5.46%");
  EXPECT_EQ(Ratio(6, 16).to_fraction(), "3/8");
  EXPECT_EQ(Ratio(7, 1).to_decimal(0), "7");
  EXPECT_EQ(Ratio(1, 200).to_decimal(2), "0.01");
}

TEST(Ratio, ParseForms) {
  EXPECT_EQ(Ratio::parse("3/8"), Ratio(3, 8));
  EXPECT_EQ(Ratio::parse("-2/4"), Ratio(-1, 2));
  EXPECT_EQ(Ratio::parse("0.125"), Ratio(1, 8));
  EXPECT_EQ(Ratio::parse("60.84%"), Ratio(6084, 10000));
  for (const char* bad : {"", "1/0", "a", "1/2/3", "1.5/2", "%", "1..2", "3/-8"}) {
    EXPECT_THROW((void)Ratio::parse(bad), Error) << bad;
  }
}

TEST(Ratio, DivisionByZeroIsAnError) {
  EXPECT_THROW(Ratio(1, 0), Error);
  EXPECT_THROW((void)(Ratio(1, 2) / Ratio()), Error);
}

TEST(Ratio, Int64FastPathOnlyWhenItFits) {
  int64_t n = 0;
  int64_t d = 0;
  EXPECT_TRUE(Ratio(-6, 9).to_int64_pair(n, d));
  EXPECT_EQ(n, -2);
  EXPECT_EQ(d, 3);
  const Ratio big = Ratio(INT64_MAX, 1) * Ratio(4, 1);
  EXPECT_FALSE(big.to_int64_pair(n, d));
}

}  // namespace
}  // namespace rg
