// Working-day calendars (include/ruralguard/work_calendar.hpp, docs/policy-format.md).
#include "ruralguard/work_calendar.hpp"

#include <algorithm>

#include "ruralguard/error.hpp"

namespace rg {
namespace {

bool contains(const std::vector<Date>& dates, Date d) {
  return std::find(dates.begin(), dates.end(), d) != dates.end();
}

std::string label(const WorkCalendar& c) {
  return "calendar '" + c.id + "'";
}

void check_covered(const WorkCalendar& c, Date d) {
  if (d < c.from || c.to < d) {
    throw Error(ErrorCode::kRange, label(c) + " covers " + c.from.to_string() + " to " +
                                       c.to.to_string() + ", not " + d.to_string());
  }
}

}  // namespace

bool WorkCalendar::is_working_day(Date d) const {
  check_covered(*this, d);
  if (contains(makeup_workdays, d)) return true;
  if (d.day_of_week() >= 6) return false;
  return !contains(holidays, d);
}

void WorkCalendar::validate() const {
  if (id.empty() || id.size() > kCalendarIdBytesMax) {
    throw Error(ErrorCode::kInvalidArgument,
                "calendar id must have 1.." + std::to_string(kCalendarIdBytesMax) + " bytes");
  }
  if (to < from)
    throw Error(ErrorCode::kRange, label(*this) + ": 'to' " + to.to_string() +
                                       " is before 'from' " + from.to_string());
  if (holidays.size() + makeup_workdays.size() > kCalendarDatesMax) {
    throw Error(ErrorCode::kLimit, label(*this) + " has more than " +
                                       std::to_string(kCalendarDatesMax) +
                                       " dates (kCalendarDatesMax)");
  }
  for (Date d : holidays) check_covered(*this, d);
  for (Date d : makeup_workdays) {
    check_covered(*this, d);
    if (contains(holidays, d))
      throw Error(ErrorCode::kInvalidArgument, label(*this) + ": " + d.to_string() +
                                                   " is both a holiday and a make-up working day");
    if (d.day_of_week() < 6) {
      throw Error(ErrorCode::kInvalidArgument, label(*this) + ": make-up working day " +
                                                   d.to_string() + " is not a Saturday or Sunday");
    }
  }
}

Date add_working_days(const WorkCalendar& c, Date start, int32_t days) {
  if (days < 0 || days > kWorkingDaysMax) {
    throw Error(ErrorCode::kRange, label(c) + ": " + std::to_string(days) +
                                       " working days is outside 0.." +
                                       std::to_string(kWorkingDaysMax) + " (kWorkingDaysMax)");
  }
  check_covered(c, start);
  Date d = start;
  for (int32_t left = days; left > 0;) {
    d = d.add_days(1);
    if (c.is_working_day(d)) --left;  // throws past the calendar's end
  }
  return d;
}

int32_t working_days_between(const WorkCalendar& c, Date from, Date to) {
  if (to < from) return 0;
  check_covered(c, from);
  check_covered(c, to);
  int32_t n = 0;
  for (Date d = from; !(to < d); d = d.add_days(1)) n += c.is_working_day(d) ? 1 : 0;
  return n;
}

const WorkCalendar& find_calendar(const std::vector<WorkCalendar>& calendars, std::string_view id) {
  for (const auto& c : calendars) {
    if (c.id == id) return c;
  }
  std::string known;
  for (const auto& c : calendars) known += (known.empty() ? "" : ", ") + c.id;
  throw Error(ErrorCode::kNotFound, "unknown calendar '" + std::string(id) + "' (known: " +
                                        (known.empty() ? std::string("none") : known) + ")");
}

}  // namespace rg
