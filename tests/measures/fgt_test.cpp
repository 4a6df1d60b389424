// Foster-Greer-Thorbecke: hand-computed cases, weights, negative incomes, a differential check
// against the textbook formula, monotonicity, validation and limits.
#include <gtest/gtest.h>

#include <limits>
#include <random>
#include <vector>

#include "ruralguard/error.hpp"
#include "measures/ratio_print.hpp"
#include "ruralguard/poverty_measures.hpp"

namespace {

using rg::ErrorCode;
using rg::Money;
using rg::Ratio;
using namespace rg::measures;

std::vector<Money> yuan(std::initializer_list<int64_t> values) {
  std::vector<Money> out;
  for (const int64_t v : values) out.push_back(Money::from_yuan(v));
  return out;
}

FgtOptions line_yuan(int64_t line, Below below = Below::kStrict, GapCap cap = GapCap::kCapAtOne) {
  return FgtOptions{Money::from_yuan(line), below, cap};
}

// The textbook formula term by term in exact rationals: the reference the fast sums must match.
Ratio reference_fgt(const std::vector<Money>& y, const std::vector<int64_t>& w, const FgtOptions& o, int alpha) {
  Ratio total, population;
  const Ratio z = Ratio(o.line.units(), 1);
  for (std::size_t i = 0; i < y.size(); ++i) {
    const Ratio wi = Ratio(w.empty() ? 1 : w[i], 1);
    population = population + wi;
    const bool poor = o.below == Below::kStrict ? y[i].units() < o.line.units() : y[i].units() <= o.line.units();
    if (!poor) continue;
    Ratio yi = Ratio(y[i].units(), 1);
    if (o.gap_cap == GapCap::kCapAtOne && yi.sign() < 0) yi = Ratio();
    Ratio term = wi;
    for (int a = 0; a < alpha; ++a) term = term * ((z - yi) / z);
    total = total + term;
  }
  return total / population;
}

ErrorCode code_of(const auto& call) {
  try {
    (void)call();
  } catch (const rg::Error& e) {
    return e.code();
  }
  ADD_FAILURE() << "expected an rg::Error";
  return ErrorCode::kInternal;
}

TEST(Fgt, IncomesOneToFourStrictlyBelowThree) {
  const auto r = fgt_012(yuan({1, 2, 3, 4}), {}, line_yuan(3));
  EXPECT_EQ(r.p0, Ratio(1, 2));   // incomes 1 and 2 are poor
  EXPECT_EQ(r.p1, Ratio(1, 4));   // (2/3 + 1/3) / 4
  EXPECT_EQ(r.p2, Ratio(5, 36));  // (4/9 + 1/9) / 4
  EXPECT_EQ(fgt(yuan({1, 2, 3, 4}), {}, line_yuan(3), 3), Ratio(1, 12));  // (8/27 + 1/27) / 4
}

TEST(Fgt, AtOrBelowCountsTheIncomeOnTheLineButAddsNoGap) {
  const auto r = fgt_012(yuan({1, 2, 3, 4}), {}, line_yuan(3, Below::kAtOrBelow));
  EXPECT_EQ(r.p0, Ratio(3, 4));
  EXPECT_EQ(r.p1, Ratio(1, 4));
  EXPECT_EQ(r.p2, Ratio(5, 36));
}

TEST(Fgt, HouseholdSizeWeightsCountPeople) {
  const std::vector<int64_t> members = {1, 2, 3, 4};
  const auto r = fgt_012(yuan({1, 2, 3, 4}), members, line_yuan(3));
  EXPECT_EQ(r.p0, Ratio(3, 10));  // 1 + 2 people of 10
  EXPECT_EQ(r.p1, Ratio(2, 15));  // (1 * 2/3 + 2 * 1/3) / 10
  EXPECT_EQ(r.p2, Ratio(1, 15));  // (1 * 4/9 + 2 * 1/9) / 10
  // The same as listing every person separately.
  const auto expanded = fgt_012(yuan({1, 2, 2, 3, 3, 3, 4, 4, 4, 4}), {}, line_yuan(3));
  EXPECT_EQ(expanded.p0, r.p0);
  EXPECT_EQ(expanded.p1, r.p1);
  EXPECT_EQ(expanded.p2, r.p2);
}

TEST(Fgt, NegativeIncomeGapIsCappedAtOneUnlessAskedOtherwise) {
  const auto capped = fgt_012(yuan({-1, 5}), {}, line_yuan(2));
  EXPECT_EQ(capped.p0, Ratio(1, 2));
  EXPECT_EQ(capped.p1, Ratio(1, 2));  // gap (2 - 0) / 2 = 1
  EXPECT_EQ(capped.p2, Ratio(1, 2));
  const auto uncapped = fgt_012(yuan({-1, 5}), {}, line_yuan(2, Below::kStrict, GapCap::kUncapped));
  EXPECT_EQ(uncapped.p1, Ratio(3, 4));  // gap (2 + 1) / 2 = 3/2
  EXPECT_EQ(uncapped.p2, Ratio(9, 8));  // (3/2)^2 / 2
}

TEST(Fgt, SubFenIncomesStayExact) {
  const std::vector<Money> y = {Money::parse("4999.9999"), Money::parse("5000"), Money::parse("0.0001")};
  const auto r = fgt_012(y, {}, FgtOptions{Money::parse("5000")});
  EXPECT_EQ(r.p0, Ratio(2, 3));
  EXPECT_EQ(r.p1, Ratio(1, 3));  // gaps of 1 and 49,999,999 units, line 50,000,000 units: (1 + 49,999,999) / 50,000,000 / 3
}

TEST(Fgt, MatchesTheTextbookFormulaIncludingHugeValues) {
  std::mt19937_64 rng(20261123);
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  for (int round = 0; round < 40; ++round) {
    const bool extreme = round % 4 == 0;  // values near the int64 range exercise the wide sums
    std::uniform_int_distribution<int64_t> income(extreme ? -kMax : -500000, extreme ? kMax : 200000000);
    std::uniform_int_distribution<int64_t> weight(1, extreme ? kMax : 8);
    std::vector<Money> y;
    std::vector<int64_t> w;
    for (int i = 0; i < 25; ++i) {
      y.push_back(Money::from_units(income(rng)));
      w.push_back(weight(rng));
    }
    const FgtOptions o{Money::from_units(extreme ? kMax : 80000000), round % 2 ? Below::kStrict : Below::kAtOrBelow,
                       round % 3 ? GapCap::kCapAtOne : GapCap::kUncapped};
    const auto r = fgt_012(y, w, o);
    EXPECT_EQ(r.p0, reference_fgt(y, w, o, 0));
    EXPECT_EQ(r.p1, reference_fgt(y, w, o, 1));
    EXPECT_EQ(r.p2, reference_fgt(y, w, o, 2));
    EXPECT_EQ(fgt(y, w, o, 5), reference_fgt(y, w, o, 5));
  }
}

TEST(Fgt, HigherAlphaNeverIncreasesTheIndexWhenGapsAreAtMostOne) {
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<int64_t> income(-1000000, 3000000);
  std::uniform_int_distribution<int64_t> weight(1, 6);
  for (int round = 0; round < 30; ++round) {
    std::vector<Money> y;
    std::vector<int64_t> w;
    for (int i = 0; i < 40; ++i) {
      y.push_back(Money::from_units(income(rng)));
      w.push_back(weight(rng));
    }
    const FgtOptions o{Money::from_units(1500000)};
    Ratio previous = fgt(y, w, o, 0);
    EXPECT_LE(previous, Ratio(1, 1));
    for (int alpha = 1; alpha <= 4; ++alpha) {
      const Ratio next = fgt(y, w, o, alpha);
      EXPECT_LE(next, previous) << "alpha " << alpha;
      EXPECT_GE(next.sign(), 0);
      previous = next;
    }
  }
}

TEST(Fgt, InvalidInputIsRefusedWithTheFieldNamed) {
  const auto y = yuan({1, 2});
  EXPECT_EQ(code_of([&] { return fgt({}, {}, line_yuan(3), 0); }), ErrorCode::kInvalidArgument);
  EXPECT_EQ(code_of([&] { return fgt(y, std::vector<int64_t>{1}, line_yuan(3), 0); }), ErrorCode::kInvalidArgument);
  EXPECT_EQ(code_of([&] { return fgt(y, std::vector<int64_t>{1, 0}, line_yuan(3), 0); }), ErrorCode::kInvalidArgument);
  EXPECT_EQ(code_of([&] { return fgt(y, {}, line_yuan(0), 0); }), ErrorCode::kInvalidArgument);
  EXPECT_EQ(code_of([&] { return fgt(y, {}, line_yuan(3), -1); }), ErrorCode::kInvalidArgument);
  try {
    (void)fgt(y, std::vector<int64_t>{3, -2}, line_yuan(3), 1);
    FAIL();
  } catch (const rg::Error& e) {
    EXPECT_STREQ(e.what(), "FGT: weights[1] must be positive, got -2");
  }
  try {
    (void)fgt(y, {}, FgtOptions{Money::parse("-0.5")}, 1);
    FAIL();
  } catch (const rg::Error& e) {
    EXPECT_STREQ(e.what(), "FGT: poverty line must be positive, got -0.5000");
  }
}

TEST(Fgt, AlphaLimit) {
  const auto y = yuan({1, 2, 3, 4});
  // ((2/3)^a + (1/3)^a) / 4 = (2^a + 1) / (4 * 3^a)
  const Ratio::Integer three_to_a = boost::multiprecision::pow(Ratio::Integer(3), kFgtAlphaMax);
  EXPECT_EQ(fgt(y, {}, line_yuan(3), kFgtAlphaMax),
            Ratio(Ratio::Rational((Ratio::Integer(1) << kFgtAlphaMax) + 1, 4 * three_to_a)));
  EXPECT_EQ(code_of([&] { return fgt(y, {}, line_yuan(3), kFgtAlphaMax + 1); }), ErrorCode::kInvalidArgument);
}

TEST(Fgt, EntriesLimit) {
  // Every other income is poor with gap 1/2: P1 = 1/4 at the limit; one more income is refused.
  std::vector<Money> y(kFgtEntriesMax + 1);
  for (std::size_t i = 0; i < y.size(); i += 2) y[i] = Money::from_yuan(1);
  for (std::size_t i = 1; i < y.size(); i += 2) y[i] = Money::from_yuan(5);
  const std::span<const Money> at_limit(y.data(), kFgtEntriesMax);
  EXPECT_EQ(fgt(at_limit, {}, line_yuan(2), 1), Ratio(1, 4));
  EXPECT_EQ(code_of([&] { return fgt(y, {}, line_yuan(2), 1); }), ErrorCode::kLimit);
}

}  // namespace
