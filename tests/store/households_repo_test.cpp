#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "domain/people.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/transaction.hpp"
#include "store/store_impl.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void add_regions(HouseholdRepository& repo) {
  repo.upsert_region(make_region(RegionCode::parse("500112000000"), "渝北区"));
  repo.upsert_region(make_region(RegionCode::parse("500112001000"), "双龙湖街道"));
  repo.upsert_region(make_region(RegionCode::parse("500112001001"), "一村"));
}

IncomeStatement statement_of(const std::string& hh) {
  IncomeStatement s;
  s.household_id = hh;
  s.kind = IncomePeriod::kAnnual;
  s.period_start = Date::parse("2023-01-01");
  s.period_end = Date::parse("2023-12-31");
  s.wage = Money::parse("24000.5");
  s.business_income = Money::parse("3000");
  s.business_cost = Money::parse("800.25");
  s.transfer(TransferItem::kDibao) = Money::parse("3600");
  s.transfer(TransferItem::kCondolence) = Money::parse("200");
  s.oop_medical = Money::parse("1234.56");
  s.family_size = 2;
  return s;
}

TEST(HouseholdRepository, RoundTripsEveryEntity) {
  test::TempDir dir;
  Store store(dir.file("h.db"));
  HouseholdRepository repo(store);
  add_regions(repo);
  Household h = test::household("H1", HouseholdType::kFormerlyPoor);
  h.phone = "13800000000";
  h.land.arable_centimu = 325;
  h.unsafe_house = true;
  repo.upsert_household(h);
  Member a = test::adult("P1", "H1");
  a.dibao = true;
  Member c = test::child("P2", "H1", "2014-02-01", SchoolStatus::kCompulsory);
  repo.upsert_member(a);
  repo.upsert_member(c);
  repo.upsert_income(statement_of("H1"));

  const auto region = repo.find_region(RegionCode::parse("500112001001"));
  ASSERT_TRUE(region);
  EXPECT_EQ(region->name, "一村");
  EXPECT_EQ(region->parent->to_string(), "500112001000");
  const auto back = repo.find_household("H1");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->type, HouseholdType::kFormerlyPoor);
  EXPECT_EQ(back->land.arable_centimu, 325);
  EXPECT_TRUE(back->unsafe_house);
  EXPECT_EQ(back->phone, "13800000000");
  const auto members = repo.members_of("H1");
  ASSERT_EQ(members.size(), 2u);
  EXPECT_EQ(members[0].person_id, "P1");
  EXPECT_TRUE(members[0].id_number.empty());  // never read back in clear
  EXPECT_EQ(members[0].id_masked, mask_id_number(a.id_number));
  EXPECT_EQ(members[0].id_facts.status, IdNumberStatus::kValid);
  EXPECT_EQ(members[0].birth_date, a.birth_date);
  EXPECT_TRUE(members[0].dibao);
  EXPECT_EQ(members[1].school_status, SchoolStatus::kCompulsory);
  const auto income = repo.income_of("H1");
  ASSERT_EQ(income.size(), 1u);
  EXPECT_EQ(income[0].wage, Money::parse("24000.5"));
  EXPECT_EQ(income[0].transfer(TransferItem::kCondolence), Money::parse("200"));
  EXPECT_EQ(income[0].oop_medical, Money::parse("1234.56"));
  EXPECT_EQ(compute_income(income[0], IncomeItemPolicy(50, 2023)).per_capita,
            compute_income(statement_of("H1"), IncomeItemPolicy(50, 2023)).per_capita);
}

TEST(HouseholdRepository, IdNumbersAreNeverStoredInClearButLookupsWork) {
  test::TempDir dir;
  const std::string path = dir.file("ids.db");
  const Member a = test::adult("P1", "H1", "1975-11-30", 123);
  {
    Store store(path);
    HouseholdRepository repo(store);
    add_regions(repo);
    repo.upsert_household(test::household("H1"));
    repo.upsert_member(a);
  }
  // Closing the last connection checkpoints the WAL into the main file.
  const std::string bytes = file_bytes(path);
  EXPECT_EQ(bytes.find(a.id_number), std::string::npos);
  EXPECT_EQ(bytes.find(a.id_number.substr(4, 10)), std::string::npos);
  EXPECT_NE(bytes.find(mask_id_number(a.id_number)), std::string::npos);

  Store store(path);
  HouseholdRepository repo(store);
  const auto found = repo.find_member_by_id_number(a.id_number);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->person_id, "P1");
  EXPECT_EQ(repo.household_of_id_number(a.id_number), "H1");
  EXPECT_FALSE(repo.find_member_by_id_number(test::make_id_number(a.birth_date, 124)));
}

