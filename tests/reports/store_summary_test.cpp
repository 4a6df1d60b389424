// Region summaries read from a store: households, assessment runs and cases.
#include <gtest/gtest.h>

#include "ruralguard/assessment_store.hpp"
#include "test_support/fixture_policy.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/ledger_store.hpp"
#include "ruralguard/summary_store.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/synthetic_county.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

TEST(StoreSummary, CountsHouseholdsRunsAndCasesOfASyntheticCounty) {
  test::TempDir dir;
  Store store(dir.file("s.db"));
  SyntheticCountyOptions o;
  o.households = 800;
  o.townships = 2;
  o.villages = 6;
  o.monitored_permille = 50;
  const SyntheticCountySummary g = generate_county(o, store);

  StoreSummaryOptions so;
  so.as_of = Date::from_ymd(2024, 12, 31);
  so.policy = rg::test::fixture_policy("50", 2024);  // no built-in policy for 50/2024
  const StoreSummary fly = summarize_store(store, so);
  EXPECT_EQ(fly.run_id, 0);
  EXPECT_EQ(fly.regions.size(), 6u);  // one per village
  RegionSummary county = roll_up(fly.regions, RegionLevel::kCounty).at(0);
  EXPECT_EQ(county.households(), g.households);
  EXPECT_EQ(county.formerly_poor_households(), g.formerly_poor);
  EXPECT_EQ(county.assessed, g.households);
  EXPECT_GE(county.monitored, g.monitored_profile / 2);
  EXPECT_GT(county.fp_people_with_income, 0);

  // Record a run in which exactly the first two households are monitored (red).
  HouseholdRepository repo(store);
  std::vector<uint64_t> keys;
  repo.for_each_household([&](const Household& h, auto, auto) { keys.push_back(static_cast<uint64_t>(*repo.household_key(h.household_id))); });
  const std::size_t n = keys.size();
  std::vector<uint8_t> within(n, 0), category(n, 0), level(n, 0);
  std::vector<uint32_t> mask(n, 0);
  std::vector<int32_t> score(n, 0), visit(n, INT32_MIN);
  for (std::size_t i = 0; i < 2; ++i) {
    within[i] = 1;
    category[i] = 2;
    level[i] = 3;
  }
  const int64_t run = record_assessment_run(store, rg::test::fixture_policy("50", 2024), so.as_of,
                                            RunResults{keys, within, category, level, mask, score, visit});
  const StoreSummary recorded = summarize_store(store, so);
  EXPECT_EQ(recorded.run_id, run);
  county = roll_up(recorded.regions, RegionLevel::kCounty).at(0);
  EXPECT_EQ(county.monitored, 2);
  EXPECT_EQ(county.monitored_by_level[3], 2);
  EXPECT_EQ(county.monitored_by_category[2], 2);

  CaseRepository cases(store);
  (void)cases.open_case(static_cast<int64_t>(keys[0]), ClueChannel::kSelfDeclared, Date::from_ymd(2024, 5, 1), "demo");
  county = roll_up(summarize_store(store, so).regions, RegionLevel::kCounty).at(0);
  EXPECT_EQ(county.cases_by_state[static_cast<std::size_t>(CaseState::kClue)], 1);
  EXPECT_EQ(county.cases_under_monitoring, 0);

  so.run_id = run + 100;
  EXPECT_THROW((void)summarize_store(store, so), Error);
}

TEST(StoreSummary, ProjectsCountWithTheirStatusOnTheReportDate) {
  test::TempDir dir;
  Store store(dir.file("p.db"));
  {
    LedgerStore ledger(store);
    Project p;
    p.id = 7;
    p.name = "花椒种植基地";
    p.region = RegionCode::parse("500230001001");
    p.type = ProjectType::kIndustry;
    p.fiscal_year = 2024;
    ledger.add_project(p, Date::from_ymd(2024, 1, 10));
    ledger.transition_project(7, ProjectStatus::kAdmitted, Date::from_ymd(2024, 2, 1));
    ledger.transition_project(7, ProjectStatus::kApproved, Date::from_ymd(2024, 3, 1));
    ledger.transition_project(7, ProjectStatus::kUnderConstruction, Date::from_ymd(2024, 4, 1));
    ledger.transition_project(7, ProjectStatus::kCompleted, Date::from_ymd(2024, 10, 31));
  }
  StoreSummaryOptions so;
  so.as_of = Date::from_ymd(2023, 12, 31);
  EXPECT_TRUE(summarize_store(store, so).regions.empty());  // not proposed yet
  so.as_of = Date::from_ymd(2024, 9, 30);
  auto s = summarize_store(store, so).regions.at(0);
  EXPECT_EQ(s.projects(), 1);
  EXPECT_EQ(s.projects_completed(), 0);
  so.as_of = Date::from_ymd(2024, 12, 31);
  s = summarize_store(store, so).regions.at(0);
  EXPECT_EQ(s.projects_completed(), 1);
  EXPECT_EQ(*s.completion_rate(), Ratio(1, 1));
}

}  // namespace
}  // namespace rg
