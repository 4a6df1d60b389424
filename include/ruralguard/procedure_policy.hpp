// ruralguard C++ API: the procedure's time limits 时限 and who may do each step, as policy data
// (DOMAIN.md 1.6, 8.1 ProcedureLimits): a limit counts calendar days or working days of a named
// calendar; the calendars and the role model travel with the policy (JSON "procedure").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/case_roles.hpp"
#include "ruralguard/date.hpp"
#include "ruralguard/work_calendar.hpp"

namespace rg {

// Units of a limit (values pinned; C: RG_DAYS_*).
enum class DayUnit : uint8_t {
  kCalendar = 1,  // 自然日
  kWorking = 2,   // 工作日 (needs a calendar)
};

struct DayLimit {
  int32_t days = 0;
  DayUnit unit = DayUnit::kCalendar;
  std::string calendar;  // id of a calendar in ProcedurePolicy::calendars (kWorking only)
};

// The limits (values pinned; C: RG_LIMIT_*).
enum class ProcedureLimitKind : uint8_t {
  kIdentifyMax = 1,           // clue found -> county approval, at most (15 calendar days ✔)
  kNoticeMin = 2,             // village notice 公示, at least, counted inclusively (5 days ✔)
  kTownshipToCountyMax = 3,   // township approval -> county approval, at most (no default: ✖)
  kEliminationNoticeMin = 4,  // elimination notice, at least (mirrors identification ✔: 5 days)
};
[[nodiscard]] std::string_view procedure_limit_name(ProcedureLimitKind kind);

struct ProcedurePolicy {
  DayLimit identify_max{15, DayUnit::kCalendar, ""};
  DayLimit notice_min{5, DayUnit::kCalendar, ""};
  std::optional<DayLimit> township_to_county_max;  // not checked unless given
  DayLimit elimination_notice_min{5, DayUnit::kCalendar, ""};
  std::vector<WorkCalendar> calendars;
  RoleModel roles = default_role_model();

  // The limit of a kind; nullopt for an unset optional limit.
  [[nodiscard]] std::optional<DayLimit> limit(ProcedureLimitKind kind) const;
  // Error(kNotFound) for a limit naming an unknown calendar (or a working-day limit naming none),
  // Error(kRange) for days outside 0..kWorkingDaysMax; every calendar is validated.
  void validate() const;
};

// The last day allowed by a maximum limit counted from `start` (start + days, in the limit's unit).
[[nodiscard]] Date limit_deadline(const ProcedurePolicy& p, const DayLimit& limit, Date start);
// Days of the closed range from..to in the limit's unit (a notice's length).
[[nodiscard]] int32_t days_in_unit(const ProcedurePolicy& p, const DayLimit& limit, Date from,
                                   Date to);
// "15 calendar days", "20 working days (cn-2024-2025)".
[[nodiscard]] std::string describe_limit(const DayLimit& limit);

}  // namespace rg