TEST(HouseholdRepository, AnotherKeyIsRefused) {
  test::TempDir dir;
  const std::string path = dir.file("k.db");
  const std::vector<uint8_t> key1(32, 7), key2(32, 8);
  {
    Store store(path);
    set_id_key(store, key1);
    HouseholdRepository repo(store);
    add_regions(repo);
    repo.upsert_household(test::household("H1"));
    repo.upsert_member(test::adult("P1", "H1"));
  }
  Store store(path);
  try {
    set_id_key(store, key2);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConflict);
  }
  set_id_key(store, key1);
  HouseholdRepository repo(store);
  EXPECT_TRUE(repo.find_member_by_id_number(test::adult("P1", "H1").id_number));
  EXPECT_THROW(set_id_key(store, std::vector<uint8_t>(31, 1)), Error);
}

TEST(HouseholdRepository, UpsertsAreIdempotentAndCheckReferences) {
  test::TempDir dir;
  Store store(dir.file("u.db"));
  HouseholdRepository repo(store);
  add_regions(repo);
  auto h = test::household("H1");
  const int64_t key = repo.upsert_household(h);
  h.water_safe = false;
  EXPECT_EQ(repo.upsert_household(h), key);
  repo.upsert_member(test::adult("P1", "H1"));
  repo.upsert_member(test::adult("P1", "H1"));
  repo.upsert_income(statement_of("H1"));
  repo.upsert_income(statement_of("H1"));
  EXPECT_EQ(repo.count_households(), 1);
  EXPECT_EQ(repo.count_members(), 1);
  EXPECT_EQ(repo.count_income_statements(), 1);
  EXPECT_FALSE(repo.find_household("H1")->water_safe);

  auto stray = test::household("H2");
  stray.region = RegionCode::parse("500112001009");
  try {
    repo.upsert_household(stray);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNotFound);
    EXPECT_NE(std::string(e.what()).find("500112001009"), std::string::npos);
  }
  EXPECT_THROW(repo.upsert_member(test::adult("P9", "H9")), Error);
  auto bad = statement_of("H1");
  bad.family_size = 0;
  EXPECT_THROW(repo.upsert_income(bad), Error);
}

TEST(HouseholdRepository, ATransactionThatIsNotCommittedLeavesNothing) {
  test::TempDir dir;
  Store store(dir.file("t.db"));
  HouseholdRepository repo(store);
  add_regions(repo);
  {
    WriteTransaction tx(store);
    repo.upsert_household(test::household("H1"));
    EXPECT_THROW(WriteTransaction nested(store), Error);
  }
  EXPECT_EQ(repo.count_households(), 0);
  {
    WriteTransaction tx(store);
    repo.upsert_household(test::household("H1"));
    tx.commit();
  }
  EXPECT_EQ(repo.count_households(), 1);
  EXPECT_THROW(commit_write(store), Error);
}

TEST(HouseholdRepository, EveryTableIsStrict) {
  test::TempDir dir;
  Store store(dir.file("s.db"));
  SQLite::Statement q(rg::store::database_of(store).sql(), "SELECT name, sql FROM sqlite_schema WHERE type = 'table'");
  int tables = 0;
  while (q.executeStep()) {
    ++tables;
    EXPECT_NE(q.getColumn(1).getString().find("STRICT"), std::string::npos) << q.getColumn(0).getString();
  }
  EXPECT_GE(tables, 5);
}

TEST(HouseholdRepository, VisitsEveryHouseholdWithItsMembersAndStatements) {
  test::TempDir dir;
  Store store(dir.file("v.db"));
  HouseholdRepository repo(store);
  add_regions(repo);
  WriteTransaction tx(store);
  for (int i = 0; i < 5; ++i) {
    const std::string id = "H" + std::to_string(i);
    repo.upsert_household(test::household(id));
    for (int j = 0; j < i; ++j) {
      repo.upsert_member(test::adult(id + "-" + std::to_string(j), id, "1980-01-01", i * 10 + j));
    }
    if (i % 2 == 0) repo.upsert_income(statement_of(id));
  }
  tx.commit();
  int seen = 0;
  repo.for_each_household([&](const Household& h, std::span<const Member> m, std::span<const IncomeStatement> s) {
    const int i = h.household_id[1] - '0';
    EXPECT_EQ(static_cast<int>(m.size()), i);
    for (const auto& x : m) EXPECT_EQ(x.household_id, h.household_id);
    EXPECT_EQ(s.size(), i % 2 == 0 ? 1u : 0u);
    ++seen;
  });
  EXPECT_EQ(seen, 5);
}

}  // namespace
}  // namespace rg
