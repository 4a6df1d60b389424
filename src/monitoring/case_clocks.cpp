// Case clocks derived from the case's events (include/ruralguard/case_clocks.hpp).
#include "ruralguard/case_clocks.hpp"

#include <algorithm>

namespace rg {

std::optional<Date> last_rollback(const MonitoringCase& c) {
  const auto it = std::find_if(c.events.rbegin(), c.events.rend(),
                               [](const CaseEvent& e) { return e.step == CaseStep::kRollback; });
  if (it == c.events.rend()) return std::nullopt;
  return it->date;
}

std::optional<Date> monitoring_clock_start(const MonitoringCase& c) {
  if (!c.identified) return std::nullopt;
  const auto rollback = last_rollback(c);
  return rollback && *rollback > *c.identified ? *rollback : *c.identified;
}

std::optional<Date> follow_up_window_end(const MonitoringCase& c, const EliminationRules& rules) {
  if (c.state != CaseState::kEliminated || !c.eliminated) return std::nullopt;
  return c.eliminated->add_months(rules.follow_up_months);
}

bool in_follow_up_window(const MonitoringCase& c, const EliminationRules& rules, Date date) {
  const auto end = follow_up_window_end(c, rules);
  return end && *c.eliminated <= date && date <= *end;
}

std::optional<Date> next_post_elimination_check(const MonitoringCase& c, const EliminationRules& rules,
                                                std::optional<Date> last_check) {
  const auto end = follow_up_window_end(c, rules);
  if (!end || rules.post_check_interval_months <= 0) return std::nullopt;
  const Date from = last_check && *last_check > *c.eliminated ? *last_check : *c.eliminated;
  const Date due = from.add_months(rules.post_check_interval_months);
  if (due > *end) return std::nullopt;
  return due;
}

std::optional<CaseLevelChange> level_change(const MonitoringCase& before, const MonitoringCase& after) {
  if (before.level == after.level || after.events.size() <= before.events.size()) return std::nullopt;
  const CaseEvent& e = after.events.back();
  return CaseLevelChange{e.sequence, e.step, e.date, before.level, after.level};
}

}  // namespace rg
