#include <gtest/gtest.h>

#include "domain/people.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/synthetic_county.hpp"
#include "ruralguard/transaction.hpp"
#include "store/household_columns_access.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

IncomeStatement annual(const std::string& hh, int year, const char* wage, int family_size) {
  IncomeStatement s;
  s.household_id = hh;
  s.period_start = Date::from_ymd(year, 1, 1);
  s.period_end = Date::from_ymd(year, 12, 31);
  s.wage = Money::parse(wage);
  s.family_size = family_size;
  return s;
}

TEST(HouseholdColumns, HandBuiltHouseholdsGiveTheExpectedColumns) {
  test::TempDir dir;
  Store store(dir.file("c.db"));
  HouseholdRepository repo(store);
  repo.upsert_region(make_region(RegionCode::parse("500112001001"), "一村"));
  repo.upsert_region(make_region(RegionCode::parse("500113001001"), "外县村"));
  auto h1 = test::household("H1", HouseholdType::kFormerlyPoor);
  h1.water_safe = false;
  repo.upsert_household(h1);
  Member sick = test::adult("P1", "H1", "1950-01-01", 1);
  sick.health = Health::kSeriousIllness;
  sick.labour = Labour::kLost;
  repo.upsert_member(sick);
  repo.upsert_member(test::adult("P2", "H1", "1985-01-01", 2));
  repo.upsert_member(test::child("P3", "H1", "2014-05-01", SchoolStatus::kDropout));
  Member gone = test::adult("P4", "H1", "1930-01-01", 4);
  gone.status = MemberStatus::kNaturalDecrease;
  repo.upsert_member(gone);
  repo.upsert_income(annual("H1", 2022, "30000", 3));
  auto latest = annual("H1", 2023, "20000.01", 3);
  latest.transfer(TransferItem::kCondolence) = Money::parse("900");  // excluded by default
  latest.oop_medical = Money::parse("12345.67");
  repo.upsert_income(latest);
  repo.upsert_income(annual("H1", 2025, "99999", 3));  // after as_of: ignored
  auto h2 = test::household("H2");
  h2.region = RegionCode::parse("500113001001");
  repo.upsert_household(h2);

  HouseholdColumnOptions o;
  o.as_of = Date::parse("2024-06-30");
  const auto d = load_household_columns(store, o);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d.region_code[0], 500112001001u);
  EXPECT_EQ(d.kind[0], static_cast<uint8_t>(HouseholdType::kFormerlyPoor));
  EXPECT_EQ(d.members[0], 3);
  EXPECT_EQ(d.labour_capable[0], 1);
  EXPECT_EQ(d.seriously_ill[0], 1);
  EXPECT_EQ(d.elderly[0], 1);
  EXPECT_EQ(d.school_age[0], 1);
  EXPECT_EQ(d.guarantee_failures[0], static_cast<uint8_t>(Guarantee::kEducation) | static_cast<uint8_t>(Guarantee::kWater));
  // 20000.01 / 3 = 6666.67 (half-up); the previous year 30000 / 3 = 10000.
  EXPECT_EQ(d.per_capita_income[0], Money::parse("6666.67").units());
  EXPECT_EQ(d.net_income[0], Money::parse("20000.01").units());
  EXPECT_EQ(d.previous_per_capita_income[0], Money::parse("10000").units());
  EXPECT_EQ(d.medical_out_of_pocket[0], Money::parse("12345.67").units());
  EXPECT_EQ(d.income_period_end[0], Date::parse("2023-12-31").days_since_epoch());
  EXPECT_EQ(d.has_income[0], 1);
  EXPECT_EQ(d.has_income[1], 0);
  EXPECT_EQ(d.income_period_end[1], HouseholdColumnData::kDateNone);
  EXPECT_EQ(d.previous_per_capita_income[1], HouseholdColumnData::kMoneyUnknown);

  o.region_prefix = "500113";
  const auto only = load_household_columns(store, o);
  ASSERT_EQ(only.size(), 1u);
  EXPECT_EQ(only.household_key[0], *repo.household_key("H2"));
  o.region_prefix = "5001x";
  EXPECT_THROW((void)load_household_columns(store, o), Error);
}

