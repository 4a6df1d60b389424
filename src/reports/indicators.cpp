// Assessment indicators: the formula catalogue, the default set, JSON form and exact scoring.
#include "ruralguard/indicators.hpp"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <set>

#include "ruralguard/error.hpp"

namespace rg {

namespace {

constexpr std::array<std::string_view, kMetricCount> kMetricIds = {
    "monitored_share", "formerly_poor_monitored_share", "elimination_rate", "measure_coverage",
    "fp_income_growth", "fp_income_mean", "disbursement_progress", "industry_share", "project_completion_rate"};

std::optional<Ratio> share(int64_t num, int64_t den) {
  if (den == 0) return std::nullopt;
  return Ratio(num, den);
}

[[noreturn]] void bad(const std::string& where, const std::string& what) {
  throw Error(ErrorCode::kParse, "indicators: " + where + ": " + what);
}

}  // namespace

std::string_view metric_id(Metric metric) noexcept {
  const auto i = static_cast<std::size_t>(metric);
  return i >= 1 && i <= kMetricIds.size() ? kMetricIds[i - 1] : std::string_view("unknown");
}

std::optional<Metric> metric_from_id(std::string_view id) noexcept {
  for (std::size_t i = 0; i < kMetricIds.size(); ++i) {
    if (kMetricIds[i] == id) return static_cast<Metric>(i + 1);
  }
  return std::nullopt;
}

std::optional<Ratio> evaluate(Metric metric, const RegionSummary& s) {
  switch (metric) {
    case Metric::kMonitoredShare: return s.monitored_share();
    case Metric::kFormerlyPoorMonitoredShare: return share(s.monitored_formerly_poor, s.formerly_poor_households());
    case Metric::kEliminationRate: return s.elimination_rate();
    case Metric::kMeasureCoverage: return s.measure_coverage();
    case Metric::kFpIncomeGrowth: return s.fp_income_growth();
    case Metric::kFpIncomeMean: return s.fp_income_mean();
    case Metric::kDisbursementProgress: return s.progress_total();
    case Metric::kIndustryShare: return s.industry_share();
    case Metric::kProjectCompletionRate: return s.completion_rate();
  }
  throw Error(ErrorCode::kInvalidArgument, "indicators: metric " + std::to_string(static_cast<int>(metric)) +
                                               " is not in the catalogue");
}

Ratio required_industry_share(int32_t year) {
  if (year <= 2021) return Ratio(1, 2);
  if (year == 2022) return Ratio(55, 100);
  return Ratio(60, 100);
}

IndicatorSet default_indicators(Date as_of, const Ratio& rural_income_growth) {
  const Date start = as_of.year_start();
  const int64_t elapsed = start.days_until(as_of) + 1;
  const int64_t year_days = start.days_until(as_of.year_end()) + 1;
  IndicatorSet set;
  set.indicators = {
      {"no_large_scale_return", "不发生规模性返贫", "No large-scale return to poverty",
       Metric::kFormerlyPoorMonitoredShare, Ratio(5, 100), Ratio(30, 1), Better::kLower, false},
      {"fp_income_growth", "脱贫人口收入增速高于农村平均", "Income growth of formerly poor people above the rural average",
       Metric::kFpIncomeGrowth, rural_income_growth, Ratio(20, 1), Better::kHigher, false},
      {"measure_coverage", "帮扶措施全覆盖", "Assistance measures for every monitored household",
       Metric::kMeasureCoverage, Ratio(1, 1), Ratio(20, 1), Better::kHigher, true},
      {"disbursement_on_schedule", "资金支出达到序时进度", "Disbursement on schedule", Metric::kDisbursementProgress,
       Ratio(elapsed, year_days), Ratio(15, 1), Better::kHigher, false},
      {"industry_share", "产业发展资金占比达标", "Industry share at or above the year's minimum", Metric::kIndustryShare,
       required_industry_share(as_of.year()), Ratio(15, 1), Better::kHigher, false},
  };
  return set;
}

void validate(const IndicatorSet& set) {
  if (set.indicators.empty()) throw Error(ErrorCode::kInvalidArgument, "indicators: the set is empty");
  if (set.indicators.size() > IndicatorSet::kIndicatorsMax) {
    throw Error(ErrorCode::kLimit, "indicators: " + std::to_string(set.indicators.size()) +
                                       " indicators exceed the maximum of " +
                                       std::to_string(IndicatorSet::kIndicatorsMax) + " (kIndicatorsMax)");
  }
  std::set<std::string> ids;
  for (const Indicator& i : set.indicators) {
    if (i.id.empty()) throw Error(ErrorCode::kInvalidArgument, "indicators: an indicator has an empty id");
    if (!ids.insert(i.id).second) throw Error(ErrorCode::kInvalidArgument, "indicators: duplicate id '" + i.id + "'");
    if (i.weight.sign() <= 0) {
      throw Error(ErrorCode::kInvalidArgument,
                  "indicators: indicator '" + i.id + "': weight " + i.weight.to_fraction() + " must be > 0");
    }
    if (metric_id(i.formula) == "unknown") {
      throw Error(ErrorCode::kInvalidArgument, "indicators: indicator '" + i.id + "': unknown formula");
    }
  }
}

static IndicatorSet decode_indicators_from_json(std::string_view json_text) {
  if (json_text.size() > IndicatorSet::kJsonBytesMax) {
    throw Error(ErrorCode::kLimit, "indicators: JSON text is " + std::to_string(json_text.size()) +
                                       " bytes, more than the maximum " + std::to_string(IndicatorSet::kJsonBytesMax) +
                                       " (IndicatorSet::kJsonBytesMax)");
  }
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kParse, std::string("indicators: malformed JSON: ") + e.what());
  }
  if (!doc.is_object() || !doc.contains("indicators") || !doc["indicators"].is_array()) {
    bad("document", "expected an object with an array 'indicators'");
  }
  IndicatorSet set;
  std::size_t n = 0;
  for (const auto& j : doc["indicators"]) {
    const std::string where = "indicator #" + std::to_string(++n);
    if (!j.is_object()) bad(where, "is not an object");
    auto text = [&](const char* field) -> std::string {
      if (!j.contains(field) || !j[field].is_string()) bad(where, std::string("field '") + field + "' must be a string");
      return j[field].get<std::string>();
    };
    Indicator i;
    i.id = text("id");
    const std::string at = "indicator '" + i.id + "'";
    i.name_zh = text("name_zh");
    i.name_en = text("name_en");
    const std::string formula = text("formula");
    const auto metric = metric_from_id(formula);
    if (!metric) bad(at, "formula '" + formula + "' is not in the catalogue (docs/indicators.md)");
    i.formula = *metric;
    i.target = Ratio::parse(text("target"));
    i.weight = Ratio::parse(text("weight"));
    const std::string better = text("better");
    if (better == "higher") {
      i.better = Better::kHigher;
    } else if (better == "lower") {
      i.better = Better::kLower;
    } else {
      bad(at, "better must be 'higher' or 'lower', got '" + better + "'");
    }
    if (j.contains("no_data_full")) {
      if (!j["no_data_full"].is_boolean()) bad(at, "no_data_full must be true or false");
      i.no_data_full = j["no_data_full"].get<bool>();
    }
    set.indicators.push_back(std::move(i));
    if (set.indicators.size() > IndicatorSet::kIndicatorsMax) break;
  }
  validate(set);
  return set;
}

