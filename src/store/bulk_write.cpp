#include "store/bulk_write.hpp"

#include <SQLiteCpp/Column.h>

#include <string>

#include "ruralguard/error.hpp"

namespace rg::store {

BulkWriteSettings::BulkWriteSettings(Database& db, bool checked_references) : db_(db) {
  cache_before_ = db.sql().execAndGet("PRAGMA cache_size").getInt64();
  temp_store_before_ = db.sql().execAndGet("PRAGMA temp_store").getInt64();
  db.sql().exec("PRAGMA cache_size = -" + std::to_string(kCacheKiB));
  db.sql().exec("PRAGMA temp_store = MEMORY");
  if (checked_references) {
    db.sql().exec("PRAGMA foreign_keys = OFF");
    foreign_keys_off_ = true;
  }
}

BulkWriteSettings::~BulkWriteSettings() {
  try {
    db_.sql().exec("PRAGMA cache_size = " + std::to_string(cache_before_));
    db_.sql().exec("PRAGMA temp_store = " + std::to_string(temp_store_before_));
    if (foreign_keys_off_) db_.sql().exec("PRAGMA foreign_keys = ON");
  } catch (...) {
    // Settings only: the data is unaffected.
  }
}

void verify_household_foreign_keys(Database& db) {
  for (const char* table : {"rg_households", "rg_members", "rg_income_statements"}) {
    SQLite::Statement check(db.sql(), std::string("PRAGMA foreign_key_check(") + table + ")");
    if (check.executeStep()) {
      throw Error(ErrorCode::kCorrupt, std::string("bulk write: ") + table + " row " +
                                           std::to_string(check.getColumn(1).getInt64()) + " refers to a missing " +
                                           check.getColumn(2).getString() + " row");
    }
  }
}

}  // namespace rg::store