// The fast path agrees with the domain functions on every household of a synthetic county.
// A village or township is read by key (one index lookup per household) instead of scanning the
// member and income tables: both ways must give the same columns, row for row.
TEST(HouseholdColumns, ReadingByKeyEqualsScanningForEveryRegionPrefix) {
  test::TempDir dir;
  Store store(dir.file("k.db"));
  SyntheticCountyOptions so;
  so.households = 1200;
  so.monitored_permille = 100;
  so.error_permille = 100;
  (void)generate_county(so, store);
  // A second and a third statement for every third household: current and previous must agree too.
  HouseholdRepository repo(store);
  std::vector<std::pair<IncomeStatement, int64_t>> extra;
  int i = 0;
  repo.for_each_household([&](const Household& h, std::span<const Member>, std::span<const IncomeStatement> st) {
    if (i++ % 3 != 0 || st.empty()) return;
    const auto key = *repo.household_key(h.household_id);
    IncomeStatement before = st[0];
    before.period_start = Date::from_ymd(2023, 1, 1);
    before.period_end = Date::from_ymd(2023, 12, 31);
    before.wage = before.wage + Money::from_yuan(i);
    extra.emplace_back(before, key);
    IncomeStatement same_end = st[0];  // the same end as the current one, another kind
    same_end.kind = IncomePeriod::kIdentification;
    same_end.wage = same_end.wage + Money::from_yuan(7);
    extra.emplace_back(same_end, key);
  });
  {
    WriteTransaction tx(store);
    for (const auto& [s, key] : extra) repo.upsert_income(s, key);
    tx.commit();
  }
  const auto all = load_household_columns(store, HouseholdColumnOptions{});
  ASSERT_EQ(all.size(), 1200u);
  const std::string village = RegionCode::from_value(all.region_code[0]).to_string();
  for (const std::string prefix : {std::string("50"), village.substr(0, 6), village.substr(0, 9), village,
                                   std::string("110101001001")}) {
    for (const char* as_of : {"2024-12-31", "2024-06-30"}) {
      SCOPED_TRACE(prefix + " as of " + as_of);
      HouseholdColumnOptions o;
      o.as_of = Date::parse(as_of);
      o.region_prefix = prefix;
      const auto scan = store::load_household_columns(store, o, store::ColumnAccess::kScan);
      const auto keyed = store::load_household_columns(store, o, store::ColumnAccess::kKeyed);
      const auto automatic = load_household_columns(store, o);
      EXPECT_EQ(scan.household_key, keyed.household_key);
      EXPECT_EQ(scan.per_capita_income, keyed.per_capita_income);
      EXPECT_EQ(scan.previous_per_capita_income, keyed.previous_per_capita_income);
      EXPECT_EQ(scan.net_income, keyed.net_income);
      EXPECT_EQ(scan.medical_out_of_pocket, keyed.medical_out_of_pocket);
      EXPECT_EQ(scan.education_out_of_pocket, keyed.education_out_of_pocket);
      EXPECT_EQ(scan.income_period_end, keyed.income_period_end);
      EXPECT_EQ(scan.has_income, keyed.has_income);
      EXPECT_EQ(scan.members, keyed.members);
      EXPECT_EQ(scan.labour_capable, keyed.labour_capable);
      EXPECT_EQ(scan.weak_labour, keyed.weak_labour);
      EXPECT_EQ(scan.seriously_ill, keyed.seriously_ill);
      EXPECT_EQ(scan.chronically_ill, keyed.chronically_ill);
      EXPECT_EQ(scan.disabled, keyed.disabled);
      EXPECT_EQ(scan.guarantee_failures, keyed.guarantee_failures);
      EXPECT_EQ(scan.elderly, keyed.elderly);
      EXPECT_EQ(scan.school_age, keyed.school_age);
      EXPECT_EQ(scan.household_ids, keyed.household_ids);
      EXPECT_EQ(automatic.per_capita_income, scan.per_capita_income);
      EXPECT_EQ(automatic.previous_per_capita_income, scan.previous_per_capita_income);
      EXPECT_EQ(automatic.members, scan.members);
      // One household by key: its row equals the scan's, field for field.
      for (std::size_t row = 0; row < scan.size(); row += 97) {
        const auto one = store::load_household_columns_of(store, o, scan.household_key[row]);
        ASSERT_EQ(one.size(), 1u);
        EXPECT_EQ(one.household_key[0], scan.household_key[row]);
        EXPECT_EQ(one.per_capita_income[0], scan.per_capita_income[row]);
        EXPECT_EQ(one.previous_per_capita_income[0], scan.previous_per_capita_income[row]);
        EXPECT_EQ(one.income_period_end[0], scan.income_period_end[row]);
        EXPECT_EQ(one.members[0], scan.members[row]);
        EXPECT_EQ(one.labour_capable[0], scan.labour_capable[row]);
        EXPECT_EQ(one.seriously_ill[0], scan.seriously_ill[row]);
        EXPECT_EQ(one.guarantee_failures[0], scan.guarantee_failures[row]);
        EXPECT_EQ(one.school_age[0], scan.school_age[row]);
        EXPECT_EQ(one.household_id(0), scan.household_id(row));
      }
    }
  }
  // A key not stored, or outside the prefix, gives no row.
  HouseholdColumnOptions o;
  EXPECT_EQ(store::load_household_columns_of(store, o, 987654321).size(), 0u);
  o.region_prefix = "110101001001";
  EXPECT_EQ(store::load_household_columns_of(store, o, all.household_key[0]).size(), 0u);
}

