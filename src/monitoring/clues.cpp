// Department-data screening 部门筛查 (DOMAIN.md 1.5): thresholds from the policy, one clue per
// trigger.
#include "ruralguard/clues.hpp"

#include <tuple>
#include <unordered_set>

#include "ruralguard/error.hpp"

namespace rg {
namespace {

bool metric_belongs(Department d, DeptMetric m) {
  switch (m) {
    case DeptMetric::kInpatientOutOfPocketYtd:
    case DeptMetric::kOutpatientSpecialMonthly: return d == Department::kMedicalInsurance;
    case DeptMetric::kSchoolCostYear: return d == Department::kEducation;
    case DeptMetric::kHouseDamaged: return d == Department::kHousing || d == Department::kEmergency;
    case DeptMetric::kWaterSupplyCut: return d == Department::kWater;
    case DeptMetric::kDisasterLoss: return d == Department::kEmergency;
    case DeptMetric::kNewDisability: return d == Department::kDisability;
    case DeptMetric::kDibaoApplication: return d == Department::kCivilAffairs;
    case DeptMetric::kJobLoss: return d == Department::kHumanResources;
  }
  return false;
}

struct KeyHash {
  std::size_t operator()(const std::tuple<int64_t, int, int, int32_t>& k) const noexcept {
    const auto [h, d, m, p] = k;
    return std::hash<int64_t>{}(h * 1000003 + d * 10007 + m * 101 + p);
  }
};

}  // namespace

int32_t trigger_period_key(DeptMetric metric, Date period) {
  switch (metric) {
    case DeptMetric::kInpatientOutOfPocketYtd:
    case DeptMetric::kSchoolCostYear: return period.year();
    case DeptMetric::kOutpatientSpecialMonthly: return period.year() * 100 + period.month();
    default: return period.days_since_epoch();
  }
}

ScreeningResult screen_department_records(std::span<const DepartmentRecord> records, const Policy& policy) {
  ScreeningResult out;
  out.status.assign(records.size(), 0);
  std::unordered_set<std::tuple<int64_t, int, int, int32_t>, KeyHash> seen;
  seen.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    const DepartmentRecord& r = records[i];
    const auto d = static_cast<int>(r.department);
    const auto m = static_cast<int>(r.metric);
    if (d < 1 || d > 8 || m < 1 || m > 9 || !metric_belongs(r.department, r.metric) || r.amount.is_negative() ||
        r.household_key <= 0) {
      out.status[i] = static_cast<int32_t>(ErrorCode::kRange);
      continue;
    }
    bool hit = false;
    switch (r.metric) {
      case DeptMetric::kInpatientOutOfPocketYtd:
        hit = r.amount >= (r.formerly_poor ? policy.screening.medical_oop_formerly_poor : policy.screening.medical_oop_other);
        break;
      case DeptMetric::kOutpatientSpecialMonthly: hit = r.amount >= policy.screening.outpatient_special_monthly; break;
      case DeptMetric::kSchoolCostYear: hit = r.amount > policy.screening.school_cost; break;
      default: hit = true; break;
    }
    if (!hit) {
      ++out.below_threshold;
      continue;
    }
    const int32_t key = trigger_period_key(r.metric, r.period);
    if (!seen.emplace(r.household_key, d, m, key).second) {
      ++out.duplicates;
      continue;
    }
    out.clues.push_back({r.household_key, r.department, r.metric, key, r.amount, r.period, i});
  }
  return out;
}

}  // namespace rg
