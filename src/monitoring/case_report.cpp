// The case report's counts (case_report.hpp).
#include "ruralguard/case_report.hpp"

namespace rg {

Ratio CaseReport::measure_coverage() const {
  return under_monitoring == 0 ? Ratio() : Ratio(with_measure, under_monitoring);
}
Ratio CaseReport::elimination_rate() const {
  const int64_t base = under_monitoring + eliminated;
  return base == 0 ? Ratio() : Ratio(eliminated, base);
}
Ratio CaseReport::average_identification_days() const {
  return identified_total == 0 ? Ratio() : Ratio(identification_days_sum, identified_total);
}

CaseReport build_case_report(const CaseReportInput& in, const Policy& policy, Date as_of) {
  CaseReport r;
  for (const MonitoringCase& c : in.cases) {
    r.by_state[c.state] += 1;
    if (c.identified) {
      r.identified_total += 1;
      r.identification_days_sum += c.found.days_until(*c.identified);
    }
    if (c.state == CaseState::kEliminated) r.eliminated += 1;
    if (!is_under_monitoring(c.state)) continue;
    r.under_monitoring += 1;
    r.by_category[c.category] += 1;
    r.by_level[c.level] += 1;
    if (in.with_active_measure.contains(c.case_id)) r.with_measure += 1;
    const auto v = in.last_visit.find(c.case_id);
    const auto due = next_visit_due(c, v == in.last_visit.end() ? std::nullopt : std::optional<Date>(v->second), policy);
    if (due && *due < as_of) r.overdue_visits += 1;
  }
  return r;
}

}  // namespace rg
