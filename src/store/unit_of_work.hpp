// Private: an all-or-nothing unit of writes. Outside a caller's transaction it is its own
// BEGIN IMMEDIATE ... COMMIT; inside one (rg::WriteTransaction, rg_store_begin) it is a SAVEPOINT,
// so a failed unit rolls back only its own writes and the caller's transaction decides the rest.
#pragma once

#include <sqlite3.h>

#include "store/database.hpp"

namespace rg::store {

class UnitOfWork {
 public:
  explicit UnitOfWork(Database& db) : db_(db) {
    nested_ = sqlite3_get_autocommit(db_.sql().getHandle()) == 0;
    db_.sql().exec(nested_ ? "SAVEPOINT rg_unit" : "BEGIN IMMEDIATE");
    open_ = true;
  }
  ~UnitOfWork() {
    if (!open_) return;
    try {
      if (nested_) {
        db_.sql().exec("ROLLBACK TO rg_unit");
        db_.sql().exec("RELEASE rg_unit");
      } else {
        db_.sql().exec("ROLLBACK");
      }
    } catch (...) {
      // Nothing of this unit was committed.
    }
  }
  UnitOfWork(const UnitOfWork&) = delete;
  UnitOfWork& operator=(const UnitOfWork&) = delete;
  void commit() {
    db_.sql().exec(nested_ ? "RELEASE rg_unit" : "COMMIT");
    open_ = false;
  }

 private:
  Database& db_;
  bool nested_ = false;
  bool open_ = false;
};

}  // namespace rg::store
