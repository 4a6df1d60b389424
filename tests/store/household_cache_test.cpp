// The household facts a Store keeps in memory for the columnar load (store/household_cache.hpp):
// the cached columns equal the direct read for every option, and a change through any write path
// is seen by the next load (never stale).
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <cstring>

#include "domain/people.hpp"
#include "domain/people.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/ruralguard.h"
#include "ruralguard/synthetic_county.hpp"
#include "ruralguard/transaction.hpp"
#include "store/household_columns_access.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

void expect_same(const HouseholdColumnData& a, const HouseholdColumnData& b) {
  EXPECT_EQ(a.household_key, b.household_key);
  EXPECT_EQ(a.region_code, b.region_code);
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.per_capita_income, b.per_capita_income);
  EXPECT_EQ(a.previous_per_capita_income, b.previous_per_capita_income);
  EXPECT_EQ(a.net_income, b.net_income);
  EXPECT_EQ(a.medical_out_of_pocket, b.medical_out_of_pocket);
  EXPECT_EQ(a.education_out_of_pocket, b.education_out_of_pocket);
  EXPECT_EQ(a.income_period_end, b.income_period_end);
  EXPECT_EQ(a.members, b.members);
  EXPECT_EQ(a.labour_capable, b.labour_capable);
  EXPECT_EQ(a.weak_labour, b.weak_labour);
  EXPECT_EQ(a.seriously_ill, b.seriously_ill);
  EXPECT_EQ(a.chronically_ill, b.chronically_ill);
  EXPECT_EQ(a.disabled, b.disabled);
  EXPECT_EQ(a.guarantee_failures, b.guarantee_failures);
  EXPECT_EQ(a.events, b.events);
  EXPECT_EQ(a.has_income, b.has_income);
  EXPECT_EQ(a.relocated, b.relocated);
  EXPECT_EQ(a.elderly, b.elderly);
  EXPECT_EQ(a.school_age, b.school_age);
  EXPECT_EQ(a.household_ids, b.household_ids);
  EXPECT_EQ(a.id_offsets, b.id_offsets);
}

// The public load (cached) against the direct table scan, which cannot be stale.
HouseholdColumnData checked_load(Store& store, const HouseholdColumnOptions& o = {}) {
  HouseholdColumnData cached = load_household_columns(store, o);
  expect_same(cached, store::load_household_columns(store, o, store::ColumnAccess::kScan));
  return cached;
}

std::size_t row_of(const HouseholdColumnData& d, std::string_view household_id) {
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (d.household_id(i) == household_id) return i;
  }
  ADD_FAILURE() << household_id << " not loaded";
  return 0;
}

TEST(HouseholdCache, CachedColumnsEqualTheDirectReadForEveryOption) {
  test::TempDir dir;
  Store store(dir.file("c.db"));
  SyntheticCountyOptions so;
  so.households = 1500;
  so.monitored_permille = 100;
  so.error_permille = 100;
  (void)generate_county(so, store);
  // Statements before and beside the current one (same end, another kind): the order of ties.
  HouseholdRepository repo(store);
  std::vector<std::pair<IncomeStatement, int64_t>> extra;
  int i = 0;
  repo.for_each_household([&](const Household& h, std::span<const Member>, std::span<const IncomeStatement> st) {
    if (i++ % 3 != 0 || st.empty()) return;
    const auto key = *repo.household_key(h.household_id);
    IncomeStatement before = st[0];
    before.period_start = Date::from_ymd(2023, 1, 1);
    before.period_end = Date::from_ymd(2023, 12, 31);
    before.wage = before.wage + Money::from_yuan(i * 1000);
    extra.emplace_back(before, key);
    IncomeStatement same_end = st[0];
    same_end.kind = IncomePeriod::kIdentification;
    same_end.wage = same_end.wage + Money::from_yuan(7);
    extra.emplace_back(same_end, key);
  });
  {
    WriteTransaction tx(store);
    for (const auto& [s, key] : extra) repo.upsert_income(s, key);
    tx.commit();
  }
  const auto all = checked_load(store);
  ASSERT_EQ(all.size(), 1500u);
  const std::string village = RegionCode::from_value(all.region_code[7]).to_string();
  IncomeItemPolicyTable no_dibao;
  IncomeItemPolicy p(50, 2020);
  p.set(TransferItem::kDibao, false);
  no_dibao.add(p);
  for (const std::string prefix : {std::string(), std::string("50"), village.substr(0, 6), village.substr(0, 9), village,
                                   std::string("110101001001")}) {
    for (const char* as_of : {"2024-12-31", "2024-06-30", "2025-03-01", "2023-12-31", "2020-01-01"}) {
      for (int variant = 0; variant < 2; ++variant) {
        SCOPED_TRACE(prefix + " as of " + as_of + " variant " + std::to_string(variant));
        HouseholdColumnOptions o;
        o.as_of = Date::parse(as_of);
        o.region_prefix = prefix;
        if (variant == 1) {
          o.income_policies = no_dibao;
          o.guarantees.compulsory_school_age_min = 7;
          o.guarantees.compulsory_school_age_max = 16;
        }
        (void)checked_load(store, o);
      }
    }
  }
  HouseholdColumnOptions bad;
  bad.region_prefix = "5x";
  EXPECT_THROW((void)load_household_columns(store, bad), Error);
}

