#include <gtest/gtest.h>

#include "ruralguard/date.hpp"
#include "ruralguard/error.hpp"

namespace rg {
namespace {

Date D(const char* text) { return Date::parse(text); }

ErrorCode date_error(const char* text) {
  try {
    (void)Date::parse(text);
  } catch (const Error& e) {
    return e.code();
  }
  ADD_FAILURE() << text << " should not parse";
  return ErrorCode::kInternal;
}

TEST(Date, StrictIsoParse) {
  EXPECT_EQ(D("1970-01-01").days_since_epoch(), 0);
  EXPECT_EQ(D("2024-02-29").to_string(), "2024-02-29");
  EXPECT_EQ(date_error("2024-2-3"), ErrorCode::kParse);
  EXPECT_EQ(date_error("2024/02/03"), ErrorCode::kParse);
  EXPECT_EQ(date_error("20240203"), ErrorCode::kParse);
  EXPECT_EQ(date_error(""), ErrorCode::kParse);
  EXPECT_EQ(date_error("2024-02-03T00:00"), ErrorCode::kParse);
  EXPECT_EQ(date_error("2023-02-29"), ErrorCode::kRange);
  EXPECT_EQ(date_error("2024-13-01"), ErrorCode::kRange);
  EXPECT_EQ(date_error("2024-00-10"), ErrorCode::kRange);
  EXPECT_EQ(date_error("2024-04-31"), ErrorCode::kRange);
  EXPECT_EQ(date_error("1899-12-31"), ErrorCode::kRange);
  try {
    (void)D("2023-02-29");
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("not a leap year"), std::string::npos) << e.what();
  }
}

TEST(Date, AddMonthsClampsToTheTargetMonthEnd) {
  EXPECT_EQ(D("2024-01-31").add_months(1), D("2024-02-29"));
  EXPECT_EQ(D("2023-01-31").add_months(1), D("2023-02-28"));
  EXPECT_EQ(D("2023-02-28").add_months(1), D("2023-03-28"));  // no snapping (unlike Boost)
  EXPECT_EQ(D("2024-02-29").add_months(1), D("2024-03-29"));
  EXPECT_EQ(D("2024-02-29").add_months(12), D("2025-02-28"));
  EXPECT_EQ(D("2024-02-29").add_months(48), D("2028-02-29"));
  EXPECT_EQ(D("2024-03-31").add_months(-1), D("2024-02-29"));
  EXPECT_EQ(D("2024-01-15").add_months(-13), D("2022-12-15"));
  EXPECT_THROW((void)D("9999-12-01").add_months(1), Error);
}

TEST(Date, WholeMonthsUntilFollowsTheSameRule) {
  EXPECT_EQ(D("2024-01-31").whole_months_until(D("2024-02-29")), 1);
  EXPECT_EQ(D("2024-01-15").whole_months_until(D("2024-07-14")), 5);
  EXPECT_EQ(D("2024-01-15").whole_months_until(D("2024-07-15")), 6);
}

TEST(Date, QuartersMonthsAndYears) {
  const Date d = D("2024-08-17");
  EXPECT_EQ(d.quarter(), 3);
  EXPECT_EQ(d.quarter_start(), D("2024-07-01"));
  EXPECT_EQ(d.quarter_end(), D("2024-09-30"));
  EXPECT_EQ(D("2024-02-10").month_end(), D("2024-02-29"));
  EXPECT_EQ(d.year_start(), D("2024-01-01"));
  EXPECT_EQ(d.year_end(), D("2024-12-31"));
  EXPECT_EQ(D("2024-12-31").quarter(), 4);
  EXPECT_EQ(D("2024-01-01").add_days(-1), D("2023-12-31"));
  EXPECT_EQ(D("2024-11-25").day_of_week(), 1);
}

}  // namespace
}  // namespace rg
