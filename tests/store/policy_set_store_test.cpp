// Policy sets in the store and the store path per household (issue 16, part A; migration 9).
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "domain/people.hpp"
#include "ruralguard/assessment_store.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/policy_set_store.hpp"
#include "ruralguard/ruralguard.h"
#include "ruralguard/summary_store.hpp"
#include "test_support/fixture_policy.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

// Two households, one in Yunnan (530122), one in Fujian (德化 350526), per capita 10,000 yuan,
// income period ending 2025-12-31.
void two_province_county(Store& store) {
  HouseholdRepository repo(store);
  for (const char* code : {"530122101001", "350526101001"}) repo.upsert_region(make_region(RegionCode::parse(code), "村"));
  int i = 0;
  for (const char* code : {"530122101001", "350526101001"}) {
    const std::string id = "H" + std::to_string(++i);
    Household h = test::household(id);
    h.region = RegionCode::parse(code);
    repo.upsert_household(h);
    repo.upsert_member(test::adult("P" + std::to_string(i), id, "1980-05-20", i));
    IncomeStatement s;
    s.household_id = id;
    s.period_start = Date::from_ymd(2025, 1, 1);
    s.period_end = Date::from_ymd(2025, 12, 31);
    s.wage = Money::from_yuan(10000);
    s.family_size = 1;
    repo.upsert_income(s);
  }
}

PolicySet two_province_set() {
  PolicySet set;
  set.id = "yn-fj-2025";
  set.add(default_policy("53", 2025));
  Policy fj = test::fixture_policy("35", 2025);
  fj.threshold.amount = Money::from_yuan(12000);
  set.add(fj);
  set.add_change({"35", 2025, std::nullopt, Money::from_yuan(10560), Money::from_yuan(12000), "test basis",
                  "test document", Date::from_ymd(2025, 1, 1)});
  return set;
}

// DOMAIN-2026 §7.3: sets and threshold changes are kept; the same content again is a no-op,
// different content under the same (id, version) is refused and nothing is written.
TEST(PolicySetStore, SetsAndThresholdChangesRoundTripAndConflictsWriteNothing) {
  test::TempDir dir;
  Store store(dir.file("s.db"));
  const PolicySet set = two_province_set();
  save_policy_set(store, set);
  save_policy_set(store, set);
  EXPECT_EQ(policy_set_to_json(load_policy_set(store, "yn-fj-2025")), policy_set_to_json(set));
  PolicySet changed = two_province_set();
  Policy extra = test::fixture_policy("50", 2025);
  changed.add(extra);
  EXPECT_THROW(save_policy_set(store, changed), Error);
  EXPECT_THROW((void)load_policy(store, "fixture-50-2025"), Error);  // nothing stored
  try {
    (void)load_policy_set(store, "nope", 3);
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNotFound);
    EXPECT_NE(std::string(e.what()).find("policy set 'nope' version 3"), std::string::npos);
  }
}

// DOMAIN.md §8 item 4 (the store path): each household under its own province's threshold — no
// longer the first household's province and the as-of year for everyone.
TEST(PolicySetStore, AStoreWithHouseholdsOfTwoProvincesIsAssessedUnderTwoThresholds) {
  test::TempDir dir;
  Store store(dir.file("two.db"));
  two_province_county(store);
  StoreSummaryOptions so;
  so.as_of = Date::from_ymd(2026, 1, 15);
  so.policy_set = two_province_set();
  const StoreSummary s = summarize_store(store, so);
  ASSERT_EQ(s.regions.size(), 2u);
  int64_t monitored = 0;
  for (const RegionSummary& r : s.regions) {
    if (r.region == 350526101001ULL) EXPECT_EQ(r.monitored, 1);  // 10,000 < 12,000
    if (r.region == 530122101001ULL) EXPECT_EQ(r.monitored, 0);  // 10,000 >= 8,700
    monitored += r.monitored;
  }
  EXPECT_EQ(monitored, 1);
  // Without a set or policy, the built-in catalogue lacks 35/2025: a named error.
  so.policy_set.reset();
  try {
    (void)summarize_store(store, so);
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNotFound);
    EXPECT_NE(std::string(e.what()).find("no policy for province 35 year 2025"), std::string::npos) << e.what();
  }
}

