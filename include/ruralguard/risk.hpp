// ruralguard C++ API: risk assessment 防止返贫动态监测 — who must be monitored, why, how urgently.
//
// assess() is a pure function of (household facts, policy, as-of date). The batch form runs the
// same rule over struct-of-arrays columns without allocating, so one call covers a province.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/policy.hpp"

namespace rg {

// Household types 户类型 (values pinned; C: RG_HOUSEHOLD_*).
enum class HouseholdKind : uint8_t {
  kFormerlyPoor = 1,          // 脱贫户
  kFormerlyPoorNoPolicy = 2,  // 脱贫不享受政策户
  kOrdinary = 3,              // 一般农户
};

// Monitoring categories 监测对象类别 (C: RG_CATEGORY_*).
enum class MonitoringCategory : uint8_t {
  kNone = 0,
  kUnstableFormerlyPoor = 1,  // 脱贫不稳定户
  kMarginal = 2,              // 边缘易致贫户
  kSuddenSevere = 3,          // 突发严重困难户
};

// Warning levels 红黄蓝 (C: RG_LEVEL_*).
enum class WarningLevel : uint8_t { kNone = 0, kBlue = 1, kYellow = 2, kRed = 3 };

// Events reported by clues or visits that the household data alone cannot show.
enum HouseholdEvent : uint16_t {
  kEventNaturalDisaster = 1u << 0,
  kEventAccident = 1u << 1,
  kEventIndustryFailure = 1u << 2,
  kEventUnstableEmployment = 1u << 3,
  kEventSevereDifficulty = 1u << 4,  // cadre's judgement: basic living severely difficult
  kEventOther = 1u << 5,
  kEventSeriousIllness = 1u << 6,     // serious-illness diagnosis 重大疾病确诊 (household_events.hpp)
  kEventSuddenExpenditure = 1u << 7,  // sudden large expenditure 突发大额支出
};

// Guarantee failures 两不愁三保障 + drinking water (bits).
enum GuaranteeFailure : uint8_t {
  kGuaranteeChildOutOfSchool = 1u << 0,  // 义务教育: a compulsory-school-age child out of school
  kGuaranteeUninsured = 1u << 1,         // 基本医疗: a member without basic medical insurance
  kGuaranteeUnsafeHouse = 1u << 2,       // 住房安全: unsafe or damaged house
  kGuaranteeUnsafeWater = 1u << 3,       // 饮水安全: drinking water not secured
  kGuaranteeFood = 1u << 4,              // 不愁吃穿: food or clothing not secured
};

// What the rules need to know about one household (the row form of HouseholdColumns).
struct HouseholdFacts {
  uint64_t region_code = 0;  // RegionCode value (12 digits); selects county threshold overrides
  HouseholdKind kind = HouseholdKind::kOrdinary;
  Money per_capita_income;                    // 人均纯收入 of the current period
  std::optional<Money> previous_per_capita_income;  // previous period, for income drops
  Money net_income;                           // 家庭纯收入 of the current period
  Money medical_out_of_pocket;                // 合规自付 medical, 12 months
  Money education_out_of_pocket;              // school costs after subsidies, 12 months
  Date income_period_end = Date::from_ymd(2021, 12, 31);
  int32_t members = 1;                        // active members (family size)
  int32_t labour_capable = 0;                 // skilled or ordinary labour
  int32_t weak_labour = 0;                    // weak or half labour
  int32_t seriously_ill = 0;
  int32_t chronically_ill = 0;
  int32_t disabled = 0;
  uint8_t guarantee_failures = 0;             // GuaranteeFailure bits
  uint16_t events = 0;                        // HouseholdEvent bits
};

// One reason behind an assessment, with its points. `value` and `limit` carry the amounts the
// explanation quotes (e.g. income and threshold), zero when not applicable.
enum class ReasonCode : uint8_t {
  kIncomeBelowThreshold = 1,
  kIncomeGap = 2,
  kRiskType = 3,          // `risk` says which
  kGuaranteeFailure = 4,  // `detail` says which
  kRigidExpenditureAfterIncome = 5,  // income after rigid spending below the threshold
};

struct Reason {
  ReasonCode code = ReasonCode::kRiskType;
  RiskType risk = RiskType::kOther;
  uint8_t detail = 0;  // the GuaranteeFailure bit (kGuaranteeFailure) or the tenths (kIncomeGap)
  int32_t points = 0;
  Money value;
  Money limit;
};

struct Assessment {
  bool within_monitoring = false;
  MonitoringCategory category = MonitoringCategory::kNone;
  uint32_t risk_mask = 0;  // bit i = RiskType i
  int32_t score = 0;
  WarningLevel level = WarningLevel::kNone;
  std::optional<Date> next_visit;
  Money threshold;
  std::vector<Reason> reasons;
};

// Throws Error(kRange) when as_of is before the end of the income period (the facts would describe
// the future) or the facts are inconsistent (members < 1, negative counts or amounts).
[[nodiscard]] Assessment assess(const HouseholdFacts& facts, const Policy& policy, Date as_of);

// Human-readable explanation, one line per reason plus a summary line.
enum class Language { kZhCN, kEn };
[[nodiscard]] std::string explain(const Assessment& assessment, Language language);

// --- Batch form -----------------------------------------------------------------------------

// Struct-of-arrays input. Amounts are Money units. The first columns up to members and
// labour_capable are required; the others may be left empty, meaning "zero" for every row (or
// "unknown" for previous_per_capita_income). A non-empty column must have the same length.
struct HouseholdColumns {
  std::span<const uint64_t> region_code;
  std::span<const uint8_t> kind;
  std::span<const int64_t> per_capita_income;
  std::span<const int64_t> previous_per_capita_income;  // INT64_MIN = unknown
  std::span<const int64_t> net_income;
  std::span<const int64_t> medical_out_of_pocket;
  std::span<const int64_t> education_out_of_pocket;
  std::span<const int32_t> income_period_end;  // days since 1970-01-01
  std::span<const int32_t> members;
  std::span<const int32_t> labour_capable;
  std::span<const int32_t> weak_labour;
  std::span<const int32_t> seriously_ill;
  std::span<const int32_t> chronically_ill;
  std::span<const int32_t> disabled;
  std::span<const uint8_t> guarantee_failures;
  std::span<const uint16_t> events;

