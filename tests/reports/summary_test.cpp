// Region summaries: exact sums, merge laws, roll-ups over random partitions of a synthetic county.
#include <gtest/gtest.h>

#include <random>
#include <unordered_map>

#include "ruralguard/error.hpp"
#include "ruralguard/synthetic_county.hpp"
#include "ruralguard/summary.hpp"

namespace rg {
namespace {

struct CountyRows {
  std::vector<HouseholdSummaryRow> households;
  std::vector<CaseSummaryRow> cases;
  std::vector<FundFlow> flows;
  std::vector<Project> projects;
};

// A small synthetic county turned into summary rows, plus random cases, fund flows and projects.
CountyRows county_rows(uint64_t seed) {
  SyntheticCountyOptions o;
  o.seed = seed;
  o.households = 1500;
  o.townships = 4;
  o.villages = 20;
  o.formerly_poor_permille = 200;
  CountyRows rows;
  std::unordered_map<std::string, std::size_t> index;
  CountySink sink;
  sink.region = [](const Region&) {};
  sink.household = [&](const Household& h) {
    index[h.household_id] = rows.households.size();
    HouseholdSummaryRow r;
    r.region = h.region.value();
    r.type = h.type;
    rows.households.push_back(r);
  };
  sink.member = [&](const Member& m) {
    if (m.active()) rows.households[index.at(m.household_id)].members += 1;
  };
  sink.income = [&](const IncomeStatement& s) {
    HouseholdSummaryRow& r = rows.households[index.at(s.household_id)];
    const Money total = s.wage + s.business_income - s.business_cost + s.property;
    if (r.has_income) r.previous_per_capita_income = r.per_capita_income;
    r.has_income = true;
    r.per_capita_income = total.divide(std::max(1, s.family_size));
  };
  (void)generate_county(o, sink);
  std::mt19937_64 rng(seed);
  for (auto& r : rows.households) {
    if (r.members == 0) r.members = 1;
    r.assessed = rng() % 10 != 0;
    r.within_monitoring = r.assessed && rng() % 20 == 0;
    if (r.within_monitoring) {
      r.category = static_cast<MonitoringCategory>(1 + rng() % 3);
      r.level = static_cast<WarningLevel>(1 + rng() % 3);
      rows.cases.push_back(CaseSummaryRow{r.region, static_cast<uint8_t>(1 + rng() % 13), r.category, r.level,
                                          rng() % 3 != 0});
    }
  }
  for (int i = 0; i < 60; ++i) {
    const auto& h = rows.households[rng() % rows.households.size()];
    FundFlow f;
    f.region = i % 7 == 0 ? o.county.value() : h.region;  // some county-level budget flows
    f.level = static_cast<FundLevel>(1 + rng() % 4);
    f.fiscal_year = 2024;
    f.allocated = Money::from_fen(static_cast<int64_t>(rng() % 10'000'000));
    f.disbursed = Money::from_fen(static_cast<int64_t>(rng() % 5'000'000));
    if (rng() % 2 == 0) f.project_type = static_cast<ProjectType>(1 + rng() % 7);
    rows.flows.push_back(f);
  }
  for (uint64_t i = 1; i <= 40; ++i) {
    Project p;
    p.id = i;
    p.name = "p" + std::to_string(i);
    p.region = RegionCode::from_value(rows.households[rng() % rows.households.size()].region);
    p.type = static_cast<ProjectType>(1 + rng() % 7);
    p.status = static_cast<ProjectStatus>(1 + rng() % 8);
    rows.projects.push_back(p);
  }
  return rows;
}

// Builds the summaries of the rows whose part (rows are dealt into parts in order) is in `parts`.
std::vector<RegionSummary> build(const CountyRows& rows, const std::vector<int>& part_of, uint64_t wanted_mask) {
  SummaryBuilder b;
  std::size_t k = 0;
  auto take = [&] { return ((wanted_mask >> part_of[k++]) & 1u) != 0; };
  for (const auto& r : rows.households) if (take()) b.add_household(r);
  for (const auto& r : rows.cases) if (take()) b.add_case(r);
  for (const auto& r : rows.flows) if (take()) b.add_fund_flow(r);
  for (const auto& r : rows.projects) if (take()) b.add_project(r);
  for (const auto& r : rows.households) {
    if (take() && r.type == HouseholdType::kFormerlyPoor) b.add_asset(r.region, {1, 2}, Money::from_yuan(100), Money::from_yuan(3));
  }
  return b.summaries();
}

RegionSummary county_of(const std::vector<RegionSummary>& s) {
  const auto up = roll_up(s, RegionLevel::kCounty);
  EXPECT_LE(up.size(), 1u);  // an empty part has no summary
  return up.empty() ? RegionSummary{} : up[0];
}

std::size_t row_count(const CountyRows& rows) {
  return 2 * rows.households.size() + rows.cases.size() + rows.flows.size() + rows.projects.size();
}

TEST(Summary, MergeEqualsSummaryOfUnionOverRandomPartitions) {
  const CountyRows rows = county_rows(7);
  std::mt19937_64 rng(99);
  for (int trial = 0; trial < 8; ++trial) {
    const int parts = 2 + static_cast<int>(rng() % 4);
    std::vector<int> part_of(row_count(rows));
    for (int& p : part_of) p = static_cast<int>(rng() % static_cast<uint64_t>(parts));
    const RegionSummary all = county_of(build(rows, part_of, ~0ull));
    RegionSummary merged;  // the empty summary: merge's identity
    for (int p = 0; p < parts; ++p) merged = merge(merged, county_of(build(rows, part_of, 1ull << p)));
    EXPECT_EQ(merged, all) << "trial " << trial;
    // merge(A, B) equals the summary of A and B together.
    const RegionSummary a = county_of(build(rows, part_of, 1ull));
    const RegionSummary b = county_of(build(rows, part_of, 2ull));
    EXPECT_EQ(merge(a, b), county_of(build(rows, part_of, 3ull)));
    EXPECT_EQ(merge(a, b), merge(b, a));
    const RegionSummary c = county_of(build(rows, part_of, 4ull));
    EXPECT_EQ(merge(merge(a, b), c), merge(a, merge(b, c)));
  }
}

TEST(Summary, VillagesMergeIntoTheCountyAndMatchDirectCounts) {
  const CountyRows rows = county_rows(11);
  const std::vector<int> one(row_count(rows), 0);
  const auto villages = build(rows, one, 1);
  EXPECT_GT(villages.size(), 20u);  // 20 villages plus the county-level fund flows
  const RegionSummary county = county_of(villages);
  EXPECT_EQ(county.region, 500230000000ULL);
  const auto townships = roll_up(villages, RegionLevel::kTownship);
  EXPECT_EQ(townships.size(), 5u);  // 4 townships + the county-level funds kept at county level
  EXPECT_EQ(county_of(townships), county);
  EXPECT_EQ(roll_up(villages, RegionLevel::kProvince)[0].region, 500000000000ULL);
  RegionSummary elsewhere;
  elsewhere.region = 110101001001ULL;
  EXPECT_EQ(merge(county, elsewhere).region, kRegionSeveralProvinces);
  EXPECT_EQ(merge(merge(county, elsewhere), county).region, kRegionSeveralProvinces);
  EXPECT_EQ(merge(RegionSummary{}, county), county);

  // Independent counts straight from the rows.
  int64_t households = 0, people = 0, fp_people = 0, monitored = 0;
  Money fp_sum, allocated, industry;
  for (const auto& r : rows.households) {
    households += 1;
    people += r.members;
    monitored += r.within_monitoring ? 1 : 0;
    if (is_formerly_poor(r.type) && r.has_income) {
      fp_people += r.members;
      fp_sum += r.per_capita_income.times(r.members);
    }
  }
  int64_t eliminated = 0, under = 0, covered = 0;
  for (const auto& c : rows.cases) {
    eliminated += c.state == 13;
    const bool u = c.state == 7 || (c.state >= 9 && c.state <= 12);
    under += u;
    covered += u && c.has_measure;
  }
  for (const auto& f : rows.flows) {
    allocated += f.allocated;
    if (f.project_type == ProjectType::kIndustry) industry += f.disbursed;
  }
  EXPECT_EQ(county.households(), households);
  EXPECT_EQ(county.people(), people);
  EXPECT_EQ(county.monitored, monitored);
  EXPECT_EQ(county.fp_people_with_income, fp_people);
  EXPECT_EQ(county.fp_income_people_sum, fp_sum);
  EXPECT_EQ(county.allocated_total(), allocated);
  EXPECT_EQ(county.industry_disbursed, industry);
  EXPECT_EQ(county.cases_eliminated, eliminated);
  EXPECT_EQ(county.cases_under_monitoring, under);
  EXPECT_EQ(county.cases_with_measure, covered);
  EXPECT_EQ(county.projects(), 40);
  int64_t bucketed = 0;
  for (int64_t n : county.fp_income_people_by_bucket) bucketed += n;
  EXPECT_EQ(bucketed, fp_people);
}

TEST(Summary, DerivedRatesAreExact) {
  SummaryBuilder b;
  const uint64_t v = 500230001001ULL;
  b.add_household({v, HouseholdType::kFormerlyPoor, 3, true, Money::from_yuan(10000), Money::from_yuan(9000)});
  b.add_household({v, HouseholdType::kFormerlyPoorNoPolicy, 2, true, Money::from_yuan(7000), std::nullopt});
  b.add_household({v, HouseholdType::kOrdinary, 4, true, Money::from_yuan(20000), std::nullopt});
  b.add_case({v, 7, MonitoringCategory::kMarginal, WarningLevel::kRed, true});
  b.add_case({v, 7, MonitoringCategory::kMarginal, WarningLevel::kBlue, false});
  b.add_case({v, 13, MonitoringCategory::kMarginal, WarningLevel::kNone, false});
  FundFlow f;
  f.region = v;
  f.level = FundLevel::kCentral;
  f.allocated = Money::parse("36.82亿");
  f.disbursed = Money::parse("22.4亿");
  f.project_type = ProjectType::kIndustry;
  b.add_fund_flow(f);
  const auto s = b.summaries().at(0);
  // (10000 * 3 + 7000 * 2) / 5 = 8800 yuan per person.
  EXPECT_EQ(*s.fp_income_mean(), Ratio(8800, 1));
  EXPECT_EQ(*s.fp_income_growth(), Ratio(1, 9));  // 30000 / 27000 - 1
  EXPECT_EQ(s.fp_income_people_by_bucket[income_bucket(Money::from_yuan(7000))], 2);
  EXPECT_EQ(*s.elimination_rate(), Ratio(1, 3));
  EXPECT_EQ(*s.measure_coverage(), Ratio(1, 2));
  EXPECT_EQ(s.progress(FundLevel::kCentral)->to_percent(2), "60.84%");
  EXPECT_FALSE(s.progress(FundLevel::kCounty).has_value());
  EXPECT_EQ(*s.industry_share(), Ratio(1, 1));
  EXPECT_FALSE(s.completion_rate().has_value());
  EXPECT_EQ(s.people(), 9);
}

TEST(Summary, IncomeBucketsAreLowerBoundInclusive) {
  EXPECT_EQ(income_bucket(Money::from_yuan(-5)), 0u);
  EXPECT_EQ(income_bucket(Money::from_units(5000 * Money::kUnitsPerYuan - 1)), 0u);
  EXPECT_EQ(income_bucket(Money::from_yuan(5000)), 1u);
  EXPECT_EQ(income_bucket(Money::from_yuan(1'000'000)), kIncomeBucketCount - 1);
}

}  // namespace
}  // namespace rg

