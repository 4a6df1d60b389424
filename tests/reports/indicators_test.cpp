// Indicators: hand-checked scores on two small counties, ranking, JSON configuration.
#include <gtest/gtest.h>

#include "ruralguard/error.hpp"
#include "ruralguard/indicators.hpp"

namespace rg {
namespace {

// County A (hand-checked below): 20 formerly poor households, 2 of them monitored; formerly poor
// income 10000 -> 10800 yuan per person; 2 cases under monitoring, 1 with a measure; 100 yuan
// allocated, 40 disbursed of which 30 on industry.
RegionSummary county_a() {
  RegionSummary s;
  s.region = 500230000000ULL;
  s.households_by_type[1] = 20;
  s.households_by_type[3] = 80;
  s.assessed = 100;
  s.monitored = 3;
  s.monitored_formerly_poor = 2;
  s.fp_people_with_both_years = 50;
  s.fp_income_current_matched = Money::from_yuan(10800 * 50);
  s.fp_income_previous_matched = Money::from_yuan(10000 * 50);
  s.cases_under_monitoring = 2;
  s.cases_with_measure = 1;
  s.funds_allocated[0] = Money::from_yuan(100);
  s.funds_disbursed[0] = Money::from_yuan(40);
  s.industry_disbursed = Money::from_yuan(30);
  return s;
}

// County B meets every target: no monitored formerly poor household, 10% growth, full coverage,
// 60 of 100 disbursed (past the schedule), all on industry.
RegionSummary county_b() {
  RegionSummary s = county_a();
  s.region = 500231000000ULL;
  s.monitored_formerly_poor = 0;
  s.fp_income_current_matched = Money::from_yuan(11000 * 50);
  s.cases_with_measure = 2;
  s.funds_disbursed[0] = Money::from_yuan(60);
  s.industry_disbursed = Money::from_yuan(60);
  return s;
}

TEST(Indicators, DefaultSetScoresHandCheckedCounties) {
  const IndicatorSet set = default_indicators(Date::from_ymd(2024, 6, 30));
  ASSERT_EQ(set.indicators.size(), 5u);
  // 2024 is a leap year: 1 Jan .. 30 Jun is 182 of 366 days.
  EXPECT_EQ(set.indicators[3].target, Ratio(182, 366));
  EXPECT_EQ(set.indicators[4].target, Ratio(3, 5));
  const auto scores = score_regions({county_a(), county_b()}, set);
  ASSERT_EQ(scores.size(), 2u);
  EXPECT_EQ(scores[0].region, 500231000000ULL);
  EXPECT_EQ(scores[0].rank, 1);
  EXPECT_EQ(scores[0].total, Ratio(100, 1));
  const RegionScore& a = scores[1];
  EXPECT_EQ(a.rank, 2);
  // Return share 2/20 = 1/10 against 5%: score 1/2 of 30 points = 15.
  EXPECT_EQ(*a.items[0].value, Ratio(1, 10));
  EXPECT_EQ(a.items[0].contribution, Ratio(15, 1));
  EXPECT_FALSE(a.items[0].met);
  // Growth 8% >= 6.6%: 20 points.
  EXPECT_EQ(*a.items[1].value, Ratio(8, 100));
  EXPECT_EQ(a.items[1].contribution, Ratio(20, 1));
  // Coverage 1/2: 10 of 20 points.
  EXPECT_EQ(a.items[2].contribution, Ratio(10, 1));
  // Progress 2/5 against 91/183: score 366/455, 15 x 366/455 = 1098/91 points.
  EXPECT_EQ(a.items[3].score, Ratio(366, 455));
  EXPECT_EQ(a.items[3].contribution, Ratio(1098, 91));
  // Industry 3/4 >= 3/5: 15 points.
  EXPECT_EQ(a.items[4].contribution, Ratio(15, 1));
  EXPECT_EQ(a.total, Ratio(6558, 91));
}

TEST(Indicators, NoDataScoresZeroUnlessDeclaredFull) {
  const IndicatorSet set = default_indicators(Date::from_ymd(2024, 12, 31));
  const auto scores = score_regions({RegionSummary{}}, set);
  // Only measure coverage (no cases: vacuously covered) earns its 20 points.
  EXPECT_EQ(scores[0].total, Ratio(20, 1));
  EXPECT_FALSE(scores[0].items[0].value.has_value());
}

TEST(Indicators, EqualTotalsShareARank) {
  RegionSummary b = county_a();
  b.region = 500231000000ULL;
  const auto scores = score_regions({county_a(), b}, default_indicators(Date::from_ymd(2024, 6, 30)));
  EXPECT_EQ(scores[0].rank, 1);
  EXPECT_EQ(scores[1].rank, 1);
  EXPECT_EQ(scores[0].region, 500230000000ULL);
}

TEST(Indicators, JsonRoundTripAndErrorsNameTheIndicator) {
  const IndicatorSet set = default_indicators(Date::from_ymd(2023, 9, 30));
  const IndicatorSet back = indicators_from_json(indicators_to_json(set));
  ASSERT_EQ(back.indicators.size(), set.indicators.size());
  for (std::size_t i = 0; i < set.indicators.size(); ++i) {
    EXPECT_EQ(back.indicators[i].id, set.indicators[i].id);
    EXPECT_EQ(back.indicators[i].target, set.indicators[i].target);
    EXPECT_EQ(back.indicators[i].formula, set.indicators[i].formula);
  }
  const std::string unknown = R"({"indicators":[{"id":"x","name_zh":"甲","name_en":"X","formula":"rm -rf",
      "target":"1","weight":"1","better":"higher"}]})";
  try {
    (void)indicators_from_json(unknown);
    FAIL() << "accepted an unknown formula";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kParse);
    EXPECT_NE(std::string(e.what()).find("indicator 'x'"), std::string::npos) << e.what();
  }
  const std::string zero = R"({"indicators":[{"id":"x","name_zh":"甲","name_en":"X","formula":"industry_share",
      "target":"60%","weight":"0","better":"higher"}]})";
  EXPECT_THROW((void)indicators_from_json(zero), Error);
  EXPECT_THROW((void)indicators_from_json("{"), Error);
}

TEST(Indicators, LowerIsBetterScoresTargetOverValue) {
  Indicator i{"m", "监测占比", "Monitored share", Metric::kMonitoredShare, Ratio(1, 20), Ratio(1, 1), Better::kLower, false};
  EXPECT_EQ(indicator_score(i, Ratio(1, 40)), Ratio(1, 1));
  EXPECT_EQ(indicator_score(i, Ratio(1, 10)), Ratio(1, 2));
  i.target = Ratio();
  EXPECT_EQ(indicator_score(i, Ratio(1, 10)), Ratio());
  EXPECT_EQ(indicator_score(i, Ratio()), Ratio(1, 1));
}

}  // namespace
}  // namespace rg
