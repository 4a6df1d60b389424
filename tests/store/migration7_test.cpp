// Migration 7 rebuilds rg_households and rg_income_statements (BETWEEN checks instead of IN
// lists): data, foreign keys and checks must survive it.
#include <gtest/gtest.h>

#include <string>

#include "ruralguard/error.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"
#include "test_support/temp_dir.hpp"

namespace rg::store {
namespace {

// A database left at schema version 6 (before the rebuild) holding one household with two members
// and an income statement.
void write_version_6(const std::string& path, bool orphan_member) {
  SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  for (const auto& m : migrations()) {
    if (m.version > 6) break;
    raw.exec(m.sql);
  }
  raw.exec("PRAGMA user_version = 6");
  raw.exec(
      "INSERT INTO rg_regions(code, name, level) VALUES (500101001001, 'Village', 5);"
      "INSERT INTO rg_households(id, region, type, relocated, unsafe_house, house_damaged, water_safe, electricity,"
      " road_paved, household_id, phone, arable_centimu, forest_centimu, grain_to_green_centimu, orchard_centimu,"
      " pasture_centimu, water_centimu, housing_area_centim2)"
      " VALUES (7, 500101001001, 3, 0, 0, 0, 1, 1, 1, 'H1', '', 150, 0, 0, 0, 0, 0, 9000);"
      "INSERT INTO rg_members(household, status, birth_date, school_status, health, labour, medical_resident,"
      " medical_employee, disability_grade, relation, sex, education, critical_illness, pension, dibao, tekun,"
      " person_id, id_masked, id_status) VALUES"
      " (7, 1, 0, 0, 1, 2, 1, 0, 0, 1, 1, 3, 0, 0, 0, 0, 'P1', '', 0),"
      " (7, 1, 0, 0, 1, 2, 1, 0, 0, 2, 2, 3, 0, 0, 0, 0, 'P2', '', 0);"
      "INSERT INTO rg_income_statements(household, kind, period_start, period_end, wage, business_income,"
      " business_cost, property, insurance_payout, oop_medical, oop_education, family_size)"
      " VALUES (7, 2, 19358, 19722, 123450000, 0, 0, 0, 0, 0, 0, 2);");
  if (orphan_member) {
    raw.exec(
        "INSERT INTO rg_members(household, status, birth_date, school_status, health, labour, medical_resident,"
        " medical_employee, disability_grade, relation, sex, education, critical_illness, pension, dibao, tekun,"
        " person_id, id_masked, id_status) VALUES (99, 1, 0, 0, 1, 2, 1, 0, 0, 1, 1, 3, 0, 0, 0, 0, 'P9', '', 0)");
  }
}

int64_t scalar(Database& db, const std::string& sql) {
  SQLite::Statement q(db.sql(), sql);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

TEST(Migration7, KeepsRowsKeysForeignKeysAndChecks) {
  ASSERT_GE(migrations().back().version, 7);
  test::TempDir dir;
  write_version_6(dir.file("v6.db"), false);
  Database db(dir.file("v6.db"));
  EXPECT_EQ(db.schema_version(), migrations().back().version);
  EXPECT_EQ(scalar(db, "SELECT id FROM rg_households WHERE household_id = 'H1'"), 7);  // row keys kept
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM rg_members WHERE household = 7"), 2);
  EXPECT_EQ(scalar(db, "SELECT wage FROM rg_income_statements WHERE household = 7"), 123450000);
  EXPECT_EQ(scalar(db, "PRAGMA foreign_keys"), 1);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM pragma_index_list('rg_households') WHERE name = 'rg_households_region'"),
            1);
  // The rebuilt checks still refuse out-of-range codes.
  EXPECT_THROW(db.sql().exec("UPDATE rg_households SET type = 4 WHERE id = 7"), SQLite::Exception);
  EXPECT_THROW(db.sql().exec("UPDATE rg_income_statements SET kind = 0 WHERE household = 7"), SQLite::Exception);
  // The members' and income statements' references still cascade from the rebuilt table.
  db.sql().exec("DELETE FROM rg_households WHERE id = 7");
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM rg_members"), 0);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM rg_income_statements"), 0);
  SQLite::Statement check(db.sql(), "PRAGMA integrity_check");
  ASSERT_TRUE(check.executeStep());
  EXPECT_EQ(check.getColumn(0).getString(), "ok");
}

TEST(Migration7, RefusesADatabaseWithDanglingReferencesAndLeavesItAtVersion6) {
  test::TempDir dir;
  write_version_6(dir.file("bad.db"), true);
  try {
    Database db(dir.file("bad.db"));
    FAIL() << "migration accepted a member of a missing household";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kCorrupt);
    EXPECT_NE(std::string(e.what()).find("rg_members"), std::string::npos) << e.what();
  }
  SQLite::Database raw(dir.file("bad.db"), SQLite::OPEN_READONLY);
  EXPECT_EQ(raw.execAndGet("PRAGMA user_version").getInt(), 6);
  EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM rg_members").getInt(), 3);
}

}  // namespace
}  // namespace rg::store
