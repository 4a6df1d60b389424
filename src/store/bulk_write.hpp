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
class BulkWriteSettings {
 public:
  static constexpr int64_t kCacheKiB = 256 * 1024;

  explicit BulkWriteSettings(Database& db);
  ~BulkWriteSettings();
  BulkWriteSettings(const BulkWriteSettings&) = delete;
  BulkWriteSettings& operator=(const BulkWriteSettings&) = delete;

 private:
  Database& db_;
  int64_t cache_before_ = 0;
  int64_t temp_store_before_ = 0;
};

}  // namespace rg::store