// The same through the C ABI: rg_store_assess_run records one run under two thresholds;
// rg_policy_default("44", 2024) is RG_ENOTFOUND naming the province and year.
TEST(PolicySetStore, TheCAbiAssessesAStoreRunPerHouseholdAndNamesAMissingPolicy) {
  rg_policy* none = nullptr;
  EXPECT_EQ(rg_policy_default(&none, "44", 2, 2024), RG_ENOTFOUND);
  EXPECT_EQ(none, nullptr);
  EXPECT_NE(std::strstr(rg_last_error_message(), "no policy for province 44 year 2024"), nullptr) << rg_last_error_message();

  test::TempDir dir;
  const std::string path = dir.file("c.db");
  {
    Store store(path);
    two_province_county(store);
  }
  rg_store* store = nullptr;
  ASSERT_EQ(rg_store_open(&store, path.data(), path.size(), nullptr), RG_OK);
  const std::string json = policy_set_to_json(two_province_set());
  rg_policy_set* set = nullptr;
  ASSERT_EQ(rg_policy_set_from_json(&set, json.data(), json.size()), RG_OK) << rg_last_error_message();
  size_t n = 0, changes = 0;
  ASSERT_EQ(rg_policy_set_counts(&n, &changes, set), RG_OK);
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(changes, 1u);
  int64_t run = 0;
  size_t monitored = 0;
  ASSERT_EQ(rg_store_assess_run(&run, &monitored, store, set, Date::from_ymd(2026, 1, 15).days_since_epoch(), "q", 1),
            RG_OK)
      << rg_last_error_message();
  EXPECT_GT(run, 0);
  EXPECT_EQ(monitored, 1u);
  rg_policy* yn = nullptr;
  ASSERT_EQ(rg_policy_set_lookup(&yn, set, 530122101001ULL, Date::from_ymd(2025, 12, 31).days_since_epoch()), RG_OK);
  rg_money threshold = 0;
  ASSERT_EQ(rg_policy_threshold(&threshold, yn, 530122101001ULL), RG_OK);
  EXPECT_EQ(threshold, Money::from_yuan(8700).units());
  int32_t regime = -1;
  ASSERT_EQ(rg_policy_regime(&regime, yn), RG_OK);
  EXPECT_EQ(regime, RG_REGIME_TRANSITION_2021_2025);
  rg_policy_free(yn);
  rg_policy* gd = nullptr;
  EXPECT_EQ(rg_policy_set_lookup(&gd, set, 440106001001ULL, Date::from_ymd(2024, 12, 31).days_since_epoch()),
            RG_ENOTFOUND);
  EXPECT_NE(std::strstr(rg_last_error_message(), "province 44 year 2024"), nullptr);
  // A set missing Fujian: the run is refused, naming it, and nothing is recorded.
  rg_policy_set* builtin = nullptr;
  ASSERT_EQ(rg_policy_set_builtin(&builtin), RG_OK);
  int64_t refused = 0;
  EXPECT_EQ(rg_store_assess_run(&refused, nullptr, store, builtin, Date::from_ymd(2026, 1, 15).days_since_epoch(),
                                nullptr, 0),
            RG_ENOTFOUND);
  EXPECT_NE(std::strstr(rg_last_error_message(), "no policy for province 35 year 2025"), nullptr);
  // Saved and loaded through the C ABI.
  ASSERT_EQ(rg_store_save_policy_set(store, set), RG_OK);
  rg_policy_set* loaded = nullptr;
  ASSERT_EQ(rg_store_load_policy_set(&loaded, store, "yn-fj-2025", 10, 0), RG_OK);
  rg_summary* summary = nullptr;
  EXPECT_EQ(rg_summary_from_store_policies(&summary, store, Date::from_ymd(2026, 1, 15).days_since_epoch(), nullptr, 0,
                                           nullptr, loaded),
            RG_OK);
  rg_summary_free(summary);
  rg_policy_set_free(loaded);
  rg_policy_set_free(builtin);
  rg_policy_set_free(set);
  rg_store_close(store);
}

}  // namespace
}  // namespace rg