std::string indicators_to_json(const IndicatorSet& set) {
  nlohmann::json arr = nlohmann::json::array();
  for (const Indicator& i : set.indicators) {
    arr.push_back({{"id", i.id},
                   {"name_zh", i.name_zh},
                   {"name_en", i.name_en},
                   {"formula", std::string(metric_id(i.formula))},
                   {"target", i.target.to_fraction()},
                   {"weight", i.weight.to_fraction()},
                   {"better", i.better == Better::kHigher ? "higher" : "lower"},
                   {"no_data_full", i.no_data_full}});
  }
  return nlohmann::json{{"indicators", arr}}.dump(2);
}

Ratio indicator_score(const Indicator& ind, const std::optional<Ratio>& value) {
  const Ratio one = Ratio::from_integer(1);
  if (!value) return ind.no_data_full ? one : Ratio();
  const Ratio& v = *value;
  if (ind.better == Better::kHigher) {
    if (v >= ind.target) return one;
    if (ind.target.sign() <= 0 || v.sign() <= 0) return Ratio();
    return v / ind.target;
  }
  if (v <= ind.target) return one;
  if (ind.target.sign() <= 0) return Ratio();
  return ind.target / v;  // v > target > 0
}

std::vector<RegionScore> score_regions(const std::vector<RegionSummary>& summaries, const IndicatorSet& set) {
  validate(set);
  Ratio weights;
  for (const Indicator& i : set.indicators) weights = weights + i.weight;
  std::vector<RegionScore> out;
  out.reserve(summaries.size());
  for (const RegionSummary& s : summaries) {
    RegionScore r;
    r.region = s.region;
    for (const Indicator& ind : set.indicators) {
      IndicatorScore item;
      item.id = ind.id;
      item.value = evaluate(ind.formula, s);
      item.score = indicator_score(ind, item.value);
      item.met = item.score == Ratio::from_integer(1);
      item.contribution = Ratio::from_integer(100) * ind.weight / weights * item.score;
      r.total = r.total + item.contribution;
      r.items.push_back(std::move(item));
    }
    out.push_back(std::move(r));
  }
  std::stable_sort(out.begin(), out.end(), [](const RegionScore& a, const RegionScore& b) {
    if (a.total != b.total) return a.total > b.total;
    return a.region < b.region;
  });
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].rank = (i > 0 && out[i].total == out[i - 1].total) ? out[i - 1].rank : static_cast<int32_t>(i + 1);
  }
  return out;
}

// Any nlohmann exception left (a value of the wrong JSON type deep inside, a number that does
// not fit) is malformed input, never an internal error: found by tests/fuzz (docs/hardening.md).
IndicatorSet indicators_from_json(std::string_view json_text) {
  try {
    return decode_indicators_from_json(json_text);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kParse, std::string("indicators: malformed JSON: ") + e.what());
  }
}

}  // namespace rg
