// ruralguard C++ API: assistance measures 帮扶措施, visits 走访 and alerts 预警提醒.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/monitoring_case.hpp"
#include "ruralguard/policy.hpp"

namespace rg {

// Measure categories (DOMAIN.md 1.8; values pinned, C: RG_MEASURE_*).
enum class MeasureCategory : uint8_t {
  kIndustry = 1,             // 产业帮扶
  kEmployment = 2,           // 就业帮扶
  kFinance = 3,              // 金融帮扶 (小额信贷)
  kPublicWelfareJob = 4,     // 公益岗位帮扶
  kHealth = 5,               // 健康帮扶
  kEducation = 6,            // 教育帮扶 (雨露计划)
  kCompulsoryEducation = 7,  // 义务教育保障
  kHousing = 8,              // 住房安全保障
  kWater = 9,                // 饮水安全保障
  kSocialSecurity = 10,      // 综合保障 (低保、特困、残疾人补贴)
  kSocialAid = 11,           // 社会帮扶
  kRelocation = 12,          // 搬迁
  kLivingConditions = 13,    // 生产生活条件改善
  kInfrastructure = 14,      // 基础设施建设
  kInsurance = 15,           // 防贫保险
  kOther = 16,               // 其他
};
inline constexpr int kMeasureCategoryMax = 16;
// Longest measure content (C: RG_MEASURE_CONTENT_MAX), UTF-8 bytes; longer is Error(kLimit).
inline constexpr std::size_t kMeasureContentBytesMax = 1000;

// Development-type aid 开发式帮扶 (industry, employment, finance, public-welfare jobs: the four the
// Guizhou check 5_12_007 accepts); the others are security-type 保障性.
[[nodiscard]] bool is_development_measure(MeasureCategory category);
[[nodiscard]] std::string_view measure_category_code(MeasureCategory category);

enum class MeasureStatus : uint8_t { kPlanned = 1, kImplemented = 2, kEnded = 3 };

struct Measure {
  int64_t measure_id = 0;
  int64_t case_id = 0;
  MeasureCategory category = MeasureCategory::kOther;
  std::string content;
  Date start = Date::from_ymd(2021, 1, 1);
  std::optional<Date> end;
  Money planned_amount;
  MeasureStatus status = MeasureStatus::kPlanned;
  // The ledger transfer that paid for it (128-bit id as two halves), when known.
  std::optional<std::pair<uint64_t, uint64_t>> ledger_transfer;
};

// A measure may be recorded on a case under monitoring or eliminated (follow-up assistance), not
// during identification nor on a rejected case: Error(kState) naming the case and its state.
void check_measure_allowed(const MonitoringCase& c);
// Measures in status implemented (what the elimination gate counts).
[[nodiscard]] int32_t implemented_measures(std::span<const Measure> measures);
// Planned or implemented (the case report's "with a measure").
[[nodiscard]] bool has_active_measure(std::span<const Measure> measures);

// Validates a new measure (Error(kRange) naming the field): end before start, negative amount,
// unknown category, content longer than 1,000 bytes.
void validate_measure(const Measure& m);
// planned -> implemented -> ended; anything else is Error(kState) naming both statuses.
[[nodiscard]] Measure advance_measure(const Measure& m, MeasureStatus to);

struct Visit {
  int64_t case_id = 0;
  Date date = Date::from_ymd(2021, 1, 1);
  std::string visitor;
  std::string findings;
};

// A visit needs a visitor and cannot precede the case: Error(kInvalidArgument | kRange).
void check_visit(const Visit& v, const MonitoringCase& c);

// The next visit due for a monitored case: from the last visit (or the identification date) by
// the warning level's interval; none for a case that is not under monitoring or has no level.
[[nodiscard]] std::optional<Date> next_visit_due(const MonitoringCase& c, std::optional<Date> last_visit,
                                                 const Policy& policy);

// Alert kinds (values pinned, C: RG_ALERT_*).
enum class AlertKind : uint8_t {
  kVisitOverdue = 1,            // the next visit is past due
  kIdentificationOverdue = 2,   // clue older than the time limit and not yet decided
  kNoMeasure = 3,               // a monitored household without any measure
  kNoDevelopmentMeasure = 4,    // labour present, 6 months monitored, no development measure (5_12_007)
  kRiskWithoutMeasure = 5,      // a risk without its matching measure (5_18_00x)
  kPostEliminationCheckDue = 6, // an eliminated case in its follow-up window: a check is due (DOMAIN.md 1.9)
};
enum class AlertState : uint8_t { kActive = 1, kAcknowledged = 2, kResolved = 3 };
[[nodiscard]] std::string_view alert_state_name(AlertState state);
// The alert life cycle: active -> acknowledged -> resolved (the system also resolves an active or
// acknowledged alert whose condition no longer holds). Checks a person's move of alert
// `alert_id` from `current` to `to`: Error(kState) naming both states unless `to` is the next
// state; Error(kInvalidArgument) when `who` is empty.
void check_alert_move(int64_t alert_id, AlertState current, AlertState to, const std::string& who);

struct Alert {
  AlertKind kind = AlertKind::kVisitOverdue;
  int64_t case_id = 0;
  int32_t priority = 2;  // 1 urgent, 2 normal, 3 low
  std::string detail;    // distinguishes alerts of one kind on one case (e.g. the risk code)
  std::string message;   // English text naming the case, the rule and the dates
};

// Everything a scan needs to know about one case.
struct CaseSnapshot {
  const MonitoringCase* c = nullptr;
  std::span<const Measure> measures;
  std::optional<Date> last_visit;
  bool has_labour = false;  // any skilled, ordinary or weak labour
  std::optional<Date> last_post_check;  // the latest post-elimination check recorded
};

// The alerts that hold for a case on `as_of` (pure; the store deduplicates active alerts). An
// eliminated case in its follow-up window (case_clocks.hpp) gets kPostEliminationCheckDue when its
// scheduled post-elimination check is past due.
[[nodiscard]] std::vector<Alert> scan_alerts(const CaseSnapshot& snapshot, const Policy& policy,
                                             const ProcedureLimits& limits, Date as_of);

// An alert already stored and not resolved: what a new scan is matched against.
struct OpenAlert {
  int64_t alert_id = 0;
  AlertKind kind = AlertKind::kVisitOverdue;
  int64_t case_id = 0;
  std::string detail;
};
// What a scan changes: alerts to raise (new), how many open ones still hold, and the open ones
// whose condition no longer holds (to resolve as "system"). An alert is the same alert when its
// kind, case and detail agree.
struct AlertChanges {
  std::vector<Alert> raise;
  std::size_t still_open = 0;
  std::vector<int64_t> resolve;  // alert ids
};
[[nodiscard]] AlertChanges reconcile_alerts(std::span<const Alert> holding, std::span<const OpenAlert> open);

}  // namespace rg
