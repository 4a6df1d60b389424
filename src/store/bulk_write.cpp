#include "store/bulk_write.hpp"

#include <SQLiteCpp/Column.h>

#include <string>

namespace rg::store {

BulkWriteSettings::BulkWriteSettings(Database& db) : db_(db) {
  cache_before_ = db.sql().execAndGet("PRAGMA cache_size").getInt64();
  temp_store_before_ = db.sql().execAndGet("PRAGMA temp_store").getInt64();
  db.sql().exec("PRAGMA cache_size = -" + std::to_string(kCacheKiB));
  db.sql().exec("PRAGMA temp_store = MEMORY");
}

BulkWriteSettings::~BulkWriteSettings() {
  try {
    db_.sql().exec("PRAGMA cache_size = " + std::to_string(cache_before_));
    db_.sql().exec("PRAGMA temp_store = " + std::to_string(temp_store_before_));
  } catch (...) {
    // Settings only: the data is unaffected.
  }
}

}  // namespace rg::store
