// ruralguard C++ API: assessment indicators 考核指标 and exact county scores (DOMAIN.md 5).
//
// An indicator is (id, zh/en name, formula, target, weight, better direction). The formula is one
// of a fixed catalogue of metrics derived exactly from a RegionSummary (docs/indicators.md): no
// expression language, so a configuration can never run code or divide by an unchecked zero.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/ratio.hpp"
#include "ruralguard/summary.hpp"

namespace rg {

// The formula catalogue. Values are pinned (C: RG_METRIC_*); ids are the JSON names.
enum class Metric : uint8_t {
  kMonitoredShare = 1,            // "monitored_share": monitored / assessed households
  kFormerlyPoorMonitoredShare = 2,// "formerly_poor_monitored_share": monitored formerly poor / formerly poor
  kEliminationRate = 3,           // "elimination_rate": eliminated / (under monitoring + eliminated)
  kMeasureCoverage = 4,           // "measure_coverage": cases with a measure / under monitoring
  kFpIncomeGrowth = 5,            // "fp_income_growth": formerly poor per-capita income growth (matched)
  kFpIncomeMean = 6,              // "fp_income_mean": yuan per formerly poor person
  kDisbursementProgress = 7,      // "disbursement_progress": disbursed / allocated, all levels
  kIndustryShare = 8,             // "industry_share": industry disbursed / disbursed
  kProjectCompletionRate = 9,     // "project_completion_rate": completed / projects
};
inline constexpr int kMetricCount = 9;

[[nodiscard]] std::string_view metric_id(Metric metric) noexcept;
[[nodiscard]] std::optional<Metric> metric_from_id(std::string_view id) noexcept;
// The metric's exact value, std::nullopt when its denominator is zero (no data).
[[nodiscard]] std::optional<Ratio> evaluate(Metric metric, const RegionSummary& summary);

enum class Better : uint8_t { kHigher = 1, kLower = 2 };

struct Indicator {
  std::string id;
  std::string name_zh;
  std::string name_en;
  Metric formula = Metric::kMeasureCoverage;
  Ratio target;           // the value that earns the full score
  Ratio weight;           // > 0; contributions are weight / sum of weights x 100 points
  Better better = Better::kHigher;
  bool no_data_full = false;  // no data (0/0) earns the full score (e.g. coverage with no cases)
};

struct IndicatorSet {
  static constexpr std::size_t kIndicatorsMax = 64;         // C: RG_INDICATORS_MAX
  static constexpr std::size_t kJsonBytesMax = 1 << 20;     // indicators_from_json text (1 MiB), C: RG_INDICATORS_JSON_MAX
  std::vector<Indicator> indicators;
};

// The default set from DOMAIN.md 5 (targets are parameters; docs/indicators.md gives sources):
// no large-scale return to poverty, income growth of formerly poor people above the rural
// average (`rural_income_growth`), 100% measure coverage, disbursement on schedule (the elapsed
// share of the fiscal year on `as_of`), industry share at or above the year's minimum.
[[nodiscard]] IndicatorSet default_indicators(Date as_of, const Ratio& rural_income_growth = Ratio(66, 1000));
// The year's required industry share: 50% (2021), 55% (2022), 60% (2023 on; ✖ after 2023).
[[nodiscard]] Ratio required_industry_share(int32_t year);

// JSON form: {"indicators": [{"id", "name_zh", "name_en", "formula", "target", "weight",
// "better": "higher"|"lower", "no_data_full"}]}; target and weight are exact text ("3/5", "0.6",
// "60%"). Throws Error(kParse) naming the indicator and field, Error(kInvalidArgument) for a
// duplicate id, a weight <= 0 or an empty set, Error(kLimit) for more than kIndicatorsMax
// indicators or text above kJsonBytesMax.
[[nodiscard]] IndicatorSet indicators_from_json(std::string_view json_text);
[[nodiscard]] std::string indicators_to_json(const IndicatorSet& set);
// Throws Error(kInvalidArgument) as above.
void validate(const IndicatorSet& set);

struct IndicatorScore {
  std::string id;
  std::optional<Ratio> value;  // nullopt: no data
  Ratio score;                 // 0..1
  Ratio contribution;          // points out of 100: 100 x weight / sum(weights) x score
  bool met = false;            // the target is reached
};

struct RegionScore {
  uint64_t region = 0;
  std::vector<IndicatorScore> items;  // in the set's order
  Ratio total;                        // sum of contributions, 0..100
  int32_t rank = 0;                   // 1 = best; equal totals share a rank
};

// Score of one indicator: full (1) at or beyond the target in the better direction; otherwise
// value / target (higher is better) or target / value (lower is better), never below 0.
[[nodiscard]] Ratio indicator_score(const Indicator& indicator, const std::optional<Ratio>& value);
// Scores every summary and ranks them (by total descending, then region code).
[[nodiscard]] std::vector<RegionScore> score_regions(const std::vector<RegionSummary>& summaries,
                                                     const IndicatorSet& set);

}  // namespace rg
