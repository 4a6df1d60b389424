#include <gtest/gtest.h>

#include <numeric>
#include <random>

#include "ruralguard/error.hpp"
#include "ruralguard/money.hpp"

namespace rg {
namespace {

TEST(Allocate, HundredIntoThreeGivesTheExtraFenToTheFirst) {
  const std::vector<int64_t> w{1, 1, 1};
  const auto parts = allocate_fen(Money::parse("100.00"), w);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0], Money::parse("33.34"));
  EXPECT_EQ(parts[1], Money::parse("33.33"));
  EXPECT_EQ(parts[2], Money::parse("33.33"));
}

TEST(Allocate, LargestRemainderNotFirstComeFirstServed) {
  // 0.10 by 3:3:4 = 0.03, 0.03, 0.04 exactly.
  const std::vector<int64_t> w{3, 3, 4};
  const auto parts = allocate_fen(Money::parse("0.10"), w);
  EXPECT_EQ(parts[0], Money::parse("0.03"));
  EXPECT_EQ(parts[2], Money::parse("0.04"));
  // 0.05 by 1:1:1:1:6 -> quotas 0.5 0.5 0.5 0.5 3 fen: the 2 leftover fen go to the first ties.
  const std::vector<int64_t> w2{1, 1, 1, 1, 6};
  const auto p2 = allocate_fen(Money::parse("0.05"), w2);
  EXPECT_EQ(p2[0], Money::parse("0.01"));
  EXPECT_EQ(p2[1], Money::parse("0.01"));
  EXPECT_EQ(p2[2], Money());
  EXPECT_EQ(p2[3], Money());
  EXPECT_EQ(p2[4], Money::parse("0.03"));
  // 1.00 by 1:2 in fen = 33.33... and 66.66...: the larger remainder (0.67) wins.
  const std::vector<int64_t> w3{1, 2};
  const auto p3 = allocate_fen(Money::parse("1.00"), w3);
  EXPECT_EQ(p3[0], Money::parse("0.33"));
  EXPECT_EQ(p3[1], Money::parse("0.67"));
}

TEST(Allocate, NegativeTotalMirrorsPositive) {
  const std::vector<int64_t> w{1, 1, 1};
  const auto parts = allocate_fen(Money::parse("-100.00"), w);
  EXPECT_EQ(parts[0], Money::parse("-33.34"));
  EXPECT_EQ(parts[2], Money::parse("-33.33"));
}

TEST(Allocate, ZeroWeightGetsNothing) {
  const std::vector<int64_t> w{0, 5, 0};
  const auto parts = allocate(Money::parse("7"), w);
  EXPECT_EQ(parts[0], Money());
  EXPECT_EQ(parts[1], Money::parse("7"));
}

TEST(Allocate, RandomSplitsAlwaysSumExactlyAndStayWithinOneStepOfTheQuota) {
  std::mt19937_64 rng(20261123);
  for (int round = 0; round < 2000; ++round) {
    const std::size_t n = 1 + rng() % 50;
    std::vector<int64_t> w(n);
    for (auto& x : w) x = static_cast<int64_t>(rng() % 1000);
    if (std::accumulate(w.begin(), w.end(), int64_t{0}) == 0) w[0] = 1;
    const auto total = Money::from_fen(static_cast<int64_t>(rng() % 100'000'000) - 50'000'000);
    const auto parts = allocate_fen(total, w);
    int64_t sum = 0;
    const int64_t wsum = std::accumulate(w.begin(), w.end(), int64_t{0});
    for (std::size_t k = 0; k < n; ++k) {
      sum += parts[k].units();
      EXPECT_TRUE(parts[k].is_whole_fen());
      const int128 exact_num = static_cast<int128>(total.units()) * w[k];  // quota * wsum
      const int128 diff = static_cast<int128>(parts[k].units()) * wsum - exact_num;
      EXPECT_LT(diff < 0 ? -diff : diff, static_cast<int128>(100) * wsum);
    }
    ASSERT_EQ(sum, total.units());
  }
}

TEST(Allocate, BadInputIsRefused) {
  const std::vector<int64_t> neg{1, -1};
  EXPECT_THROW((void)allocate(Money::parse("1"), neg), Error);
  const std::vector<int64_t> zero{0, 0};
  EXPECT_THROW((void)allocate(Money::parse("1"), zero), Error);
  EXPECT_THROW((void)allocate(Money::parse("1"), std::span<const int64_t>()), Error);
  const std::vector<int64_t> one{1};
  try {
    (void)allocate_fen(Money::parse("0.001"), one);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kPrecision);
  }
}

}  // namespace
}  // namespace rg
