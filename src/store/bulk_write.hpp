// Private: connection settings for one bulk write (CSV import, synthetic county), restored after.
#pragma once

#include <cstdint>

#include "store/database.hpp"

namespace rg::store {

// - cache_size: a bulk import touches far more pages than SQLite's default 2 MiB cache holds;
//   with the small cache dirty pages spill to the WAL and are read back.
// - temp_store = MEMORY: every upsert into a table with foreign keys runs with a statement
//   journal (so the one statement can be undone); on disk that journal costs one pwrite per page
//   touched per statement (measured: 1.4 million writes for a 100,000-household import).
// - foreign_keys = OFF (only with `checked_references`): the bulk writer resolves every reference
//   itself (region exists, household key looked up), so SQLite's per-row checks and the statement
//   journal they force are redundant; verify_foreign_keys() re-checks the whole tables once
//   before the commit. Measured: about 15% less CPU per imported household.
class BulkWriteSettings {
 public:
  static constexpr int64_t kCacheKiB = 256 * 1024;

  // Must be constructed outside a transaction (SQLite ignores foreign_keys changes inside one).
  BulkWriteSettings(Database& db, bool checked_references);
  ~BulkWriteSettings();
  BulkWriteSettings(const BulkWriteSettings&) = delete;
  BulkWriteSettings& operator=(const BulkWriteSettings&) = delete;

 private:
  Database& db_;
  int64_t cache_before_ = 0;
  int64_t temp_store_before_ = 0;
  bool foreign_keys_off_ = false;
};

// Throws Error(kCorrupt) naming the table and row when a household-table row refers to a missing
// parent (PRAGMA foreign_key_check). Run inside the write transaction, before COMMIT.
void verify_household_foreign_keys(Database& db);

}  // namespace rg::store
