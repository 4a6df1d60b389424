#include <gtest/gtest.h>

#include "ruralguard/error.hpp"
#include "ruralguard/member.hpp"

namespace rg {
namespace {

TEST(IdNumber, PublishedExamplesPassTheCheck) {
  // The sample numbers printed in GB 11643-1999 and its commentaries.
  EXPECT_EQ(inspect_id_number("11010519491231002X").status, IdNumberStatus::kValid);
  // Birth years before 1900 lie outside rg::Date's range: such numbers are format errors.
  EXPECT_EQ(inspect_id_number("440524188001010014").status, IdNumberStatus::kBadFormat);
  EXPECT_EQ(inspect_id_number("11010519491231002x").status, IdNumberStatus::kValid);
  EXPECT_EQ(*inspect_id_number("11010519491231002X").birth_date, Date::parse("1949-12-31"));
}

TEST(IdNumber, WrongCheckDigitIsDetected) {
  EXPECT_EQ(inspect_id_number("110105194912310021").status, IdNumberStatus::kBadCheckDigit);
  EXPECT_EQ(inspect_id_number("110105194912310020").status, IdNumberStatus::kBadCheckDigit);
}

TEST(IdNumber, EverySingleDigitChangeIsCaught) {
  // MOD 11-2 detects every single-digit substitution.
  const std::string good = "11010519491231002X";
  for (std::size_t i = 0; i < 17; ++i) {
    std::string bad = good;
    bad[i] = bad[i] == '9' ? '8' : static_cast<char>(bad[i] + 1);
    EXPECT_NE(inspect_id_number(bad).status, IdNumberStatus::kValid) << bad;
  }
}

TEST(IdNumber, MalformedNumbersAreFormatErrors) {
  EXPECT_EQ(inspect_id_number("").status, IdNumberStatus::kMissing);
  EXPECT_EQ(inspect_id_number("4405241880010100").status, IdNumberStatus::kBadFormat);
  EXPECT_EQ(inspect_id_number("44052418800101001Y").status, IdNumberStatus::kBadFormat);
  EXPECT_EQ(inspect_id_number("4405241880010100A4").status, IdNumberStatus::kBadFormat);
  // 1990-02-30 is no date.
  std::string feb30 = "44052419900230001";
  feb30 += id_check_character(feb30);
  EXPECT_EQ(inspect_id_number(feb30).status, IdNumberStatus::kBadFormat);
  EXPECT_THROW((void)id_check_character("12345"), Error);
}

TEST(IdNumber, MaskKeepsFourAndFour) {
  EXPECT_EQ(mask_id_number("50011219800101123x"), "5001*************X");
  EXPECT_EQ(mask_id_number("12345678"), "********");
  EXPECT_EQ(mask_id_number("身份证号码无效文本"), std::string(27, '*'));
}

TEST(Age, CountsFullYears) {
  const Date birth = Date::parse("2010-03-15");
  EXPECT_EQ(age_on(birth, Date::parse("2024-03-14")), 13);
  EXPECT_EQ(age_on(birth, Date::parse("2024-03-15")), 14);
  EXPECT_EQ(age_on(Date::parse("2008-02-29"), Date::parse("2023-02-28")), 14);
  EXPECT_EQ(age_on(Date::parse("2008-02-29"), Date::parse("2023-03-01")), 15);
}

}  // namespace
}  // namespace rg