TEST(HouseholdCache, EveryWritePathIsSeenByTheNextLoad) {
  test::TempDir dir;
  const std::string path = dir.file("w.db");
  Store store(path);
  SyntheticCountyOptions so;
  so.households = 300;
  (void)generate_county(so, store);
  HouseholdRepository repo(store);
  auto d = checked_load(store);
  ASSERT_EQ(d.size(), 300u);
  const std::string h0(d.household_id(0)), h1(d.household_id(1)), h2(d.household_id(2)), h3(d.household_id(3));
  ASSERT_EQ(d.guarantee_failures[0] & static_cast<uint8_t>(Guarantee::kHousing), 0);
  (void)checked_load(store);  // served from memory now

  // 1. Repository: a household.
  {
    Household h = *repo.find_household(h0);
    h.unsafe_house = true;
    repo.upsert_household(h);
    d = checked_load(store);
    EXPECT_NE(d.guarantee_failures[row_of(d, h0)] & static_cast<uint8_t>(Guarantee::kHousing), 0);
  }
  // 2. Repository: a member (falls ill, loses insurance).
  {
    Member m = repo.members_of(h1).front();
    m.health = Health::kSeriousIllness;
    m.medical_resident = false;
    m.medical_employee = false;
    repo.upsert_member(m);
    d = checked_load(store);
    EXPECT_EQ(d.seriously_ill[row_of(d, h1)], 1);
    EXPECT_NE(d.guarantee_failures[row_of(d, h1)] & static_cast<uint8_t>(Guarantee::kMedical), 0);
  }
  // 3. Repository: an income statement.
  {
    IncomeStatement s = repo.income_of(h2).back();
    s.wage = Money::from_yuan(1);
    s.business_income = Money();
    s.business_cost = Money();
    s.property = Money();
    s.transfers = {};
    repo.upsert_income(s);
    d = checked_load(store);
    EXPECT_EQ(d.net_income[row_of(d, h2)], Money::from_yuan(1).units());
  }
  // 4. An explicit transaction: inside it the load sees the uncommitted change; after a rollback
  //    the next load sees the stored state again.
  {
    const int64_t before = d.net_income[row_of(d, h3)];
    {
      WriteTransaction tx(store);
      IncomeStatement s = repo.income_of(h3).back();
      s.wage = s.wage + Money::from_yuan(100);
      repo.upsert_income(s);
      const auto inside = checked_load(store);
      EXPECT_EQ(inside.net_income[row_of(inside, h3)], before + Money::from_yuan(100).units());
    }  // rolled back
    d = checked_load(store);
    EXPECT_EQ(d.net_income[row_of(d, h3)], before);
  }
  // 5. CSV import (a new household with a member and a statement, into this handle).
  {
    const std::string region = RegionCode::from_value(d.region_code[0]).to_string();
    HouseholdCsvFiles files{"", dir.file("h.csv"), dir.file("m.csv"), dir.file("i.csv")};
    std::FILE* f = std::fopen(files.households.c_str(), "w");
    std::fprintf(f, "household_id,region,type,water_safe\nCSV-1,%s,ordinary,0\n", region.c_str());
    std::fclose(f);
    f = std::fopen(files.members.c_str(), "w");
    std::fprintf(f, "person_id,household_id,id_number,relation,sex,birth_date,labour,medical_insurance\n"
                    "CSV-P1,CSV-1,%s,head,male,1970-01-01,ordinary,resident\n",
                 test::make_id_number(Date::parse("1970-01-01"), 991).c_str());
    std::fclose(f);
    f = std::fopen(files.income.c_str(), "w");
    std::fprintf(f, "household_id,kind,period_start,period_end,wage,family_size\nCSV-1,annual,2024-01-01,2024-12-31,3000,1\n");
    std::fclose(f);
    CsvImportOptions io;
    std::string first_error;
    io.on_error = [&](const CsvError& e) {
      if (first_error.empty()) first_error = e.message;
    };
    const auto r = import_households_csv(store, files, io);
    ASSERT_TRUE(r.committed) << first_error;
    d = checked_load(store);
    ASSERT_EQ(d.size(), 301u);
    const std::size_t row = row_of(d, "CSV-1");
    EXPECT_EQ(d.members[row], 1);
    EXPECT_EQ(d.per_capita_income[row], Money::from_yuan(3000).units());
    EXPECT_NE(d.guarantee_failures[row] & static_cast<uint8_t>(Guarantee::kWater), 0);
  }
  // 6. The synthetic generator into the same store (another county's households).
  {
    SyntheticCountyOptions more;
    more.households = 20;
    more.county = RegionCode::parse("500231000000");
    (void)generate_county(more, store);
    d = checked_load(store);
    EXPECT_EQ(d.size(), 321u);
  }
  // 7. Another handle on the same file (this process): the data version tells this one.
  {
    Store other(path);
    HouseholdRepository other_repo(other);
    Household h = *other_repo.find_household(h1);
    h.water_safe = false;
    other_repo.upsert_household(h);
    d = checked_load(store);
    EXPECT_NE(d.guarantee_failures[row_of(d, h1)] & static_cast<uint8_t>(Guarantee::kWater), 0);
  }
  // 8. A vendor's own SQL on another connection: an update, then a delete (members and
  //    statements cascade).
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA foreign_keys = ON");
    raw.exec("UPDATE rg_members SET labour = 5 WHERE household = (SELECT id FROM rg_households WHERE household_id = '" +
             h2 + "')");
    d = checked_load(store);
    EXPECT_EQ(d.labour_capable[row_of(d, h2)], 0);
    raw.exec("DELETE FROM rg_households WHERE household_id = '" + h3 + "'");
    d = checked_load(store);
    EXPECT_EQ(d.size(), 320u);
    for (std::size_t i = 0; i < d.size(); ++i) EXPECT_NE(d.household_id(i), h3);
  }
  // 9. The C ABI (its own handle, as an embedding program holds it): a put, then its table load.
  {
    rg_store* c = nullptr;
    ASSERT_EQ(rg_store_open(&c, path.c_str(), path.size(), nullptr), RG_OK);
    rg_household_table* before = nullptr;
    ASSERT_EQ(rg_household_table_load(&before, c, Date::parse("2024-12-31").days_since_epoch(), "", 0), RG_OK);
    rg_household_table_free(before);
    rg_household_record rec;
    rg_household_record_init(&rec);
    ASSERT_EQ(rg_households_get(&rec, c, h0.c_str(), h0.size()), RG_OK);
    rec.water_safe = 0;
    ASSERT_EQ(rg_households_put(c, &rec), RG_OK);
    rg_household_table* after = nullptr;
    ASSERT_EQ(rg_household_table_load(&after, c, Date::parse("2024-12-31").days_since_epoch(), "", 0), RG_OK);
    rg_household_table_view view;
    std::memset(&view, 0, sizeof view);
    view.struct_size = sizeof view;
    ASSERT_EQ(rg_household_table_view_get(&view, after), RG_OK);
    bool found = false;
    char id[RG_HOUSEHOLD_ID_MAX + 1];
    for (std::size_t i = 0; i < view.count; ++i) {
      ASSERT_EQ(rg_household_table_household_id(id, sizeof id, after, i), RG_OK);
      if (h0 == id) {
        found = true;
        EXPECT_NE(view.guarantee_failures[i] & 8, 0);
      }
    }
    EXPECT_TRUE(found);
    rg_household_table_free(after);
    rg_store_close(c);
    // ... and this handle sees the C ABI's write too.
    d = checked_load(store);
    EXPECT_NE(d.guarantee_failures[row_of(d, h0)] & static_cast<uint8_t>(Guarantee::kWater), 0);
  }
}

}  // namespace
}  // namespace rg
