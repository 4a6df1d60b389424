// ruralguard C++ API: mergeable region summaries (季度台账 roll-ups), exact counts and money sums.
//
// A RegionSummary holds only sums and counts, so merge() is element-wise addition: associative,
// commutative, with the empty summary as identity. Summaries computed per village (or per
// partition anywhere) merge exactly into township, county, city and province (docs/reports.md).
// Every rate (elimination rate, measure coverage, progress, shares, means, growth) is derived on
// demand as an exact Ratio and rounded only when presented.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ruralguard/account.hpp"
#include "ruralguard/date.hpp"
#include "ruralguard/household.hpp"
#include "ruralguard/ledger_queries.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/project.hpp"
#include "ruralguard/ratio.hpp"
#include "ruralguard/region_code.hpp"
#include "ruralguard/risk.hpp"

namespace rg {

// Per-capita income buckets (yuan, lower bound inclusive) of the formerly poor people's income
// distribution. Fixed so that every summary, everywhere, has the same buckets and merges exactly.
inline constexpr std::array<int64_t, 8> kIncomeBucketLowerYuan = {0, 5000, 8000, 10000, 15000, 20000, 30000, 50000};
inline constexpr std::size_t kIncomeBucketCount = kIncomeBucketLowerYuan.size();
// Index of the bucket holding a per-capita income (negative incomes go to bucket 0).
[[nodiscard]] std::size_t income_bucket(Money per_capita_income) noexcept;

inline constexpr std::size_t kHouseholdTypeSlots = 4;  // index = HouseholdType value (0 unused)
inline constexpr std::size_t kCategorySlots = 4;       // index = MonitoringCategory value
inline constexpr std::size_t kLevelSlots = 4;          // index = WarningLevel value
inline constexpr std::size_t kCaseStateSlots = 14;     // index = CaseState value (0 unused)
inline constexpr std::size_t kProjectGroupSlots = 4;   // index = ProjectGroup value (0 unused)

// Asset tallies by (class, status), the hook for the project-asset module (issue 7): the codes
// are that module's enum values, kept opaque here so that summaries do not depend on it.
struct AssetKey {
  uint8_t asset_class = 0;
  uint8_t status = 0;
  friend auto operator<=>(const AssetKey&, const AssetKey&) = default;
};
struct AssetTally {
  int64_t count = 0;
  Money value;   // book value (原值)
  Money income;  // asset income (资产收益) in the period
  friend bool operator==(const AssetTally&, const AssetTally&) = default;
};

// Region values besides RegionCode values: none yet (the empty summary; merge's identity) and
// several provinces (the root every region lies in).
inline constexpr uint64_t kRegionNone = 0;
inline constexpr uint64_t kRegionSeveralProvinces = UINT64_MAX;

struct RegionSummary {
  uint64_t region = kRegionNone;  // RegionCode value this summary stands for, or a value above

  // Households and people (active members) by household type 户类型.
  std::array<int64_t, kHouseholdTypeSlots> households_by_type{};
  std::array<int64_t, kHouseholdTypeSlots> people_by_type{};

  // Rule assessment (the latest recorded run, or an on-the-fly run): households within monitoring
  // range by category and warning level; formerly poor households among them.
  int64_t assessed = 0;
  int64_t monitored = 0;
  int64_t monitored_formerly_poor = 0;
  std::array<int64_t, kCategorySlots> monitored_by_category{};
  std::array<int64_t, kLevelSlots> monitored_by_level{};

  // Monitoring cases 监测对象: by state; under monitoring by category and level; measures.
  std::array<int64_t, kCaseStateSlots> cases_by_state{};
  std::array<int64_t, kCategorySlots> cases_by_category{};  // under monitoring
  std::array<int64_t, kLevelSlots> cases_by_level{};        // under monitoring
  int64_t cases_under_monitoring = 0;   // identified, risk not eliminated
  int64_t cases_with_measure = 0;       // under monitoring with >= 1 planned/implemented measure
  int64_t cases_eliminated = 0;

  // Per-capita net income of formerly poor people 脱贫人口人均纯收入 (people-weighted).
  int64_t fp_people_with_income = 0;
  Money fp_income_people_sum;            // sum over households of per-capita income x people
  std::array<int64_t, kIncomeBucketCount> fp_income_people_by_bucket{};
  int64_t fp_people_with_both_years = 0;  // households with a previous statement as well
  Money fp_income_current_matched;        // per-capita x people, current, matched households
  Money fp_income_previous_matched;       // the same households' previous statement

  // Linkage funds 衔接资金 by FundLevel (index = level value - 1).
  std::array<Money, kFundLevelCount> funds_allocated{};
  std::array<Money, kFundLevelCount> funds_disbursed{};
  Money industry_disbursed;  // disbursed to 产业发展 projects

  // Projects 项目 (library entries) by group, and completed ones.
  std::array<int64_t, kProjectGroupSlots> projects_by_group{};
  std::array<int64_t, kProjectGroupSlots> completed_by_group{};

  // Project assets by class and status (filled by the asset module; empty until then).
  std::map<AssetKey, AssetTally> assets;

