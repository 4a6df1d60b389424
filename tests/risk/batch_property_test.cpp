// Properties of the batch path: identical to one-by-one, deterministic, and monotone in the
// threshold (raising it never removes a household from monitoring).
#include <gtest/gtest.h>

#include <climits>
#include <random>

#include "risk/risk_fixtures.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/risk.hpp"

namespace rg {
namespace {

struct Columns {
  std::vector<uint64_t> region;
  std::vector<uint8_t> kind;
  std::vector<int64_t> pci, prev, net, med, edu;
  std::vector<int32_t> period_end, members, labour, weak, serious, chronic, disabled;
  std::vector<uint8_t> guarantees;
  std::vector<uint16_t> events;

  HouseholdColumns view() const {
    return {region, kind, pci, prev, net, med, edu, period_end, members, labour, weak, serious, chronic, disabled,
            guarantees, events};
  }
  HouseholdFacts row(std::size_t i) const {
    HouseholdFacts f;
    f.region_code = region[i];
    f.kind = static_cast<HouseholdKind>(kind[i]);
    f.per_capita_income = Money::from_units(pci[i]);
    if (prev[i] != INT64_MIN) f.previous_per_capita_income = Money::from_units(prev[i]);
    f.net_income = Money::from_units(net[i]);
    f.medical_out_of_pocket = Money::from_units(med[i]);
    f.education_out_of_pocket = Money::from_units(edu[i]);
    f.income_period_end = Date::from_days_since_epoch(period_end[i]);
    f.members = members[i];
    f.labour_capable = labour[i];
    f.weak_labour = weak[i];
    f.seriously_ill = serious[i];
    f.chronically_ill = chronic[i];
    f.disabled = disabled[i];
    f.guarantee_failures = guarantees[i];
    f.events = events[i];
    return f;
  }
};

Columns random_county(std::size_t n, uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto pick = [&rng](int64_t lo, int64_t hi) { return lo + static_cast<int64_t>(rng() % static_cast<uint64_t>(hi - lo + 1)); };
  Columns c;
  const int32_t end = Date::from_ymd(2024, 12, 31).days_since_epoch();
  for (std::size_t i = 0; i < n; ++i) {
    const auto m = static_cast<int32_t>(pick(1, 6));
    c.region.push_back(530122001000ULL + static_cast<uint64_t>(pick(1, 30)));
    c.kind.push_back(static_cast<uint8_t>(pick(1, 3)));
    const int64_t pci = pick(-2000, 40000) * 10000 + pick(0, 9999);
    c.pci.push_back(pci);
    c.prev.push_back(pick(0, 3) == 0 ? INT64_MIN : pick(0, 40000) * 10000);
    c.net.push_back(pci * m);
    c.med.push_back(pick(0, 2) == 0 ? pick(0, 60000) * 10000 : 0);
    c.edu.push_back(pick(0, 4) == 0 ? pick(0, 30000) * 10000 : 0);
    c.period_end.push_back(end - static_cast<int32_t>(pick(0, 300)));
    c.members.push_back(m);
    const auto labour = static_cast<int32_t>(pick(0, m));
    c.labour.push_back(labour);
    c.weak.push_back(static_cast<int32_t>(pick(0, m - labour)));
    c.serious.push_back(static_cast<int32_t>(pick(0, 1)));
    c.chronic.push_back(static_cast<int32_t>(pick(0, 1)));
    c.disabled.push_back(pick(0, 5) == 0 ? 1 : 0);
    c.guarantees.push_back(pick(0, 9) == 0 ? static_cast<uint8_t>(1u << pick(0, 4)) : 0);
    c.events.push_back(pick(0, 7) == 0 ? static_cast<uint16_t>(1u << pick(0, 5)) : 0);
  }
  return c;
}

struct Outputs {
  explicit Outputs(std::size_t n) : within(n), category(n), mask(n), score(n), level(n), visit(n), status(n) {}
  std::vector<uint8_t> within, category;
  std::vector<uint32_t> mask;
  std::vector<int32_t> score;
  std::vector<uint8_t> level;
  std::vector<int32_t> visit, status;
  AssessmentColumns view() { return {within, category, mask, score, level, visit, status}; }
};

const Date kAsOf = Date::from_ymd(2025, 3, 1);

TEST(RiskBatch, IdenticalToOneByOne) {
  const auto county = random_county(20000, 7);
  const Policy policy = test::yunnan_2025();
  Outputs out(county.region.size());
  EXPECT_EQ(assess_batch(county.view(), policy, kAsOf, out.view()), 0u);
  std::size_t monitored = 0;
  for (std::size_t i = 0; i < county.region.size(); ++i) {
    const Assessment a = assess(county.row(i), policy, kAsOf);
    ASSERT_EQ(out.within[i], a.within_monitoring ? 1 : 0) << i;
    ASSERT_EQ(out.category[i], static_cast<uint8_t>(a.category)) << i;
    ASSERT_EQ(out.mask[i], a.risk_mask) << i;
    ASSERT_EQ(out.score[i], a.score) << i;
    ASSERT_EQ(out.level[i], static_cast<uint8_t>(a.level)) << i;
    ASSERT_EQ(out.visit[i], a.next_visit ? a.next_visit->days_since_epoch() : INT32_MIN) << i;
    int32_t points = 0;
    for (const auto& r : a.reasons) points += r.points;
    ASSERT_EQ(points, a.score) << "reasons must add up to the score, row " << i;
    monitored += out.within[i];
  }
  // The random county is not degenerate: some, not all, households are monitored.
  EXPECT_GT(monitored, 1000u);
  EXPECT_LT(monitored, 19000u);
}

TEST(RiskBatch, SameInputsSameOutputs) {
  const auto county = random_county(5000, 11);
  const Policy policy = test::yunnan_2025();
  Outputs a(county.region.size());
  Outputs b(county.region.size());
  (void)assess_batch(county.view(), policy, kAsOf, a.view());
  (void)assess_batch(county.view(), policy, kAsOf, b.view());
  EXPECT_EQ(a.within, b.within);
  EXPECT_EQ(a.score, b.score);
  EXPECT_EQ(a.mask, b.mask);
  EXPECT_EQ(a.visit, b.visit);
}

TEST(RiskBatch, RaisingTheThresholdNeverRemovesAHousehold) {
  const auto county = random_county(20000, 13);
  Policy policy = test::yunnan_2025();
  Outputs before(county.region.size());
  (void)assess_batch(county.view(), policy, kAsOf, before.view());
  for (int64_t raise : {int64_t{1}, int64_t{100}, int64_t{5000 * 10000}}) {
    Policy higher = policy;
    higher.threshold.amount = Money::from_units(policy.threshold.amount.units() + raise);
    Outputs after(county.region.size());
    (void)assess_batch(county.view(), higher, kAsOf, after.view());
    for (std::size_t i = 0; i < county.region.size(); ++i) {
      if (before.within[i]) ASSERT_TRUE(after.within[i]) << "row " << i << " left monitoring when the threshold rose";
    }
  }
}

TEST(RiskBatch, BadRowsGetAStatusAndTheOthersGoOn) {
  auto county = random_county(10, 3);
  county.members[4] = 0;
  county.period_end[6] = Date::from_ymd(2025, 6, 1).days_since_epoch();  // after as-of
  Outputs out(county.region.size());
  EXPECT_EQ(assess_batch(county.view(), test::yunnan_2025(), kAsOf, out.view()), 2u);
  EXPECT_EQ(out.status[4], static_cast<int32_t>(ErrorCode::kRange));
  EXPECT_EQ(out.status[6], static_cast<int32_t>(ErrorCode::kRange));
  EXPECT_EQ(out.status[5], 0);
}

TEST(RiskBatch, MismatchedColumnLengthsAreNamed) {
  auto county = random_county(10, 3);
  county.events.pop_back();
  Outputs out(10);
  try {
    (void)assess_batch(county.view(), test::yunnan_2025(), kAsOf, out.view());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(std::string(e.what()), "household columns: column 'events' has 9 rows, region_code has 10");
  }
}

}  // namespace
}  // namespace rg
