// Upgrades: a database written by release 0.1.0 (the first published schema, committed as a
// fixture) and databases stopped at every earlier schema version open under the current library,
// migrate to its latest version, and read back what was written.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <filesystem>
#include <string>

#include "ruralguard/assessment_store.hpp"
#include "ruralguard/asset_store.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/ledger_store.hpp"
#include "domain/people.hpp"
#include "ruralguard/error.hpp"
#include "store/migrations.hpp"
#include "store/store_impl.hpp"
#include "test_support/temp_dir.hpp"
#include "upgrade/fixture_facts.hpp"

namespace rg::upgrade {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtureDir = fs::path(RG_TEST_DATA_DIR).parent_path() / "upgrade" / "fixtures";

int latest_version() { return store::migrations().back().version; }

std::string integrity_check(SQLite::Database& db) {
  SQLite::Statement q(db, "PRAGMA integrity_check");
  std::string out;
  while (q.executeStep()) out += q.getColumn(0).getString();
  return out;
}

int foreign_key_violations(SQLite::Database& db) {
  SQLite::Statement q(db, "PRAGMA foreign_key_check");
  int n = 0;
  while (q.executeStep()) ++n;
  return n;
}

int64_t count(SQLite::Database& db, const std::string& table) {
  SQLite::Statement q(db, "SELECT count(*) FROM " + table);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

// Copies the committed fixture and its ID key into `dir`; returns the database path.
std::string copy_fixture(const test::TempDir& dir) {
  const std::string to = dir.file(kFixtureName);
  fs::copy_file(kFixtureDir / kFixtureName, to);
  fs::copy_file(kFixtureDir / (std::string(kFixtureName) + ".idkey"), to + ".idkey");
  return to;
}

TEST(Upgrade, FixtureIsTheFirstReleasedSchemaWithDataInEveryTable) {
  test::TempDir dir;
  const std::string path = copy_fixture(dir);
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  SQLite::Statement v(raw, "PRAGMA user_version");
  ASSERT_TRUE(v.executeStep());
  EXPECT_EQ(v.getColumn(0).getInt(), kFixtureSchemaVersion);
  SQLite::Statement tables(raw, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  int n = 0;
  while (tables.executeStep()) {
    const std::string name = tables.getColumn(0).getString();
    EXPECT_GT(count(raw, name), 0) << "table " << name << " is empty in the fixture";
    ++n;
  }
  EXPECT_GE(n, 20);
  EXPECT_FALSE(fs::exists(kFixtureDir / (std::string(kFixtureName) + "-wal")));
}

TEST(Upgrade, Release010DatabaseMigratesAndReadsBack) {
  test::TempDir dir;
  const std::string path = copy_fixture(dir);
  Store store(path);
  EXPECT_EQ(store.schema_version(), latest_version());

  // Households, members (ID numbers hashed under the key kept beside the file), income.
  HouseholdRepository repo(store);
  EXPECT_EQ(repo.count_regions(), kRegions);
  EXPECT_EQ(repo.count_households(), kHouseholds);
  EXPECT_EQ(repo.count_members(), kHouseholds * kMembersPerHousehold);
  EXPECT_EQ(repo.count_income_statements(), kHouseholds);
  ASSERT_TRUE(repo.find_region(RegionCode::parse(kVillage)));
  EXPECT_EQ(repo.find_region(RegionCode::parse(kVillage))->name, kVillageName);
  const auto h1 = repo.find_household("H001");
  ASSERT_TRUE(h1);
  EXPECT_EQ(h1->phone, kPhoneOfH001);
  EXPECT_EQ(h1->type, HouseholdType::kFormerlyPoor);
  EXPECT_EQ(repo.find_household("H003")->land.arable_centimu, kArableCentimuOfH003);
  const auto income = repo.income_of("H002");
  ASSERT_EQ(income.size(), 1u);
  EXPECT_EQ(income[0].wage, Money::parse(kWageOfH002));
  EXPECT_EQ(income[0].transfer(TransferItem::kDibao), Money::parse(kDibaoOfH002));
  EXPECT_EQ(income[0].oop_medical, Money::parse(kOopMedicalOfH002));
  const std::string id_number = test::make_id_number(Date::parse(kBirthOfP0011), kIdSeqOfP0011);
  const auto found = repo.find_member_by_id_number(id_number);
  ASSERT_TRUE(found) << "the ID-number lookup no longer matches the 0.1.0 hashes";
  EXPECT_EQ(found->person_id, "P001-1");
  EXPECT_EQ(found->id_masked, mask_id_number(id_number));
  {
    // Migration 8: no stored mask shows a digit between the first 4 and the check character.
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    EXPECT_GT(count(raw, "rg_members WHERE length(id_masked) = 18"), 0);
    EXPECT_EQ(count(raw, "rg_members WHERE length(id_masked) > 8 AND "
                         "substr(id_masked, 5, length(id_masked) - 5) GLOB '*[0-9]*'"),
              0);
  }
  EXPECT_EQ(found->health, Health::kSeriousIllness);

  // The stored policy and the assessment run.
  const Policy p = load_policy(store, kPolicyId);
  EXPECT_EQ(p.cutoffs.red, kPolicyRedCutoff);
  auto& db = rg::store::database_of(store).sql();
  SQLite::Statement run(db, "SELECT run_id, as_of, households, monitored, label FROM rg_assessment_runs");
  ASSERT_TRUE(run.executeStep());
  EXPECT_EQ(run.getColumn(1).getInt(), Date::parse(kRunAsOf).days_since_epoch());
  EXPECT_EQ(run.getColumn(2).getInt(), kRunRows);
  EXPECT_EQ(run.getColumn(3).getInt(), kRunMonitored);
  EXPECT_EQ(run.getColumn(4).getString(), kRunLabel);
  const int64_t run_id = run.getColumn(0).getInt64();
  const RunDiff same = diff_assessment_runs(store, run_id, run_id);
  EXPECT_TRUE(same.entered.empty() && same.left.empty() && same.level_changed.empty());
  SQLite::Statement score(db, "SELECT score, level FROM rg_assessment_results WHERE household_key = 1");
  ASSERT_TRUE(score.executeStep());
  EXPECT_EQ(score.getColumn(0).getInt(), kRunScoreOfKey1);
  EXPECT_EQ(score.getColumn(1).getInt(), static_cast<int>(WarningLevel::kRed));

  // The monitoring case with its events, measure and visit.
  CaseRepository cases(store);
  const auto case_id = cases.open_case_of(*repo.household_key("H001"));
  ASSERT_TRUE(case_id);
  const MonitoringCase c = cases.load_case(*case_id);
  EXPECT_EQ(c.state, CaseState::kMonitored);
  EXPECT_EQ(c.found, Date::parse(kCaseFound));
  EXPECT_EQ(c.events.size(), 6u);
  const auto measures = cases.measures_of(*case_id);
  ASSERT_EQ(measures.size(), 1u);
  EXPECT_EQ(measures[0].content, kMeasureContent);
  EXPECT_EQ(measures[0].planned_amount, Money::parse(kMeasureAmount));
  EXPECT_EQ(measures[0].status, MeasureStatus::kImplemented);
  EXPECT_EQ(cases.last_visit(*case_id), Date::parse(kVisitDate));
  EXPECT_FALSE(cases.list_alerts().empty());

  // The ledger reloads, its chain verifies and the balances are the ones posted.
  const LedgerVerification v = verify_ledger(store);
  EXPECT_TRUE(v.ok) << v.message;
  EXPECT_EQ(v.transfers_checked, static_cast<uint64_t>(kTransfers));
  LedgerStore ledger(store);
  EXPECT_EQ(ledger.ledger().transfers().size(), static_cast<std::size_t>(kTransfers));
  const Money disbursed = Money::parse(kDisbursed1) + Money::parse(kDisbursed2);
  EXPECT_EQ(ledger.ledger().balance(kBudget).available(), Money::parse(kAllocated) - disbursed);
  EXPECT_EQ(ledger.ledger().balance(kContractor).credits_posted, disbursed);
  ASSERT_NE(ledger.projects().find(kPvProject), nullptr);
  EXPECT_EQ(ledger.projects().find(kPvProject)->name, kPvProjectName);
  EXPECT_EQ(ledger.stored_head().length, static_cast<uint64_t>(kTransfers));

  // Assets and the posted distribution.
  AssetStore assets(store, ledger);
  const Asset* station = assets.registry().find(1);
  ASSERT_NE(station, nullptr);
  EXPECT_EQ(station->name, kStationName);
  EXPECT_EQ(station->status, AssetStatus::kOperating);
  ASSERT_NE(assets.registry().find(2), nullptr);
  EXPECT_EQ(station->value + assets.registry().find(2)->value, disbursed);
  const DistributionPlan* plan = assets.registry().find_plan(kPlanId);
  ASSERT_NE(plan, nullptr);
  EXPECT_EQ(plan->income, Money::parse(kRent));
  ASSERT_EQ(plan->lines.size(), 2u);
  EXPECT_EQ(plan->lines[0].shares.size(), static_cast<std::size_t>(kDividendHouseholds));
  EXPECT_EQ(plan->lines[0].amount + plan->lines[1].amount, Money::parse(kRent));
  EXPECT_EQ(ledger.ledger().balance(kDividendPayee).credits_posted, plan->lines[0].amount);

  // The file is sound after the migration.
  EXPECT_EQ(integrity_check(db), "ok");
  EXPECT_EQ(foreign_key_violations(db), 0);
}

TEST(Upgrade, MigratedFixtureTakesNewWrites) {
  test::TempDir dir;
  const std::string path = copy_fixture(dir);
  {
    Store store(path);
    HouseholdRepository repo(store);
    Household h = test::household("H006");
    h.region = RegionCode::parse(kVillage);
    repo.upsert_household(h);
    repo.upsert_member(test::adult("P006-1", "H006", "1990-01-01", 606));
    LedgerStore ledger(store);
    Transfer t;
    t.id = {0, 77};
    t.debit_account_id = kSource;
    t.credit_account_id = kBudget;
    t.amount = Money::parse("10.00");
    t.code = TransferCode::kAllocate;
    t.effective_date = Date::parse("2025-05-01");
    std::vector<TransferResult> r(1);
    ledger.create_transfers(std::span<const Transfer>(&t, 1), r);
    EXPECT_EQ(r[0], TransferResult::kOk);
  }
  Store store(path);
  HouseholdRepository repo(store);
  EXPECT_EQ(repo.count_households(), kHouseholds + 1);
  EXPECT_TRUE(repo.find_member_by_id_number(test::make_id_number(Date::parse("1990-01-01"), 606)));
  const LedgerVerification v = verify_ledger(store);
  EXPECT_TRUE(v.ok) << v.message;
  EXPECT_EQ(v.transfers_checked, static_cast<uint64_t>(kTransfers + 1));
}

// A policy stored by release 0.1.0 is the same policy to this release: its JSON lacks the sections
// added since (procedure limits and roles, follow-up parameters), which read back as their
// defaults, so saving it again, or recording a new run under it, is no conflict (issue 16: an
// upgraded county keeps assessing under its stored policy).
TEST(Upgrade, APolicyStoredByTheFirstReleaseIsStillTheSamePolicy) {
  test::TempDir dir;
  const std::string path = copy_fixture(dir);
  Store store(path);
  const Policy stored = load_policy(store, kPolicyId);
  EXPECT_NO_THROW(save_policy(store, stored));
  const std::vector<uint64_t> key = {1};
  const std::vector<uint8_t> within = {0}, category = {0}, level = {0};
  const std::vector<uint32_t> mask = {0};
  const std::vector<int32_t> score = {0}, visit = {INT32_MIN};
  EXPECT_NO_THROW((void)record_assessment_run(store, stored, Date::parse("2025-06-30"),
                                              {key, within, category, level, mask, score, visit}, "after upgrade"));
  Policy changed = stored;
  changed.cutoffs.red += 1;
  try {
    save_policy(store, changed);
    FAIL() << "a different policy under the same id and version must conflict";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConflict);
  }
}

// A database left at each earlier schema version (as an older build or an interrupted first
// open would leave it) migrates to the latest one, keeping its rows.
TEST(Upgrade, EveryEarlierSchemaVersionMigratesToTheLatest) {
  const auto all = store::migrations();
  ASSERT_GE(all.size(), 2u);
  for (std::size_t stop = 1; stop < all.size(); ++stop) {
    SCOPED_TRACE("stopped at user_version " + std::to_string(all[stop - 1].version));
    test::TempDir dir;
    const std::string path = dir.file("old.db");
    {
      SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      raw.exec("PRAGMA journal_mode = WAL");
      for (std::size_t i = 0; i < stop; ++i) {
        SQLite::Transaction tx(raw);
        raw.exec(all[i].sql);
        raw.exec("PRAGMA user_version = " + std::to_string(all[i].version));
        tx.commit();
      }
      if (all[stop - 1].version >= 2) {
        raw.exec("INSERT INTO rg_regions(code, name, level) VALUES (500112001001, '红星村', 5)");
      }
    }
    Store store(path);
    EXPECT_EQ(store.schema_version(), latest_version());
    auto& db = rg::store::database_of(store).sql();
    EXPECT_EQ(integrity_check(db), "ok");
    EXPECT_EQ(foreign_key_violations(db), 0);
    HouseholdRepository repo(store);
    if (all[stop - 1].version >= 2) {
      ASSERT_TRUE(repo.find_region(RegionCode::parse(kVillage)));
      EXPECT_EQ(repo.find_region(RegionCode::parse(kVillage))->name, "红星村");
    } else {
      repo.upsert_region(make_region(RegionCode::parse(kVillage), "红星村"));
    }
    repo.upsert_household(test::household("H1"));
    EXPECT_EQ(repo.count_households(), 1);
    EXPECT_TRUE(verify_ledger(store).ok);
  }
}

TEST(Upgrade, NewerSchemaIsRefusedNotDowngraded) {
  test::TempDir dir;
  const std::string path = copy_fixture(dir);
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA user_version = " + std::to_string(latest_version() + 1));
  }
  try {
    Store store(path);
    FAIL() << "a newer schema was opened";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kVersion);
    EXPECT_NE(std::string(e.what()).find("newer than this library"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace rg::upgrade
