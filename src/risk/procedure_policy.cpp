// Procedure limits in calendar or working days (include/ruralguard/procedure_policy.hpp).
#include "ruralguard/procedure_policy.hpp"

#include "ruralguard/error.hpp"

namespace rg {

std::string_view procedure_limit_name(ProcedureLimitKind kind) {
  switch (kind) {
    case ProcedureLimitKind::kIdentifyMax:
      return "identify_max";
    case ProcedureLimitKind::kNoticeMin:
      return "notice_min";
    case ProcedureLimitKind::kTownshipToCountyMax:
      return "township_to_county_max";
    case ProcedureLimitKind::kEliminationNoticeMin:
      return "elimination_notice_min";
  }
  return "unknown";
}

std::optional<DayLimit> ProcedurePolicy::limit(ProcedureLimitKind kind) const {
  switch (kind) {
    case ProcedureLimitKind::kIdentifyMax:
      return identify_max;
    case ProcedureLimitKind::kNoticeMin:
      return notice_min;
    case ProcedureLimitKind::kTownshipToCountyMax:
      return township_to_county_max;
    case ProcedureLimitKind::kEliminationNoticeMin:
      return elimination_notice_min;
  }
  throw Error(ErrorCode::kInvalidArgument,
              "unknown procedure limit " + std::to_string(static_cast<int>(kind)));
}

void ProcedurePolicy::validate() const {
  if (calendars.size() > kCalendarsMax) {
    throw Error(ErrorCode::kLimit, "policy: procedure.calendars: more than " +
                                       std::to_string(kCalendarsMax) + " (kCalendarsMax)");
  }
  for (std::size_t i = 0; i < calendars.size(); ++i) {
    calendars[i].validate();
    for (std::size_t j = 0; j < i; ++j) {
      if (calendars[j].id == calendars[i].id) {
        throw Error(ErrorCode::kInvalidArgument,
                    "policy: procedure.calendars: calendar '" + calendars[i].id + "' twice");
      }
    }
  }
  for (auto kind :
       {ProcedureLimitKind::kIdentifyMax, ProcedureLimitKind::kNoticeMin,
        ProcedureLimitKind::kTownshipToCountyMax, ProcedureLimitKind::kEliminationNoticeMin}) {
    const auto l = limit(kind);
    if (!l) continue;
    const std::string field = "policy: procedure.limits." + std::string(procedure_limit_name(kind));
    if (l->days < 0 || l->days > kWorkingDaysMax) {
      throw Error(ErrorCode::kRange, field + ".days: " + std::to_string(l->days) +
                                         " is outside 0.." + std::to_string(kWorkingDaysMax));
    }
    if (l->unit != DayUnit::kCalendar && l->unit != DayUnit::kWorking) {
      throw Error(ErrorCode::kInvalidArgument,
                  field + ".unit: unknown unit " + std::to_string(static_cast<int>(l->unit)));
    }
    if (l->unit == DayUnit::kWorking || !l->calendar.empty()) {
      try {
        (void)find_calendar(calendars, l->calendar);
      } catch (const Error& e) {
        throw Error(ErrorCode::kNotFound, field + ".calendar: " + e.what());
      }
    }
  }
}

Date limit_deadline(const ProcedurePolicy& p, const DayLimit& limit, Date start) {
  if (limit.unit == DayUnit::kWorking)
    return add_working_days(find_calendar(p.calendars, limit.calendar), start, limit.days);
  return start.add_days(limit.days);
}

int32_t days_in_unit(const ProcedurePolicy& p, const DayLimit& limit, Date from, Date to) {
  if (limit.unit == DayUnit::kWorking)
    return working_days_between(find_calendar(p.calendars, limit.calendar), from, to);
  return to < from ? 0 : static_cast<int32_t>(from.days_until(to) + 1);
}

std::string describe_limit(const DayLimit& limit) {
  if (limit.unit == DayUnit::kWorking)
    return std::to_string(limit.days) + " working days (" + limit.calendar + ")";
  return std::to_string(limit.days) + " calendar days";
}

}  // namespace rg