  // --- derived, exact (std::nullopt when the denominator is zero) ---
  [[nodiscard]] int64_t households() const;
  [[nodiscard]] int64_t people() const;
  [[nodiscard]] int64_t formerly_poor_households() const;
  [[nodiscard]] int64_t formerly_poor_people() const;
  [[nodiscard]] std::optional<Ratio> elimination_rate() const;   // eliminated / (under monitoring + eliminated)
  [[nodiscard]] std::optional<Ratio> measure_coverage() const;   // with measure / under monitoring
  [[nodiscard]] std::optional<Ratio> fp_income_mean() const;     // yuan per person, exact
  [[nodiscard]] std::optional<Ratio> fp_income_growth() const;   // current / previous - 1 (matched)
  [[nodiscard]] Money allocated_total() const;
  [[nodiscard]] Money disbursed_total() const;
  [[nodiscard]] std::optional<Ratio> progress(FundLevel level) const;
  [[nodiscard]] std::optional<Ratio> progress_total() const;
  [[nodiscard]] std::optional<Ratio> industry_share() const;     // industry disbursed / disbursed
  [[nodiscard]] int64_t projects() const;
  [[nodiscard]] int64_t projects_completed() const;
  [[nodiscard]] std::optional<Ratio> completion_rate() const;
  [[nodiscard]] std::optional<Ratio> monitored_share() const;    // monitored / assessed

  friend bool operator==(const RegionSummary&, const RegionSummary&) = default;
};

// The region both a and b lie in (deepest common ancestor): kRegionSeveralProvinces when they lie
// in different provinces; kRegionNone is the identity (common_region(kRegionNone, b) == b).
[[nodiscard]] uint64_t common_region(uint64_t a, uint64_t b);

// 12 digits for a region code; "unassigned" for kRegionNone, "several_provinces" for the root.
[[nodiscard]] std::string region_text(uint64_t region);

// Element-wise sum; the region becomes common_region(a.region, b.region). Throws Error(kOverflow)
// if a money sum overflows (never wraps).
[[nodiscard]] RegionSummary merge(const RegionSummary& a, const RegionSummary& b);
void merge_into(RegionSummary& into, const RegionSummary& from);

// Groups summaries by their region cut to `level` and merges each group; sorted by region.
// A summary whose region is coarser than `level` (e.g. county-level funds when rolling up to
// townships) stays under its own region code: it cannot be attributed to a smaller unit.
[[nodiscard]] std::vector<RegionSummary> roll_up(const std::vector<RegionSummary>& summaries, RegionLevel level);

// The raw sums as JSON, for moving partial summaries between processes or machines and merging
// them there: {"format": "ruralguard.summary/1", "regions": [{"region": <code>, field: value
// or [values]...}]}. Money is in integer 1/10000-yuan units, so nothing is rounded. Loading
// throws Error(kParse) naming the region and field for a missing or mistyped field, a wrong array
// length or an unknown format.
[[nodiscard]] std::string summaries_to_json(const std::vector<RegionSummary>& summaries);
// Longest text summaries_from_json reads (C: RG_SUMMARY_JSON_MAX): 256 MiB, about 150,000 region
// rows, more than the villages of any province; longer text is Error(kLimit) before parsing.
inline constexpr std::size_t kSummaryJsonBytesMax = std::size_t{1} << 28;
[[nodiscard]] std::vector<RegionSummary> summaries_from_json(std::string_view json_text);

// One household's facts as a summary needs them.
struct HouseholdSummaryRow {
  uint64_t region = 0;  // village code
  HouseholdType type = HouseholdType::kOrdinary;
  int32_t members = 0;
  bool has_income = false;
  Money per_capita_income;
  std::optional<Money> previous_per_capita_income;
  bool assessed = false;
  bool within_monitoring = false;
  MonitoringCategory category = MonitoringCategory::kNone;
  WarningLevel level = WarningLevel::kNone;
};

// One monitoring case as a summary needs it.
struct CaseSummaryRow {
  uint64_t region = 0;
  uint8_t state = 0;  // CaseState value
  MonitoringCategory category = MonitoringCategory::kNone;
  WarningLevel level = WarningLevel::kNone;
  bool has_measure = false;
};

// Builds summaries keyed by the region of each input (villages for households and cases; the
// account or project region for funds and projects). Pure: no I/O.
class SummaryBuilder {
 public:
  void add_household(const HouseholdSummaryRow& row);
  void add_case(const CaseSummaryRow& row);
  void add_fund_flow(const FundFlow& flow);  // flows with region 0 (unknown) stay under kRegionNone
  void add_project(const Project& project);
  // Hook for the asset module (issue 7): one asset of (class, status) with its value and income.
  void add_asset(uint64_t region, AssetKey key, Money value, Money income);

  // The summaries by region, sorted by region code.
  [[nodiscard]] std::vector<RegionSummary> summaries() const;

 private:
  RegionSummary& at(uint64_t region);
  std::map<uint64_t, RegionSummary> by_region_;
  uint64_t last_region_ = UINT64_MAX;
  RegionSummary* last_ = nullptr;
};

}  // namespace rg
