#include "ruralguard/date.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <climits>
#include <cstdio>

#include "ruralguard/error.hpp"

namespace rg {
namespace {

namespace greg = boost::gregorian;

const greg::date& epoch() {
  static const greg::date kEpoch(1970, 1, 1);
  return kEpoch;
}

greg::date to_boost(int32_t days) { return epoch() + greg::date_duration(days); }

int32_t from_boost(const greg::date& d) { return static_cast<int32_t>((d - epoch()).days()); }

bool is_leap(int year) { return greg::gregorian_calendar::is_leap_year(static_cast<unsigned short>(year)); }

int days_in_month(int year, int month) {
  return greg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                    static_cast<unsigned short>(month));
}

[[noreturn]] void range_fail(int y, int m, int d, const char* why) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  throw Error(ErrorCode::kRange, std::string("date ") + buf + " is not valid: " + why);
}

}  // namespace

Date Date::from_ymd(int year, int month, int day) {
  if (year < kYearMin || year > kYearMax) range_fail(year, month, day, "year outside 1900..9999");
  if (month < 1 || month > 12) range_fail(year, month, day, "month outside 1..12");
  const int last = days_in_month(year, month);
  if (day < 1 || day > last) {
    if (month == 2 && day == 29 && !is_leap(year)) range_fail(year, month, day, "not a leap year");
    range_fail(year, month, day, "day outside the month");
  }
  return Date(from_boost(greg::date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                                    static_cast<unsigned short>(day))));
}

Date Date::parse(std::string_view text) {
  // Strict shape first: Boost alone accepts "2024-2-3" and "2024/02/03".
  const bool shape_ok = text.size() == 10 && text[4] == '-' && text[7] == '-';
  bool digits_ok = shape_ok;
  for (std::size_t i = 0; digits_ok && i < text.size(); ++i) {
    if (i == 4 || i == 7) continue;
    digits_ok = text[i] >= '0' && text[i] <= '9';
  }
  if (!digits_ok) {
    throw Error(ErrorCode::kParse, "date " + quote_for_message(text) + " is not in the form YYYY-MM-DD");
  }
  auto num = [&](std::size_t pos, std::size_t len) {
    int v = 0;
    for (std::size_t i = pos; i < pos + len; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  return from_ymd(num(0, 4), num(5, 2), num(8, 2));
}

Date Date::from_days_since_epoch(int32_t days) {
  static const int32_t kMin = from_boost(greg::date(kYearMin, 1, 1));
  static const int32_t kMax = from_boost(greg::date(kYearMax, 12, 31));
  if (days < kMin || days > kMax) {
    throw Error(ErrorCode::kRange, "date " + std::to_string(days) +
                                       " days from 1970-01-01 is outside 1900-01-01..9999-12-31");
  }
  return Date(days);
}

int Date::year() const { return to_boost(days_).year(); }
int Date::month() const { return to_boost(days_).month(); }
int Date::day() const { return to_boost(days_).day(); }

int Date::day_of_week() const {
  const int dow = to_boost(days_).day_of_week();  // 0 = Sunday
  return dow == 0 ? 7 : dow;
}

std::string Date::to_string() const {
  const auto ymd = to_boost(days_).year_month_day();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(ymd.year), static_cast<int>(ymd.month),
                static_cast<int>(ymd.day));
  return buf;
}

Date Date::add_days(int64_t days) const {
  const int64_t target = static_cast<int64_t>(days_) + days;
  if (days > 4'000'000 || days < -4'000'000 || target > INT32_MAX || target < INT32_MIN) {
    throw Error(ErrorCode::kRange, "date " + to_string() + " + " + std::to_string(days) +
                                       " days leaves 1900-01-01..9999-12-31");
  }
  return from_days_since_epoch(static_cast<int32_t>(target));
}

Date Date::add_months(int64_t months) const {
  const auto ymd = to_boost(days_).year_month_day();
  if (months > 120'000 || months < -120'000) {
    throw Error(ErrorCode::kRange, "date " + to_string() + " + " + std::to_string(months) +
                                       " months leaves 1900-01-01..9999-12-31");
  }
  const int64_t index = static_cast<int64_t>(ymd.year) * 12 + (ymd.month - 1) + months;
  const auto year = static_cast<int>(index / 12);
  const int month = static_cast<int>(index % 12) + 1;
  if (year < kYearMin || year > kYearMax) {
    throw Error(ErrorCode::kRange, "date " + to_string() + " + " + std::to_string(months) +
                                       " months leaves 1900-01-01..9999-12-31");
  }
  const int day = std::min<int>(ymd.day, days_in_month(year, month));
  return from_ymd(year, month, day);
}

int64_t Date::whole_months_until(Date later) const {
  if (later < *this) return -later.whole_months_until(*this);
  const int64_t guess = static_cast<int64_t>(later.year() - year()) * 12 + (later.month() - month());
  int64_t n = guess;
  while (n > 0 && add_months(n) > later) --n;
  return n;
}

int Date::quarter() const { return (month() - 1) / 3 + 1; }

Date Date::quarter_start() const { return from_ymd(year(), (quarter() - 1) * 3 + 1, 1); }

Date Date::quarter_end() const {
  const int m = quarter() * 3;
  return from_ymd(year(), m, days_in_month(year(), m));
}

Date Date::month_start() const { return from_ymd(year(), month(), 1); }
Date Date::month_end() const { return from_ymd(year(), month(), days_in_month(year(), month())); }
Date Date::year_start() const { return from_ymd(year(), 1, 1); }
Date Date::year_end() const { return from_ymd(year(), 12, 31); }

}  // namespace rg
