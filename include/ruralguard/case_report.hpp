// ruralguard C++ API: the case report — cases by state, category and level, measure coverage,
// eliminations, identification time and overdue visits (docs/monitoring.md). Pure: the store
// loads the cases, their measures and last visits; build_case_report counts them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include "ruralguard/assistance.hpp"
#include "ruralguard/monitoring_case.hpp"
#include "ruralguard/ratio.hpp"

namespace rg {

struct CaseReport {
  std::map<CaseState, int64_t> by_state;
  std::map<MonitoringCategory, int64_t> by_category;  // cases under monitoring
  std::map<WarningLevel, int64_t> by_level;           // cases under monitoring
  int64_t under_monitoring = 0;
  int64_t with_measure = 0;          // under monitoring with at least one planned/implemented measure
  int64_t eliminated = 0;
  int64_t identified_total = 0;      // cases that reached monitored at some time
  int64_t identification_days_sum = 0;
  int64_t overdue_visits = 0;
  // Exact shares (Ratio); 0/0 is reported as zero.
  [[nodiscard]] Ratio measure_coverage() const;
  [[nodiscard]] Ratio elimination_rate() const;      // eliminated / (under monitoring + eliminated)
  [[nodiscard]] Ratio average_identification_days() const;
};

// What the report reads of one case besides the case itself.
struct CaseReportInput {
  std::span<const MonitoringCase> cases;
  std::unordered_map<int64_t, bool> with_active_measure;  // case id -> has a planned/implemented measure
  std::unordered_map<int64_t, Date> last_visit;           // case id -> latest visit
};

[[nodiscard]] CaseReport build_case_report(const CaseReportInput& input, const Policy& policy, Date as_of);

}  // namespace rg
