// ruralguard C++ API: calendar dates.
//
// A Date is a day of the Gregorian calendar between 1900-01-01 and 9999-12-31, held as the number
// of days since 1970-01-01 (C: rg_date, int32). Text is strict ISO 8601 "YYYY-MM-DD" only.
//
// Month arithmetic rule (docs/dates.md): add_months keeps the day of the month and clamps it to the
// last day of the target month. 2024-01-31 + 1 month = 2024-02-29; 2023-01-31 + 1 = 2023-02-28;
// 2023-02-28 + 1 = 2023-03-28 (no snapping to month end); 2024-02-29 + 12 = 2025-02-28.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace rg {

class Date {
 public:
  static constexpr int kYearMin = 1900;
  static constexpr int kYearMax = 9999;

  // Throws Error(kRange) naming the fields when y-m-d is not a real calendar day in range.
  static Date from_ymd(int year, int month, int day);
  // Throws Error(kParse) for anything but "YYYY-MM-DD" (e.g. "2024-2-3", "2024/02/03") and
  // Error(kRange) for impossible days ("2023-02-29", "2024-13-01").
  static Date parse(std::string_view text);
  // Throws Error(kRange) when outside 1900-01-01..9999-12-31.
  static Date from_days_since_epoch(int32_t days);

  [[nodiscard]] constexpr int32_t days_since_epoch() const noexcept { return days_; }
  [[nodiscard]] int year() const;
  [[nodiscard]] int month() const;
  [[nodiscard]] int day() const;
  [[nodiscard]] std::string to_string() const;  // "YYYY-MM-DD"
  [[nodiscard]] int day_of_week() const;         // 1 = Monday .. 7 = Sunday (ISO)

  // Throws Error(kRange) when the result leaves the supported range.
  [[nodiscard]] Date add_days(int64_t days) const;
  [[nodiscard]] Date add_months(int64_t months) const;  // see the month-end rule above
  // Whole days from this date to `later` (negative when `later` is earlier).
  [[nodiscard]] int64_t days_until(Date later) const { return later.days_ - days_; }
  // Whole calendar months from this date to `later` under the add_months rule: the largest n with
  // add_months(n) <= later (for later >= this).
  [[nodiscard]] int64_t whole_months_until(Date later) const;

  [[nodiscard]] int quarter() const;  // 1..4
  [[nodiscard]] Date quarter_start() const;
  [[nodiscard]] Date quarter_end() const;
  [[nodiscard]] Date month_start() const;
  [[nodiscard]] Date month_end() const;
  [[nodiscard]] Date year_start() const;
  [[nodiscard]] Date year_end() const;

  friend constexpr auto operator<=>(Date a, Date b) = default;

 private:
  constexpr explicit Date(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

}  // namespace rg
