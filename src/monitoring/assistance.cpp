#include "ruralguard/assistance.hpp"
#include "ruralguard/case_clocks.hpp"

#include <algorithm>
#include <array>

#include "ruralguard/error.hpp"

namespace rg {
namespace {

constexpr std::array<std::string_view, kMeasureCategoryMax> kCodes{
    "industry", "employment", "finance", "public_welfare_job", "health", "education", "compulsory_education",
    "housing", "water", "social_security", "social_aid", "relocation", "living_conditions", "infrastructure",
    "insurance", "other"};


std::string_view status_name(MeasureStatus s) {
  switch (s) {
    case MeasureStatus::kPlanned: return "planned";
    case MeasureStatus::kImplemented: return "implemented";
    case MeasureStatus::kEnded: return "ended";
  }
  return "unknown";
}

}  // namespace

bool is_development_measure(MeasureCategory c) {
  return c == MeasureCategory::kIndustry || c == MeasureCategory::kEmployment || c == MeasureCategory::kFinance ||
         c == MeasureCategory::kPublicWelfareJob;
}

std::string_view measure_category_code(MeasureCategory c) {
  const auto i = static_cast<int>(c);
  if (i < 1 || i > kMeasureCategoryMax) return "unknown";
  return kCodes[static_cast<std::size_t>(i - 1)];
}

void validate_measure(const Measure& m) {
  const auto prefix = "measure " + std::to_string(m.measure_id) + " of case " + std::to_string(m.case_id) + ": ";
  const auto cat = static_cast<int>(m.category);
  if (cat < 1 || cat > kMeasureCategoryMax) {
    throw Error(ErrorCode::kRange, prefix + "category: unknown value " + std::to_string(cat));
  }
  if (m.end && *m.end < m.start) {
    throw Error(ErrorCode::kRange, prefix + "end " + m.end->to_string() + " is before start " + m.start.to_string());
  }
  if (m.planned_amount.is_negative()) {
    throw Error(ErrorCode::kRange, prefix + "planned_amount must not be negative, got " + m.planned_amount.to_string());
  }
  if (m.content.size() > kMeasureContentBytesMax) {
    throw Error(ErrorCode::kLimit, prefix + "content has " + std::to_string(m.content.size()) +
                                       " bytes, the maximum is " + std::to_string(kMeasureContentBytesMax) +
                                       " (kMeasureContentBytesMax)");
  }
  const auto st = static_cast<int>(m.status);
  if (st < 1 || st > 3) throw Error(ErrorCode::kRange, prefix + "status: unknown value " + std::to_string(st));
}

Measure advance_measure(const Measure& m, MeasureStatus to) {
  const bool ok = (m.status == MeasureStatus::kPlanned && to == MeasureStatus::kImplemented) ||
                  (m.status == MeasureStatus::kImplemented && to == MeasureStatus::kEnded);
  if (!ok) {
    throw Error(ErrorCode::kState, "measure " + std::to_string(m.measure_id) + " is " +
                                       std::string(status_name(m.status)) + ": it cannot become " +
                                       std::string(status_name(to)) + " (planned -> implemented -> ended)");
  }
  Measure n = m;
  n.status = to;
  return n;
}

void check_measure_allowed(const MonitoringCase& c) {
  if (!is_under_monitoring(c.state) && c.state != CaseState::kEliminated) {
    throw Error(ErrorCode::kState, "case " + std::to_string(c.case_id) + " is in state '" +
                                       std::string(case_state_name(c.state)) +
                                       "': measures are recorded once the household is monitored");
  }
}

int32_t implemented_measures(std::span<const Measure> measures) {
  int32_t n = 0;
  for (const Measure& m : measures) n += m.status == MeasureStatus::kImplemented;
  return n;
}

bool has_active_measure(std::span<const Measure> measures) {
  for (const Measure& m : measures) {
    if (m.status == MeasureStatus::kPlanned || m.status == MeasureStatus::kImplemented) return true;
  }
  return false;
}

void check_visit(const Visit& v, const MonitoringCase& c) {
  if (v.visitor.empty()) throw Error(ErrorCode::kInvalidArgument, "visit: the visitor is required");
  if (v.date < c.found) {
    throw Error(ErrorCode::kRange, "visit on " + v.date.to_string() + " is before case " + std::to_string(c.case_id) +
                                       " was opened (" + c.found.to_string() + ")");
  }
}

std::optional<Date> next_visit_due(const MonitoringCase& c, std::optional<Date> last_visit, const Policy& policy) {
  if (!is_under_monitoring(c.state) || !c.identified) return std::nullopt;
  // The schedule runs from the last visit, or from the clock start (identification or the last
  // rollback, case_clocks.hpp), by the case's current level.
  const Date start = *monitoring_clock_start(c);
  const Date from = last_visit && *last_visit > start ? *last_visit : start;
  switch (c.level) {
    case WarningLevel::kRed: return from.add_days(policy.visits.red_days);
    case WarningLevel::kYellow: return from.add_months(policy.visits.yellow_months);
    case WarningLevel::kBlue: return from.add_months(policy.visits.blue_months);
    case WarningLevel::kNone: break;
  }
  return std::nullopt;
}

}  // namespace rg