  // Throws Error(kInvalidArgument) naming the first column whose length differs.
  [[nodiscard]] std::size_t size() const;
  // Row `row` as HouseholdFacts (empty optional columns read as zero, or "unknown" for the
  // previous income). The one per-row accessor: the batch, the elimination gate and the store use
  // it, so the column-to-facts mapping is written once. `row` must be below size().
  [[nodiscard]] HouseholdFacts facts(std::size_t row) const;
};

// Per-household outputs written into caller buffers of the input's length; an empty span is
// skipped (the caller does not want that output).
struct AssessmentColumns {
  std::span<uint8_t> within_monitoring;
  std::span<uint8_t> category;
  std::span<uint32_t> risk_mask;
  std::span<int32_t> score;
  std::span<uint8_t> level;
  std::span<int32_t> next_visit;  // days since 1970-01-01; INT32_MIN = none
  std::span<int32_t> status;      // 0 ok, else the rg_status of that household's error
};

// Largest batch of one assess_batch call (C: RG_BATCH_ROWS_MAX).
inline constexpr std::size_t kBatchRowsMax = 100'000'000;

// Runs assess() over every row. A row with bad data gets its status set and the others go on;
// returns the number of rows with a non-zero status. Throws Error(kInvalidArgument) for
// mismatched column lengths, Error(kLimit) for more than kBatchRowsMax rows.
std::size_t assess_batch(const HouseholdColumns& in, const Policy& policy, Date as_of,
                         const AssessmentColumns& out);

}  // namespace rg
