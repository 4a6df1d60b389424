// Alkire-Foster: the published example with every measure hand-computed, weights, k, ordinal
// data, person weights, validation and limits.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ruralguard/error.hpp"
#include "measures/ratio_print.hpp"
#include "ruralguard/poverty_measures.hpp"

namespace {

using rg::ErrorCode;
using rg::Ratio;
using namespace rg::measures;

std::vector<Ratio> parse_all(std::initializer_list<const char*> texts) {
  std::vector<Ratio> out;
  for (const char* t : texts) out.push_back(Ratio::parse(t));
  return out;
}

// Alkire & Foster (2011), "Counting and multidimensional poverty measurement", the four-person
// example: achievements (income, years of schooling, ...), deprived when strictly below z.
struct PublishedExample {
  std::vector<Ratio> y = parse_all({"13.1", "14", "4", "1",  //
                                    "15.2", "7", "5", "0",   //
                                    "12.5", "10", "1", "0",  //
                                    "20", "11", "3", "1"});
  std::vector<Ratio> z = parse_all({"13", "12", "3", "1"});
  std::vector<Ratio> w = parse_all({"1", "1", "1", "1"});
  AlkireFosterInput input() const {
    AlkireFosterInput in;
    in.people = 4;
    in.indicators = 4;
    in.achievements = y;
    in.cutoffs = z;
    in.weights = w;
    in.k = Ratio(1, 2);
    return in;
  }
};

std::vector<Ratio> fractions(std::initializer_list<std::pair<int64_t, int64_t>> values) {
  std::vector<Ratio> out;
  for (const auto& [n, d] : values) out.emplace_back(n, d);
  return out;
}

ErrorCode code_of(const AlkireFosterInput& in, std::string* message = nullptr) {
  try {
    (void)alkire_foster(in);
  } catch (const rg::Error& e) {
    if (message != nullptr) *message = e.what();
    return e.code();
  }
  ADD_FAILURE() << "expected an rg::Error";
  return ErrorCode::kInternal;
}

TEST(AlkireFoster, PublishedExampleGivesHalfThreeQuartersThreeEighths) {
  const PublishedExample ex;
  const auto r = alkire_foster(ex.input());
  EXPECT_EQ(r.headcount, Ratio(1, 2));
  EXPECT_EQ(r.intensity, Ratio(3, 4));
  EXPECT_EQ(r.adjusted_headcount, Ratio(3, 8));
}

TEST(AlkireFoster, PublishedExampleHandComputedDetails) {
  const PublishedExample ex;
  const auto r = alkire_foster(ex.input());
  // Deprivations: person 1 none, person 2 indicators 2 and 4, person 3 all, person 4 indicator 2.
  EXPECT_EQ(r.deprivation_score, fractions({{0, 1}, {1, 2}, {1, 1}, {1, 4}}));
  EXPECT_EQ(r.poor, (std::vector<uint8_t>{0, 1, 1, 0}));
  EXPECT_EQ(r.uncensored_headcount, fractions({{1, 4}, {3, 4}, {1, 4}, {1, 2}}));
  EXPECT_EQ(r.censored_headcount, fractions({{1, 4}, {1, 2}, {1, 4}, {1, 2}}));
  EXPECT_EQ(r.contribution, fractions({{1, 6}, {1, 3}, {1, 6}, {1, 3}}));
  // Censored normalised gaps: person 2: 5/12, 1; person 3: 1/26, 1/6, 2/3, 1.
  // M1 = (1/4)(1/4)(5/12 + 1 + 1/26 + 1/6 + 2/3 + 1) = 171/832.
  ASSERT_TRUE(r.adjusted_gap.has_value());
  EXPECT_EQ(*r.adjusted_gap, Ratio(171, 832));
  // M2 = (1/16)(25/144 + 1 + 1/676 + 1/36 + 4/9 + 1) = 21475/129792.
  ASSERT_TRUE(r.adjusted_squared_gap.has_value());
  EXPECT_EQ(*r.adjusted_squared_gap, Ratio(21475, 129792));
}

TEST(AlkireFoster, WeightsAreNormalisedSoOnlyTheirProportionsMatter) {
  const PublishedExample ex;
  const auto base = alkire_foster(ex.input());
  for (const char* each : {"1/4", "7", "0.001"}) {
    const std::vector<Ratio> w(4, Ratio::parse(each));
    auto in = ex.input();
    in.weights = w;
    const auto r = alkire_foster(in);
    EXPECT_EQ(r.adjusted_headcount, base.adjusted_headcount) << each;
    EXPECT_EQ(*r.adjusted_squared_gap, *base.adjusted_squared_gap) << each;
    EXPECT_EQ(r.contribution, base.contribution) << each;
  }
}

TEST(AlkireFoster, UnequalWeightsIncomeCountsHalf) {
  const PublishedExample ex;
  const auto w = fractions({{1, 2}, {1, 6}, {1, 6}, {1, 6}});
  auto in = ex.input();
  in.weights = w;
  in.k = Ratio(1, 3);
  const auto r = alkire_foster(in);
  EXPECT_EQ(r.deprivation_score, fractions({{0, 1}, {1, 3}, {1, 1}, {1, 6}}));
  EXPECT_EQ(r.headcount, Ratio(1, 2));
  EXPECT_EQ(r.intensity, Ratio(2, 3));
  EXPECT_EQ(r.adjusted_headcount, Ratio(1, 3));  // = 1/2 * 1/4 + 1/6 * (1/2 + 1/4 + 1/2)
  EXPECT_EQ(r.contribution, fractions({{3, 8}, {1, 4}, {1, 8}, {1, 4}}));
}

TEST(AlkireFoster, AtOrBelowAndIntersectionCutoff) {
  const PublishedExample ex;
  auto in = ex.input();
  in.below = Below::kAtOrBelow;  // scores become 1/4, 1/2, 1, 3/4
  const auto r = alkire_foster(in);
  EXPECT_EQ(r.headcount, Ratio(3, 4));
  EXPECT_EQ(r.intensity, Ratio(3, 4));
  EXPECT_EQ(r.adjusted_headcount, Ratio(9, 16));
  auto intersection = ex.input();
  intersection.k = Ratio(1, 1);  // poor only when deprived in everything
  const auto i = alkire_foster(intersection);
  EXPECT_EQ(i.headcount, Ratio(1, 4));
  EXPECT_EQ(i.intensity, Ratio(1, 1));
  EXPECT_EQ(i.adjusted_headcount, Ratio(1, 4));
}

TEST(AlkireFoster, NobodyPoorGivesZeroesNotErrors) {
  const PublishedExample ex;
  auto in = ex.input();
  in.k = Ratio(1, 1);
  in.achievements = ex.y;
  const std::vector<Ratio> low = parse_all({"0.5", "0.5", "0.5", "0.5"});  // at most 1 deprivation each
  in.cutoffs = low;
  const auto r = alkire_foster(in);
  EXPECT_TRUE(r.headcount.is_zero());
  EXPECT_TRUE(r.intensity.is_zero());
  EXPECT_TRUE(r.adjusted_headcount.is_zero());
  EXPECT_EQ(r.contribution, std::vector<Ratio>(4));
  EXPECT_EQ(r.uncensored_headcount[3], Ratio(1, 2));  // deprived, but not poor
}

TEST(AlkireFoster, OrdinalDataSkipsTheGapMeasures) {
  const PublishedExample ex;
  auto in = ex.input();
  in.cardinal = false;
  const auto zero_cutoffs = parse_all({"13", "12", "3", "0"});
  in.cutoffs = zero_cutoffs;
  const auto r = alkire_foster(in);
  EXPECT_FALSE(r.adjusted_gap.has_value());
  EXPECT_FALSE(r.adjusted_squared_gap.has_value());
  EXPECT_EQ(r.uncensored_headcount[3], Ratio());  // nobody is below 0
}

TEST(AlkireFoster, NegativeAchievementGapIsCappedUnlessUncapped) {
  const auto y = parse_all({"-2"});
  const auto z = parse_all({"4"});
  const auto w = parse_all({"1"});
  AlkireFosterInput in;
  in.people = 1;
  in.indicators = 1;
  in.achievements = y;
  in.cutoffs = z;
  in.weights = w;
  in.k = Ratio(1, 1);
  EXPECT_EQ(*alkire_foster(in).adjusted_gap, Ratio(1, 1));
  in.gap_cap = GapCap::kUncapped;
  EXPECT_EQ(*alkire_foster(in).adjusted_gap, Ratio(3, 2));
  EXPECT_EQ(*alkire_foster(in).adjusted_squared_gap, Ratio(9, 4));
}

TEST(AlkireFoster, PersonWeightsEqualRepeatedRows) {
  const PublishedExample ex;
  const std::vector<int64_t> v = {2, 1, 1, 3};
  auto weighted = ex.input();
  weighted.person_weights = v;
  std::vector<Ratio> repeated;
  for (std::size_t i = 0; i < 4; ++i) {
    for (int64_t copy = 0; copy < v[i]; ++copy) repeated.insert(repeated.end(), ex.y.begin() + 4 * i, ex.y.begin() + 4 * i + 4);
  }
  auto expanded = ex.input();
  expanded.people = 7;
  expanded.achievements = repeated;
  const auto a = alkire_foster(weighted);
  const auto b = alkire_foster(expanded);
  EXPECT_EQ(a.headcount, Ratio(2, 7));
  EXPECT_EQ(a.headcount, b.headcount);
  EXPECT_EQ(a.intensity, b.intensity);
  EXPECT_EQ(a.adjusted_headcount, b.adjusted_headcount);
  EXPECT_EQ(*a.adjusted_gap, *b.adjusted_gap);
  EXPECT_EQ(*a.adjusted_squared_gap, *b.adjusted_squared_gap);
  EXPECT_EQ(a.censored_headcount, b.censored_headcount);
  EXPECT_EQ(a.uncensored_headcount, b.uncensored_headcount);
}

TEST(AlkireFoster, ScaledIntegersEqualParsedDecimals) {
  const PublishedExample ex;
  const std::vector<int64_t> tenths = {131, 140, 40, 10, 152, 70, 50, 0, 125, 100, 10, 0, 200, 110, 30, 10};
  EXPECT_EQ(ratios_from_scaled(tenths, 10), ex.y);
  EXPECT_THROW((void)ratios_from_scaled(tenths, 0), rg::Error);
}

TEST(AlkireFoster, InvalidInputIsRefusedWithTheFieldNamed) {
  const PublishedExample ex;
  std::string message;
  auto in = ex.input();
  in.people = 0;
  EXPECT_EQ(code_of(in), ErrorCode::kInvalidArgument);
  in = ex.input();
  in.indicators = 0;
  EXPECT_EQ(code_of(in), ErrorCode::kInvalidArgument);
  in = ex.input();
  in.people = 3;  // 16 values are not 3 x 4
  EXPECT_EQ(code_of(in, &message), ErrorCode::kInvalidArgument);
  EXPECT_EQ(message, "Alkire-Foster: achievements has 16 values, expected people x indicators = 3 x 4");
  in = ex.input();
  in.cutoffs = std::span<const Ratio>(ex.z).first(3);
  EXPECT_EQ(code_of(in), ErrorCode::kInvalidArgument);
  in = ex.input();
  const auto bad_weights = parse_all({"1", "0", "1", "1"});
  in.weights = bad_weights;
  EXPECT_EQ(code_of(in, &message), ErrorCode::kInvalidArgument);
  EXPECT_EQ(message, "Alkire-Foster: weights[1] must be positive, got 0");
  const auto negative_weights = parse_all({"1", "1", "-1/3", "1"});
  in.weights = negative_weights;
  EXPECT_EQ(code_of(in), ErrorCode::kInvalidArgument);
  for (const char* k : {"0", "-1/2", "3/2"}) {
    in = ex.input();
    in.k = Ratio::parse(k);
    EXPECT_EQ(code_of(in, &message), ErrorCode::kInvalidArgument) << k;
    EXPECT_EQ(message, std::string("Alkire-Foster: poverty cutoff k must lie in (0, 1], got ") + k);
  }
  in = ex.input();
  const auto zero_cutoff = parse_all({"13", "0", "3", "1"});
  in.cutoffs = zero_cutoff;
  EXPECT_EQ(code_of(in, &message), ErrorCode::kInvalidArgument);
  EXPECT_NE(message.find("cutoffs[1] is 0"), std::string::npos) << message;
  in = ex.input();
  const std::vector<int64_t> person_weights = {1, 1, 0, 1};
  in.person_weights = person_weights;
  EXPECT_EQ(code_of(in, &message), ErrorCode::kInvalidArgument);
  EXPECT_EQ(message, "Alkire-Foster: person_weights[2] must be positive, got 0");
  in.person_weights = std::span<const int64_t>(person_weights).first(2);
  EXPECT_EQ(code_of(in), ErrorCode::kInvalidArgument);
}

TEST(AlkireFoster, ValuesBeyondInt64CompareExactly) {
  // Cutoff and achievements that do not fit int64 take the exact big-number comparison.
  const auto y = parse_all({"33333333333333333333333.3", "5",   // just below z1: deprived in 1
                            "33333333333333333333333.4", "5",   // just above z1: not deprived
                            "-1000000000000000000000000", "5",  // far below z1: gap capped at 1
                            "1000000000000000000000000", "4"}); // deprived in 2 only
  const auto z = parse_all({"100000000000000000000000/3", "5"});
  const auto w = parse_all({"1", "1"});
  AlkireFosterInput in;
  in.people = 4;
  in.indicators = 2;
  in.achievements = y;
  in.cutoffs = z;
  in.weights = w;
  in.k = Ratio(1, 2);
  const auto r = alkire_foster(in);
  EXPECT_EQ(r.deprivation_score, fractions({{1, 2}, {0, 1}, {1, 2}, {1, 2}}));
  EXPECT_EQ(r.uncensored_headcount, fractions({{1, 2}, {1, 4}}));
  // y1 = (10^24 - 1) / 30 and z1 = 10^24 / 30, so person 1's gap is (1/30) / z1 = 1/10^24.
  const Ratio tiny(Ratio::Rational(1, boost::multiprecision::pow(Ratio::Integer(10), 24)));
  EXPECT_EQ(*r.adjusted_gap, Ratio(1, 4) * Ratio(1, 2) * (tiny + Ratio(1, 1) + Ratio(1, 5)));
}

TEST(AlkireFoster, IndicatorLimit) {
  // One person deprived in every other indicator: score 1/2 at the limit; one more is refused.
  std::vector<Ratio> y, z(kAfIndicatorsMax + 1, Ratio(1, 1)), w(kAfIndicatorsMax + 1, Ratio(1, 1));
  for (std::size_t j = 0; j <= kAfIndicatorsMax; ++j) y.push_back(Ratio(j % 2 == 0 ? 0 : 2, 1));
  AlkireFosterInput in;
  in.people = 1;
  in.indicators = kAfIndicatorsMax;
  in.achievements = std::span<const Ratio>(y).first(kAfIndicatorsMax);
  in.cutoffs = std::span<const Ratio>(z).first(kAfIndicatorsMax);
  in.weights = std::span<const Ratio>(w).first(kAfIndicatorsMax);
  in.k = Ratio(1, 2);
  EXPECT_EQ(alkire_foster(in).adjusted_headcount, Ratio(1, 2));
  in.indicators = kAfIndicatorsMax + 1;
  in.achievements = y;
  in.cutoffs = z;
  in.weights = w;
  EXPECT_EQ(code_of(in), ErrorCode::kLimit);
}

TEST(AlkireFoster, PeopleLimit) {
  // Every fourth person is deprived in the single indicator: H = 1/4 at the limit.
  std::vector<Ratio> y(kAfPeopleMax + 1, Ratio(2, 1));
  for (std::size_t i = 0; i < y.size(); i += 4) y[i] = Ratio(1, 2);
  const std::vector<Ratio> z = {Ratio(1, 1)}, w = {Ratio(1, 1)};
  AlkireFosterInput in;
  in.people = kAfPeopleMax;
  in.indicators = 1;
  in.achievements = std::span<const Ratio>(y).first(kAfPeopleMax);
  in.cutoffs = z;
  in.weights = w;
  in.k = Ratio(1, 1);
  const auto r = alkire_foster(in);
  EXPECT_EQ(r.headcount, Ratio(1, 4));
  EXPECT_EQ(*r.adjusted_gap, Ratio(1, 8));
  in.people = kAfPeopleMax + 1;
  in.achievements = y;
  EXPECT_EQ(code_of(in), ErrorCode::kLimit);
}

}  // namespace
