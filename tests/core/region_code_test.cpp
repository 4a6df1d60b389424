#include <gtest/gtest.h>

#include "ruralguard/error.hpp"
#include "ruralguard/region_code.hpp"

namespace rg {
namespace {

TEST(RegionCode, LevelsAndParents) {
  const auto village = RegionCode::parse("500112001001");
  EXPECT_EQ(village.level(), RegionLevel::kVillage);
  EXPECT_EQ(village.parent().to_string(), "500112001000");
  EXPECT_EQ(village.parent().level(), RegionLevel::kTownship);
  EXPECT_EQ(village.parent().parent().to_string(), "500112000000");
  EXPECT_EQ(village.parent().parent().parent().to_string(), "500100000000");
  EXPECT_EQ(village.parent().parent().parent().parent().to_string(), "500000000000");
  EXPECT_EQ(village.parent().parent().parent().parent().level(), RegionLevel::kProvince);
  EXPECT_THROW((void)RegionCode::parse("500000000000").parent(), Error);
  EXPECT_EQ(village.prefix(), "500112001001");
  EXPECT_EQ(RegionCode::parse("500112000000").prefix(), "500112");
}

TEST(RegionCode, WithinPrefix) {
  const auto village = RegionCode::parse("500112001001");
  EXPECT_TRUE(village.is_within("50"));
  EXPECT_TRUE(village.is_within("500112"));
  EXPECT_TRUE(village.is_within("500112001"));
  EXPECT_FALSE(village.is_within("500113"));
  EXPECT_TRUE(village.is_within(RegionCode::parse("500100000000")));
  EXPECT_FALSE(village.is_within(RegionCode::parse("510100000000")));
  EXPECT_THROW((void)village.is_within("500"), Error);
  EXPECT_THROW((void)village.is_within("50a1"), Error);
}

TEST(RegionCode, InvalidCodesNameTheProblem) {
  auto code_of = [](const char* text) {
    try {
      (void)RegionCode::parse(text);
    } catch (const Error& e) {
      return std::make_pair(e.code(), std::string(e.what()));
    }
    return std::make_pair(ErrorCode::kInternal, std::string());
  };
  EXPECT_EQ(code_of("50011200100").first, ErrorCode::kParse);    // 11 digits
  EXPECT_EQ(code_of("50011200100X").first, ErrorCode::kParse);   // non-digit
  EXPECT_EQ(code_of("000112001001").first, ErrorCode::kRange);   // province 00
  const auto under_empty = code_of("500112000001");               // village under township 000
  EXPECT_EQ(under_empty.first, ErrorCode::kRange);
  EXPECT_NE(under_empty.second.find("village segment is set under an empty township"), std::string::npos)
      << under_empty.second;
  EXPECT_THROW((void)RegionCode::from_value(1'000'000'000'000ULL), Error);
}

}  // namespace
}  // namespace rg
