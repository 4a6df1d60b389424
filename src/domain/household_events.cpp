// Household events: checks, the window that counts, and the event a department clue stands for
// (household_events.hpp; DOMAIN.md 1.4, 1.5, 1.9).
#include "ruralguard/household_events.hpp"

#include <array>

#include "ruralguard/error.hpp"

namespace rg {
namespace {

struct KindName {
  HouseholdEventKind kind;
  std::string_view code;
  std::string_view zh;
};
constexpr std::array<KindName, kHouseholdEventKindCount> kKinds{{
    {HouseholdEventKind::kNaturalDisaster, "natural_disaster", "自然灾害"},
    {HouseholdEventKind::kAccident, "accident", "意外事故"},
    {HouseholdEventKind::kIndustryFailure, "industry_failure", "产业项目失败"},
    {HouseholdEventKind::kJobLoss, "job_loss", "失业/务工就业不稳"},
    {HouseholdEventKind::kSevereDifficulty, "severe_difficulty", "基本生活严重困难"},
    {HouseholdEventKind::kOther, "other", "其他"},
    {HouseholdEventKind::kSeriousIllness, "serious_illness", "重大疾病确诊"},
    {HouseholdEventKind::kSuddenExpenditure, "sudden_expenditure", "突发大额支出"},
}};

// The kinds keep the bits the risk engine had before events were stored.
static_assert(event_bit(HouseholdEventKind::kNaturalDisaster) == kEventNaturalDisaster);
static_assert(event_bit(HouseholdEventKind::kAccident) == kEventAccident);
static_assert(event_bit(HouseholdEventKind::kIndustryFailure) == kEventIndustryFailure);
static_assert(event_bit(HouseholdEventKind::kJobLoss) == kEventUnstableEmployment);
static_assert(event_bit(HouseholdEventKind::kSevereDifficulty) == kEventSevereDifficulty);
static_assert(event_bit(HouseholdEventKind::kOther) == kEventOther);
static_assert(event_bit(HouseholdEventKind::kSeriousIllness) == kEventSeriousIllness);
static_assert(event_bit(HouseholdEventKind::kSuddenExpenditure) == kEventSuddenExpenditure);

}  // namespace

std::string_view household_event_code(HouseholdEventKind kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k.code;
  }
  return {};
}

std::string_view household_event_name_zh(HouseholdEventKind kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k.zh;
  }
  return {};
}

std::optional<HouseholdEventKind> household_event_from_code(std::string_view code) {
  for (const auto& k : kKinds) {
    if (k.code == code) return k.kind;
  }
  return std::nullopt;
}

void check_household_event(const HouseholdEventRecord& e) {
  const auto k = static_cast<int>(e.kind);
  if (k < 1 || k > kHouseholdEventKindCount) {
    throw Error(ErrorCode::kInvalidArgument, "household event: unknown event type " + std::to_string(k) +
                                                 " (1..8: natural_disaster, accident, industry_failure, job_loss, "
                                                 "severe_difficulty, other, serious_illness, sudden_expenditure)");
  }
  const auto s = static_cast<int>(e.source);
  if (s < static_cast<int>(ClueChannel::kSelfDeclared) || s > static_cast<int>(ClueChannel::kSupervision)) {
    throw Error(ErrorCode::kInvalidArgument, "household event: unknown source " + std::to_string(s) + " (a channel 1..7)");
  }
  if (e.household_id.empty()) throw Error(ErrorCode::kInvalidArgument, "household event: household_id is required");
  if (e.evidence.size() > kEventEvidenceMax) {
    throw Error(ErrorCode::kLimit, "household event: evidence of " + std::to_string(e.evidence.size()) +
                                                 " bytes exceeds " + std::to_string(kEventEvidenceMax) +
                                                 " (kEventEvidenceMax)");
  }
  if (e.date > e.recorded) {
    throw Error(ErrorCode::kRange, "household event " + std::string(household_event_code(e.kind)) + " dated " +
                                       e.date.to_string() + " is after its recording date " +
                                       e.recorded.to_string() + " (a future event)");
  }
}

EventWindow event_window(Date as_of) { return {as_of.add_months(-kEventWindowMonths), as_of}; }

std::optional<HouseholdEventKind> event_of_clue(Department department, DeptMetric metric) {
  switch (metric) {
    case DeptMetric::kDisasterLoss: return HouseholdEventKind::kNaturalDisaster;
    case DeptMetric::kHouseDamaged:
      if (department == Department::kEmergency) return HouseholdEventKind::kNaturalDisaster;
      return std::nullopt;
    case DeptMetric::kJobLoss: return HouseholdEventKind::kJobLoss;
    // Medical and school costs are the household's compliant out-of-pocket spending, which its
    // income statement carries and the rigid-expenditure rule already weighs: an event as well
    // would count them twice and keep a resolved expense blocking elimination for 12 months.
    case DeptMetric::kInpatientOutOfPocketYtd:
    case DeptMetric::kOutpatientSpecialMonthly:
    case DeptMetric::kSchoolCostYear:
    case DeptMetric::kWaterSupplyCut:
    case DeptMetric::kNewDisability:
    case DeptMetric::kDibaoApplication: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace rg
