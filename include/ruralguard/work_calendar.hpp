// ruralguard C++ API: working-day calendars 工作日历 — public holidays and make-up working days
// (调休) as data, so that a procedure limit in working days (Hainan: identification within 20
// working days, DOMAIN.md 1.6) has an exact deadline.
//
// A calendar covers a closed range of dates; counting working days outside it is Error(kRange)
// naming the calendar and its range (the library never guesses a holiday it was not given).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/date.hpp"

namespace rg {

// Named bounds; beyond them Error(kLimit).
inline constexpr std::size_t kCalendarDatesMax = 4000;  // holidays + make-up days per calendar
inline constexpr std::size_t kCalendarsMax = 64;        // calendars per policy
inline constexpr std::size_t kCalendarIdBytesMax = 64;
inline constexpr int32_t kWorkingDaysMax = 3660;  // one add_working_days call

struct WorkCalendar {
  std::string id;        // e.g. "cn-2024-2025"
  std::string source;    // the document the dates come from
  bool example = false;  // true: example data, check it against the source before relying on it
  Date from = Date::from_ymd(2024, 1, 1);  // first covered date
  Date to = Date::from_ymd(2024, 12, 31);  // last covered date
  std::vector<Date> holidays;         // days off 放假 (weekdays among them are not working days)
  std::vector<Date> makeup_workdays;  // 调休上班: weekend days that are working days

  // Monday..Friday unless a holiday, plus the make-up days. Error(kRange) outside from..to.
  [[nodiscard]] bool is_working_day(Date d) const;
  // Error(kRange | kInvalidArgument) naming the calendar: empty id, to before from, a date
  // outside the range, a date both holiday and make-up day, a make-up day on a weekday.
  void validate() const;
};

// The date `days` working days after `start` (start itself is not counted; days >= 0; 0 gives
// start). Error(kRange) when the count leaves the calendar's range or days is outside
// 0..kWorkingDaysMax.
[[nodiscard]] Date add_working_days(const WorkCalendar& calendar, Date start, int32_t days);
// Working days in the closed range from..to (0 when to < from). Error(kRange) outside the range.
[[nodiscard]] int32_t working_days_between(const WorkCalendar& calendar, Date from, Date to);

// The calendar with `id` among `calendars`; Error(kNotFound) naming the id and the known ones.
[[nodiscard]] const WorkCalendar& find_calendar(const std::vector<WorkCalendar>& calendars,
                                                std::string_view id);

}  // namespace rg
