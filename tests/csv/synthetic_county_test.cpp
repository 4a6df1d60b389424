#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <set>

#include "ruralguard/error.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/store_validation.hpp"
#include "ruralguard/synthetic_county.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

ValidationPolicy year_end_policy() {
  ValidationPolicy p;
  p.as_of = Date::parse("2024-12-31");
  return p;
}

TEST(SyntheticCounty, HasTheRequestedShape) {
  SyntheticCountyOptions o;
  o.households = 6000;
  std::set<uint64_t> townships, villages;
  std::set<std::string> household_ids;
  int64_t regions = 0, members = 0, poor = 0;
  std::string current;
  int active = 0;
  bool size_ok = true;
  auto close_household = [&] {
    if (!current.empty() && (active < 2 || active > 4)) size_ok = false;
    active = 0;
  };
  const CountySink sink{
      [&](const Region& r) {
        ++regions;
        EXPECT_TRUE(r.code.is_within(o.county));
        if (r.level() == RegionLevel::kTownship) townships.insert(r.code.value());
        if (r.level() == RegionLevel::kVillage) villages.insert(r.code.value());
      },
      [&](const Household& h) {
        close_household();
        current = h.household_id;
        EXPECT_TRUE(household_ids.insert(h.household_id).second);
        EXPECT_TRUE(villages.count(h.region.value()));
        poor += is_formerly_poor(h.type) ? 1 : 0;
      },
      [&](const Member& m) {
        ++members;
        EXPECT_EQ(m.household_id, current);
        EXPECT_EQ(m.id_facts.status, IdNumberStatus::kValid);
        active += m.active() ? 1 : 0;
      },
      [&](const IncomeStatement& s) { EXPECT_EQ(s.household_id, current); },
  };
  const auto sum = generate_county(o, sink);
  close_household();
  EXPECT_TRUE(size_ok);
  EXPECT_EQ(townships.size(), 13u);
  EXPECT_EQ(villages.size(), 300u);
  EXPECT_EQ(regions, 314);
  EXPECT_EQ(sum.households, 6000);
  EXPECT_EQ(sum.members, members);
  EXPECT_EQ(sum.formerly_poor, poor);
  EXPECT_NEAR(static_cast<double>(poor) / 6000, 0.07, 0.015);  // a share, not money
  EXPECT_GE(sum.monitored_profile, 10);
  EXPECT_LE(sum.monitored_profile, 60);
  EXPECT_GT(members, 6000 * 2);
  EXPECT_LT(members, 6000 * 4 + 200);
  EXPECT_EQ(sum.injected_errors, 0);

  o.villages = 5;  // fewer villages than townships
  EXPECT_THROW((void)generate_county(o, sink), Error);
}

TEST(SyntheticCounty, IsDeterministicPerSeed) {
  test::TempDir dir;
  SyntheticCountyOptions o;
  o.households = 500;
  const HouseholdCsvFiles a{dir.file("r1"), dir.file("h1"), dir.file("m1"), dir.file("i1")};
  const HouseholdCsvFiles b{dir.file("r2"), dir.file("h2"), dir.file("m2"), dir.file("i2")};
  const HouseholdCsvFiles c{"", dir.file("h3"), dir.file("m3"), dir.file("i3")};
  (void)write_county_csv(o, a);
  (void)write_county_csv(o, b);
  for (auto [x, y] : {std::pair{a.households, b.households}, {a.members, b.members}, {a.income, b.income}}) {
    EXPECT_EQ(read_file(x), read_file(y));
  }
  o.seed += 1;
  (void)write_county_csv(o, c);
  EXPECT_NE(read_file(a.members), read_file(c.members));
}

TEST(SyntheticCounty, ACleanCountyPassesEveryRuleAndInjectedErrorsAreFound) {
  test::TempDir dir;
  SyntheticCountyOptions o;
  o.households = 2000;
  Store clean(dir.file("clean.db"));
  const auto clean_sum = generate_county(o, clean);
  const auto clean_report = validate_store(clean, year_end_policy());
  EXPECT_EQ(clean_report.households_checked, 2000);
  EXPECT_EQ(clean_report.findings_total, 0) << (clean_report.findings.empty() ? "" : clean_report.findings[0].message_en);
  EXPECT_EQ(HouseholdRepository(clean).count_members(), clean_sum.members);

  o.error_permille = 50;
  Store dirty(dir.file("dirty.db"));
  const auto sum = generate_county(o, dirty);
  EXPECT_GT(sum.injected_errors, 60);
  const auto report = validate_store(dirty, year_end_policy());
  EXPECT_GE(report.findings_total, sum.injected_errors);
  for (RuleId rule : {RuleId::kIdNumberFormat, RuleId::kIdNumberCheckDigit, RuleId::kBirthDateVsIdNumber,
                      RuleId::kDuplicatePerson, RuleId::kMedicalSchemeCount, RuleId::kSchoolAgeVsStatus,
                      RuleId::kWageBounds, RuleId::kFamilySizeVsMembers}) {
    EXPECT_GT(report.count(rule), 0) << rule_info(rule).code;
  }
}

// Must-show: a 100,000-household synthetic county imported from CSV (the only large test).
TEST(SyntheticCounty, A100kHouseholdCountyImportsFromCsv) {
  test::TempDir dir;
  SyntheticCountyOptions o;  // the default: 100,000 households
  const HouseholdCsvFiles files{dir.file("regions.csv"), dir.file("households.csv"), dir.file("members.csv"),
                                dir.file("income.csv")};
  const auto sum = write_county_csv(o, files);
  ASSERT_EQ(sum.households, 100000);
  StoreOptions so;
  so.synchronous_full = false;
  Store store(dir.file("county.db"), so);
  const auto r = import_households_csv(store, files);
  ASSERT_TRUE(r.committed) << (r.errors.empty() ? "" : r.errors[0].message);
  EXPECT_EQ(r.households.imported, 100000);
  EXPECT_EQ(r.members.imported, sum.members);
  EXPECT_EQ(r.income.imported, sum.income_statements);
  EXPECT_TRUE(r.warnings.empty());
  HouseholdRepository repo(store);
  EXPECT_EQ(repo.count_households(), 100000);
  EXPECT_EQ(repo.count_regions(), 314);
}

}  // namespace
}  // namespace rg
