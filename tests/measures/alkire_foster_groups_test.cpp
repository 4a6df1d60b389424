// Alkire-Foster subgroup decomposition: population shares times subgroup measures add up to the
// total exactly.
#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "ruralguard/error.hpp"
#include "measures/ratio_print.hpp"
#include "ruralguard/poverty_measures.hpp"

namespace {

using rg::Ratio;
using namespace rg::measures;

TEST(AlkireFosterGroups, PublishedExampleSplitInTwoVillages) {
  std::vector<Ratio> y;
  for (const char* t : {"13.1", "14", "4", "1", "15.2", "7", "5", "0", "12.5", "10", "1", "0", "20", "11", "3", "1"}) {
    y.push_back(Ratio::parse(t));
  }
  const std::vector<Ratio> z = {Ratio(13, 1), Ratio(12, 1), Ratio(3, 1), Ratio(1, 1)};
  const std::vector<Ratio> w(4, Ratio(1, 1));
  AlkireFosterInput in;
  in.people = 4;
  in.indicators = 4;
  in.achievements = y;
  in.cutoffs = z;
  in.weights = w;
  in.k = Ratio(1, 2);
  const std::vector<int64_t> village = {101, 101, 102, 102};
  const auto d = alkire_foster_by_group(in, village);
  EXPECT_EQ(d.total.adjusted_headcount, Ratio(3, 8));
  ASSERT_EQ(d.subgroups.size(), 2u);
  const auto& a = d.subgroups[0];
  const auto& b = d.subgroups[1];
  EXPECT_EQ(a.group, 101);
  EXPECT_EQ(a.population_share, Ratio(1, 2));
  EXPECT_EQ(a.result.adjusted_headcount, Ratio(1, 4));  // person 2 poor with score 1/2
  EXPECT_EQ(b.result.adjusted_headcount, Ratio(1, 2));  // person 3 poor with score 1
  EXPECT_EQ(a.contribution, Ratio(1, 3));
  EXPECT_EQ(b.contribution, Ratio(2, 3));
  EXPECT_EQ(a.population_share * a.result.adjusted_headcount + b.population_share * b.result.adjusted_headcount,
            d.total.adjusted_headcount);
}

TEST(AlkireFosterGroups, SharesTimesGroupMeasuresSumToTheTotalOnRandomData) {
  std::mt19937_64 rng(8);
  std::uniform_int_distribution<int64_t> tenths(0, 60), weight(1, 9), group(1, 5);
  constexpr std::size_t kPeople = 60, kIndicators = 5;
  const std::vector<Ratio> z = {Ratio(3, 1), Ratio(5, 2), Ratio(4, 1), Ratio(1, 1), Ratio(21, 10)};
  const std::vector<Ratio> w = {Ratio(1, 3), Ratio(1, 6), Ratio(1, 6), Ratio(1, 6), Ratio(1, 6)};
  for (int round = 0; round < 10; ++round) {
    std::vector<Ratio> y;
    std::vector<int64_t> v, g;
    for (std::size_t i = 0; i < kPeople * kIndicators; ++i) y.emplace_back(tenths(rng), 10);
    for (std::size_t i = 0; i < kPeople; ++i) {
      v.push_back(weight(rng));
      g.push_back(group(rng));
    }
    AlkireFosterInput in;
    in.people = kPeople;
    in.indicators = kIndicators;
    in.achievements = y;
    in.cutoffs = z;
    in.weights = w;
    in.person_weights = v;
    in.k = Ratio(1, 3);
    in.below = round % 2 ? Below::kStrict : Below::kAtOrBelow;
    const auto d = alkire_foster_by_group(in, g);
    Ratio m0, m1, m2, h, shares, contributions;
    for (const auto& s : d.subgroups) {
      m0 = m0 + s.population_share * s.result.adjusted_headcount;
      m1 = m1 + s.population_share * *s.result.adjusted_gap;
      m2 = m2 + s.population_share * *s.result.adjusted_squared_gap;
      h = h + s.population_share * s.result.headcount;
      shares = shares + s.population_share;
      contributions = contributions + s.contribution;
    }
    EXPECT_EQ(m0, d.total.adjusted_headcount);
    EXPECT_EQ(m1, *d.total.adjusted_gap);
    EXPECT_EQ(m2, *d.total.adjusted_squared_gap);
    EXPECT_EQ(h, d.total.headcount);
    EXPECT_EQ(shares, Ratio(1, 1));
    if (!d.total.adjusted_headcount.is_zero()) EXPECT_EQ(contributions, Ratio(1, 1));
    // Indicator contributions sum to 1 and M0 is the weighted sum of censored headcounts.
    Ratio by_indicator, contribution_sum;
    for (std::size_t j = 0; j < kIndicators; ++j) {
      by_indicator = by_indicator + w[j] * d.total.censored_headcount[j];
      contribution_sum = contribution_sum + d.total.contribution[j];
    }
    EXPECT_EQ(by_indicator, d.total.adjusted_headcount);
    if (!d.total.adjusted_headcount.is_zero()) EXPECT_EQ(contribution_sum, Ratio(1, 1));
  }
}

TEST(AlkireFosterGroups, GroupListMustCoverEveryPerson) {
  const std::vector<Ratio> y = {Ratio(0, 1), Ratio(2, 1)}, z = {Ratio(1, 1)}, w = {Ratio(1, 1)};
  AlkireFosterInput in;
  in.people = 2;
  in.indicators = 1;
  in.achievements = y;
  in.cutoffs = z;
  in.weights = w;
  in.k = Ratio(1, 1);
  const std::vector<int64_t> groups = {1};
  EXPECT_THROW((void)alkire_foster_by_group(in, groups), rg::Error);
}

}  // namespace
