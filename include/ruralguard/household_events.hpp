// ruralguard C++ API: dated household events 家庭事件 that count for the risk rules (DOMAIN.md 1.4
// risk types, 1.5 department screening, 1.9 "no new risk").
//
// A disaster, an accident, a serious-illness diagnosis, a job loss, an industry failure, a sudden
// expenditure or the cadre's judgement that basic living is severely difficult is recorded with
// its date, its source (the discovery channel) and its evidence. Department clues create them.
// The assessment and the elimination gate read the events of the period in question: those dated
// within the 12 months before the as-of date (event_window), as HouseholdFacts::events bits.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ruralguard/clues.hpp"
#include "ruralguard/date.hpp"
#include "ruralguard/monitoring_case.hpp"
#include "ruralguard/risk.hpp"

namespace rg {

// Event kinds (values pinned; C: RG_EVENT_KIND_*). Kind k sets HouseholdEvent bit 1 << (k - 1),
// so the first six are the bits the risk engine always had (kEventNaturalDisaster ... kEventOther).
enum class HouseholdEventKind : uint8_t {
  kNaturalDisaster = 1,    // 自然灾害 -> RiskType natural disaster
  kAccident = 2,           // 意外事故 -> accident
  kIndustryFailure = 3,    // 产业项目失败 -> industry failure
  kJobLoss = 4,            // 务工就业不稳/失业 -> unstable employment
  kSevereDifficulty = 5,   // 干部研判: 基本生活严重困难 (cadre's judgement)
  kOther = 6,              // 其他 -> other
  kSeriousIllness = 7,     // 重大疾病确诊 (serious-illness diagnosis) -> illness
  kSuddenExpenditure = 8,  // 突发大额支出 (sudden large expenditure) -> high rigid expenditure
};
inline constexpr int kHouseholdEventKindCount = 8;

// The HouseholdEvent bit of a kind.
[[nodiscard]] constexpr uint16_t event_bit(HouseholdEventKind kind) {
  return static_cast<uint16_t>(1u << (static_cast<unsigned>(kind) - 1u));
}

// Bytes of an event's evidence text.
inline constexpr std::size_t kEventEvidenceMax = 256;
// Months before the as-of date whose events count (the income period: 12 months; DOMAIN-2026 §7.1
// row 7.1).
inline constexpr int32_t kEventWindowMonths = 12;

struct HouseholdEventRecord {
  int64_t event_id = 0;           // set by the store
  std::string household_id;
  HouseholdEventKind kind = HouseholdEventKind::kOther;
  Date date = Date::from_ymd(2021, 1, 1);       // when it happened
  ClueChannel source = ClueChannel::kCadreVisit;  // how it became known
  std::string evidence;           // document, report or note
  Date recorded = Date::from_ymd(2021, 1, 1);   // when it was recorded; the event is not after it
  std::optional<int64_t> clue_id;  // the department clue that created it
};

// Throws Error(kInvalidArgument) for an unknown kind or source, Error(kLimit) for evidence over
// kEventEvidenceMax bytes;
// Error(kRange) for an event dated after its recording date (a future event).
void check_household_event(const HouseholdEventRecord& e);

// The days whose events count on `as_of`: [as_of - 12 months, as_of], both inclusive.
struct EventWindow {
  Date first;
  Date last;
};
[[nodiscard]] EventWindow event_window(Date as_of);

// The event a department clue stands for (DOMAIN.md 1.5): a disaster loss or a house damaged
// reported by emergency management is a natural disaster, a job loss a job loss. Medical and
// school costs are already the statement's out-of-pocket spending (weighed by the rigid-
// expenditure rule), and a water cut, a new disability or a 低保 application are guarantee or
// status matters: none of these is an event.
[[nodiscard]] std::optional<HouseholdEventKind> event_of_clue(Department department, DeptMetric metric);

// English code ("natural_disaster") and Chinese name of a kind; "" for an unknown value.
[[nodiscard]] std::string_view household_event_code(HouseholdEventKind kind);
[[nodiscard]] std::string_view household_event_name_zh(HouseholdEventKind kind);
[[nodiscard]] std::optional<HouseholdEventKind> household_event_from_code(std::string_view code);

}  // namespace rg