namespace rg {
namespace {

TEST(SummaryJson, RoundTripIsExactAndMergesLikeTheOriginal) {
  SummaryBuilder b;
  const uint64_t v = 500230001001ULL;
  b.add_household({v, HouseholdType::kFormerlyPoor, 3, true, Money::parse("10000.1234"), Money::from_yuan(9000),
                   true, true, MonitoringCategory::kMarginal, WarningLevel::kYellow});
  b.add_case({500230002001ULL, 13, MonitoringCategory::kMarginal, WarningLevel::kNone, false});
  b.add_asset(v, {2, 3}, Money::from_yuan(50000), Money::from_yuan(1200));
  const auto original = b.summaries();
  const auto back = summaries_from_json(summaries_to_json(original));
  EXPECT_EQ(back, original);
  EXPECT_EQ(roll_up(back, RegionLevel::kCounty), roll_up(original, RegionLevel::kCounty));
}

TEST(SummaryJson, ErrorsNameTheRegionAndField) {
  try {
    (void)summaries_from_json(R"({"format":"ruralguard.summary/1","regions":[{"region":500230001001,"assessed":1}]})");
    FAIL() << "accepted a summary without its fields";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kParse);
    EXPECT_NE(std::string(e.what()).find("region 500230001001: field 'households_by_type'"), std::string::npos)
        << e.what();
  }
  EXPECT_THROW((void)summaries_from_json(R"({"format":"other","regions":[]})"), Error);
}

}  // namespace
}  // namespace rg
