#include "ruralguard/transaction.hpp"

#include <sqlite3.h>

#include "ruralguard/error.hpp"
#include "store/store_impl.hpp"

namespace rg {

bool in_transaction(Store& store) { return sqlite3_get_autocommit(store.impl().db.sql().getHandle()) == 0; }

void begin_write(Store& store) {
  if (in_transaction(store)) {
    throw Error(ErrorCode::kState, "database " + store.path() + ": a transaction is already open");
  }
  try {
    store.impl().db.sql().exec("BEGIN IMMEDIATE");
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "database " + store.path() + ": BEGIN IMMEDIATE");
  }
}

void commit_write(Store& store) {
  if (!in_transaction(store)) throw Error(ErrorCode::kState, "database " + store.path() + ": no transaction is open");
  try {
    store.impl().db.sql().exec("COMMIT");
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "database " + store.path() + ": COMMIT");
  }
}

void rollback_write(Store& store) {
  if (!in_transaction(store)) throw Error(ErrorCode::kState, "database " + store.path() + ": no transaction is open");
  try {
    store.impl().db.sql().exec("ROLLBACK");
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "database " + store.path() + ": ROLLBACK");
  }
}

WriteTransaction::WriteTransaction(Store& store) : store_(store) {
  begin_write(store_);
  open_ = true;
}

WriteTransaction::~WriteTransaction() {
  if (open_ && in_transaction(store_)) {
    try {
      store_.impl().db.sql().exec("ROLLBACK");
    } catch (...) {
      // Nothing was committed, which is what matters.
    }
  }
}

void WriteTransaction::commit() {
  commit_write(store_);
  open_ = false;
}

}  // namespace rg
