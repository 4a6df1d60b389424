// Migration 10 (memberships, registered-poor history, assistance exits, household events; issue
// 16 part B) carries existing databases forward: the 0.1.0 fixture opens and reads back with the
// new tables empty, and department clues stored before the migration become their events.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <filesystem>

#include "ruralguard/household_columns.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/status_repo.hpp"
#include "store/migrations.hpp"
#include "test_support/temp_dir.hpp"
#include "upgrade/fixture_facts.hpp"

namespace rg::upgrade {
namespace {

namespace fs = std::filesystem;

int64_t count(const std::string& path, const std::string& table) {
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  return raw.execAndGet("SELECT count(*) FROM " + table).getInt64();
}

TEST(Migration10, TheReleaseFixtureOpensWithEmptyStatusTablesAndTakesNewRows) {
  test::TempDir dir;
  const fs::path from = fs::path(RG_TEST_DATA_DIR).parent_path() / "upgrade" / "fixtures";
  const std::string path = dir.file(kFixtureName);
  fs::copy_file(from / kFixtureName, path);
  fs::copy_file(from / (std::string(kFixtureName) + ".idkey"), path + ".idkey");
  {
    Store store(path);
    HouseholdColumnOptions o;
    o.as_of = Date::from_ymd(2025, 6, 30);
    const HouseholdColumnData d = load_household_columns(store, o);
    EXPECT_EQ(d.size(), static_cast<std::size_t>(kHouseholds));
    for (const uint16_t e : d.events) EXPECT_EQ(e, 0);  // the fixture's inpatient clue is no event
    StatusRepository repo(store);
    EXPECT_TRUE(repo.memberships_of("H001").empty());
    EXPECT_FALSE(repo.registered_poor("H001").has_value());
    HouseholdEventRecord e;
    e.household_id = "H001";
    e.kind = HouseholdEventKind::kAccident;
    e.date = Date::from_ymd(2025, 6, 1);
    e.recorded = e.date;
    (void)repo.record_event(e);
    EXPECT_EQ(load_household_columns(store, o).events[0], kEventAccident);
  }
  for (const char* table : {"rg_memberships", "rg_registered_poor", "rg_assistance_exits"}) {
    EXPECT_EQ(count(path, table), 0) << table;
  }
  EXPECT_EQ(count(path, "rg_household_events"), 1);
}

// DOMAIN.md 1.5: a disaster-loss and a job-loss clue stored before migration 10 count as events
// after it; an inpatient clue does not.
TEST(Migration10, DepartmentCluesStoredBeforeTheMigrationBecomeTheirEvents) {
  test::TempDir dir;
  const std::string path = dir.file("old.db");
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& m : store::migrations()) {
      if (m.version >= 10) break;
      SQLite::Transaction tx(raw);
      raw.exec(m.sql);
      raw.exec("PRAGMA user_version = " + std::to_string(m.version));
      tx.commit();
    }
    raw.exec("INSERT INTO rg_regions(code, name, level) VALUES (530102001001, '和平村', 5)");
  }
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA foreign_keys = OFF");
    raw.exec("INSERT INTO rg_households(id, region, type, relocated, unsafe_house, house_damaged, water_safe, "
             "electricity, road_paved, household_id, phone, arable_centimu, forest_centimu, grain_to_green_centimu, "
             "orchard_centimu, pasture_centimu, water_centimu, housing_area_centim2) "
             "VALUES (1, 530102001001, 3, 0, 0, 0, 1, 1, 1, 'H1', '', 0, 0, 0, 0, 0, 0, 0)");
    // channel 5 department data; metric 6 disaster loss (dept 7), 9 job loss (dept 8), 1 inpatient.
    raw.exec("INSERT INTO rg_clues(household, channel, department, metric, period_key, amount, found, case_id, note) "
             "VALUES (1, 5, 7, 6, 20200, 200000000, 20200, NULL, ''), (1, 5, 8, 9, 20210, 0, 20210, NULL, ''), "
             "(1, 5, 1, 1, 2025, 900000000, 20220, NULL, '')");
  }
  Store store(path);
  StatusRepository repo(store);
  const auto events = repo.events_of("H1", Date::from_ymd(2020, 1, 1), Date::from_ymd(2030, 1, 1));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].kind, HouseholdEventKind::kNaturalDisaster);
  EXPECT_EQ(events[0].source, ClueChannel::kDepartmentData);
  EXPECT_TRUE(events[0].clue_id.has_value());
  EXPECT_EQ(events[1].kind, HouseholdEventKind::kJobLoss);
}

}  // namespace
}  // namespace rg::upgrade