TEST(HouseholdColumns, AgreeWithTheDomainFunctionsOnASyntheticCounty) {
  test::TempDir dir;
  Store store(dir.file("s.db"));
  SyntheticCountyOptions so;
  so.households = 1500;
  so.monitored_permille = 100;
  so.error_permille = 100;
  (void)generate_county(so, store);
  HouseholdColumnOptions o;
  o.as_of = Date::parse("2024-12-31");
  o.income_policies.add(IncomeItemPolicy(50, 2024).set(TransferItem::kDibao, false));
  const auto d = load_household_columns(store, o);
  ASSERT_EQ(d.size(), 1500u);
  std::size_t row = 0;
  HouseholdRepository repo(store);
  repo.for_each_household([&](const Household& h, std::span<const Member> members, std::span<const IncomeStatement> st) {
    ASSERT_LT(row, d.size());
    EXPECT_EQ(d.region_code[row], h.region.value());
    const auto g = check_guarantees(h, members, o.as_of, o.guarantees);
    EXPECT_EQ(d.guarantee_failures[row], g.failed) << h.household_id;
    int active = 0;
    for (const auto& m : members) active += m.active();
    EXPECT_EQ(d.members[row], active);
    const IncomeStatement* latest = nullptr;
    for (const auto& s : st) {
      if (latest == nullptr || s.period_end > latest->period_end) latest = &s;
    }
    ASSERT_NE(latest, nullptr);
    const auto b = compute_income(*latest, o.income_policies.find(50, latest->period_end.year()));
    EXPECT_EQ(d.per_capita_income[row], b.per_capita.units()) << h.household_id;
    EXPECT_EQ(d.medical_out_of_pocket[row], latest->oop_medical.units());
    EXPECT_EQ(d.previous_per_capita_income[row] != HouseholdColumnData::kMoneyUnknown, st.size() > 1);
    ++row;
  });
  EXPECT_EQ(row, 1500u);
}

}  // namespace
}  // namespace rg
