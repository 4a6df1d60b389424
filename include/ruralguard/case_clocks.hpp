// ruralguard C++ API: the clocks of a monitoring case, derived from its events (DOMAIN.md 1.9,
// 8.3). Nothing here is stored: "monitored since", the follow-up window after elimination and the
// post-elimination check schedule are functions of the case and the policy.
#pragma once

#include <optional>

#include "ruralguard/date.hpp"
#include "ruralguard/monitoring_case.hpp"
#include "ruralguard/policy.hpp"

namespace rg {

// The date of the case's last rollback 风险消除回退 (a kRollback event), if any.
[[nodiscard]] std::optional<Date> last_rollback(const MonitoringCase& c);

// When the monitoring clock started: the later of the county's identification and the last
// rollback. A rollback restarts every clock (months monitored, the aided-elimination month rule,
// the development-measure rule, the visit schedule). None before identification.
[[nodiscard]] std::optional<Date> monitoring_clock_start(const MonitoringCase& c);

// The last day of the follow-up window 消除后跟踪期 of an eliminated case: the elimination date plus
// EliminationRules::follow_up_months. None unless the case is eliminated.
[[nodiscard]] std::optional<Date> follow_up_window_end(const MonitoringCase& c, const EliminationRules& rules);

// True when `c` is eliminated and `date` falls after its elimination and on or before the end of
// its follow-up window: a new clue, alert or failed check then rolls the case back.
[[nodiscard]] bool in_follow_up_window(const MonitoringCase& c, const EliminationRules& rules, Date date);

// The next post-elimination check due: every EliminationRules::post_check_interval_months from the
// elimination (or from the last recorded check, whichever is later), none after the follow-up
// window or for a case that is not eliminated.
[[nodiscard]] std::optional<Date> next_post_elimination_check(const MonitoringCase& c, const EliminationRules& rules,
                                                              std::optional<Date> last_check);

// A level change of a case 预警等级变化: kept as history, one row per change (docs/monitoring.md).
struct CaseLevelChange {
  int32_t sequence = 0;  // the case event that changed it
  CaseStep step = CaseStep::kReassess;
  Date date = Date::from_ymd(2021, 1, 1);
  WarningLevel from = WarningLevel::kNone;
  WarningLevel to = WarningLevel::kNone;
};

// The change `after` makes to `before`'s level, if any (`after` is apply_step's result).
[[nodiscard]] std::optional<CaseLevelChange> level_change(const MonitoringCase& before, const MonitoringCase& after);

}  // namespace rg
