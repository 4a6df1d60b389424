#include <gtest/gtest.h>

#include <filesystem>

#include "ruralguard/error.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"
#include "store/unit_of_work.hpp"
#include "test_support/temp_dir.hpp"

namespace rg::store {
namespace {

TEST(Database, CreatesAndMigratesToTheLatestVersion) {
  test::TempDir dir;
  Database db(dir.file("a.db"));
  EXPECT_EQ(db.schema_version(), migrations().back().version);
  SQLite::Statement q(db.sql(), "PRAGMA journal_mode");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString(), "wal");
  // Reopening runs nothing again.
  Database again(dir.file("a.db"));
  EXPECT_EQ(again.schema_version(), migrations().back().version);
}

// New files get Database::kPageBytes pages; a file made with another page size keeps it (SQLite
// changes it only by rewriting the whole file) and still opens and migrates.
TEST(Database, NewFilesGetTheLibrarysPageSizeOldFilesKeepTheirs) {
  test::TempDir dir;
  const auto page_size = [](Database& db) { return db.sql().execAndGet("PRAGMA page_size").getInt(); };
  Database fresh(dir.file("fresh.db"));
  EXPECT_EQ(page_size(fresh), Database::kPageBytes);
  {
    SQLite::Database old(dir.file("old.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    old.exec("PRAGMA page_size = 4096; PRAGMA journal_mode = WAL");
  }
  Database old(dir.file("old.db"));
  EXPECT_EQ(page_size(old), 4096);
  EXPECT_EQ(old.schema_version(), migrations().back().version);
}

TEST(Database, RefusesANewerSchemaAndForeignFiles) {
  test::TempDir dir;
  {
    Database db(dir.file("new.db"));
    db.sql().exec("PRAGMA user_version = 9999");
  }
  try {
    Database db(dir.file("new.db"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kVersion);
  }
  {
    SQLite::Database other(dir.file("other.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE rg_metadata(key TEXT, value TEXT); INSERT INTO rg_metadata VALUES ('application','x');"
               "PRAGMA user_version = 1");
  }
  try {
    Database db(dir.file("other.db"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kCorrupt);
  }
}

TEST(Database, TransactionRollsBackUnlessCommitted) {
  test::TempDir dir;
  Database db(dir.file("t.db"));
  {
    UnitOfWork tx(db);
    db.sql().exec("INSERT INTO rg_metadata VALUES ('k', 'v')");
  }
  SQLite::Statement q(db.sql(), "SELECT count(*) FROM rg_metadata WHERE key = 'k'");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getInt(), 0);
}

int64_t metadata_rows(Database& db, const char* key) {
  SQLite::Statement q(db.sql(), "SELECT count(*) FROM rg_metadata WHERE key = ?");
  q.bind(1, key);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

TEST(UnitOfWork, InsideACallersTransactionAFailedUnitRollsBackOnlyItsOwnWrites) {
  test::TempDir dir;
  Database db(dir.file("t.db"));
  db.sql().exec("BEGIN IMMEDIATE");
  db.sql().exec("INSERT INTO rg_metadata VALUES ('caller', 'v')");
  {
    UnitOfWork unit(db);  // a savepoint: not committed, so rolled back alone
    db.sql().exec("INSERT INTO rg_metadata VALUES ('unit', 'v')");
  }
  {
    UnitOfWork unit(db);
    db.sql().exec("INSERT INTO rg_metadata VALUES ('kept', 'v')");
    unit.commit();  // released into the caller's transaction, not yet durable
  }
  EXPECT_TRUE(in_transaction(db));
  db.sql().exec("COMMIT");
  EXPECT_EQ(metadata_rows(db, "caller"), 1);
  EXPECT_EQ(metadata_rows(db, "unit"), 0);
  EXPECT_EQ(metadata_rows(db, "kept"), 1);
}

TEST(UnitOfWork, AnOutermostUnitRefusesToNestInsideACallersTransaction) {
  test::TempDir dir;
  Database db(dir.file("t.db"));
  db.sql().exec("BEGIN IMMEDIATE");
  try {
    UnitOfWork unit(db, Nesting::kOutermost);
    FAIL() << "an outermost unit opened inside a transaction";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kState);
    EXPECT_NE(std::string(e.what()).find("inside a caller's transaction"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(in_transaction(db));  // the caller's transaction is untouched
  db.sql().exec("ROLLBACK");
}

}  // namespace
}  // namespace rg::store
