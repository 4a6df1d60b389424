// The one region-prefix helper: a prefix as a range of region values, and the divisor that cuts a
// region value to a prefix (DOMAIN.md: 12-digit codes, roll-ups by prefix).
#include <gtest/gtest.h>

#include "ruralguard/csv_text.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/region_code.hpp"

namespace rg {
namespace {

TEST(RegionPrefix, APrefixCoversExactlyTheRegionsBelowIt) {
  const RegionRange county = region_prefix_range("500112");
  EXPECT_TRUE(county.contains(500112000000));
  EXPECT_TRUE(county.contains(500112999999));
  EXPECT_FALSE(county.contains(500113000000));
  EXPECT_FALSE(county.contains(500111999999));
  EXPECT_TRUE(region_prefix_range("").contains(0));  // no prefix: every region
  EXPECT_EQ(region_prefix_range("500112001001").lo, region_prefix_range("500112001001").hi);
}

TEST(RegionPrefix, APrefixOfAnotherLengthOrWithANonDigitIsAParseError) {
  for (const char* bad : {"5", "500", "50011", "5001120011", "50011200a", "5001120010011"}) {
    try {
      (void)region_prefix_range(bad);
      FAIL() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kParse) << bad;
      EXPECT_NE(std::string(e.what()).find(bad), std::string::npos) << e.what();
    }
  }
}

TEST(RegionPrefix, TheDivisorCutsARegionToItsPrefixAndNamesTheCallerOtherwise) {
  EXPECT_EQ(500112001001ULL / region_prefix_divisor(6, "t"), 500112ULL);
  EXPECT_EQ(500112001001ULL / region_prefix_divisor(2, "t"), 50ULL);
  EXPECT_EQ(region_prefix_divisor(12, "t"), 1ULL);
  try {
    (void)region_prefix_divisor(5, "fund_totals");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(std::string(e.what()).find("fund_totals: prefix_digits 5"), std::string::npos) << e.what();
  }
}

TEST(CsvText, NoticeFieldsAreAlwaysQuotedWithQuotesDoubled) {
  CsvText w;
  w.row({"a", "say \"hi\"", ""});
  EXPECT_EQ(w.take(), "\"a\",\"say \"\"hi\"\"\",\"\"\r\n");
}

TEST(CsvText, ImportFormatFieldsAreQuotedOnlyWhenTheyMustBe) {
  std::string out;
  append_csv_field(out, "plain", true, CsvQuoting::kWhenNeeded);
  append_csv_field(out, "a,b", false, CsvQuoting::kWhenNeeded);
  append_csv_field(out, " edge", false, CsvQuoting::kWhenNeeded);
  append_csv_field(out, "", false, CsvQuoting::kWhenNeeded);
  EXPECT_EQ(out, "plain,\"a,b\",\" edge\",");
}

}  // namespace
}  // namespace rg
