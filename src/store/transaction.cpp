#include "ruralguard/transaction.hpp"

#include <sqlite3.h>

#include "ruralguard/error.hpp"
#include "store/store_impl.hpp"
#include "store/unit_of_work.hpp"

namespace rg {

namespace store {

bool in_transaction(Database& db) { return sqlite3_get_autocommit(db.sql().getHandle()) == 0; }

UnitOfWork::UnitOfWork(Database& db, Nesting nesting) : db_(db) {
  nested_ = in_transaction(db_);
  if (nested_ && nesting == Nesting::kOutermost) {
    throw Error(ErrorCode::kState, "database " + db_.path() +
                                       ": this write cannot run inside a caller's transaction (commit it first)");
  }
  db_.sql().exec(nested_ ? "SAVEPOINT rg_unit" : "BEGIN IMMEDIATE");
  open_ = true;
}

UnitOfWork::~UnitOfWork() {
  if (!open_) return;
  try {
    if (nested_) {
      db_.sql().exec("ROLLBACK TO rg_unit");
      db_.sql().exec("RELEASE rg_unit");
    } else {
      db_.sql().exec("ROLLBACK");
    }
  } catch (...) {
    // Nothing of this unit was committed, which is what matters.
  }
}

void UnitOfWork::commit() {
  db_.sql().exec(nested_ ? "RELEASE rg_unit" : "COMMIT");
  open_ = false;
}

}  // namespace store

bool in_transaction(Store& store) { return store::in_transaction(store::database_of(store)); }

namespace {

// The caller's transaction: `sql` runs when the store's state is `open_needed` (in a transaction
// or not), else Error(kState) naming what is wrong.
void caller_step(Store& store, const char* sql, bool open_needed) {
  if (in_transaction(store) != open_needed) {
    throw Error(ErrorCode::kState, "database " + store.path() +
                                       (open_needed ? ": no transaction is open" : ": a transaction is already open"));
  }
  try {
    store::database_of(store).sql().exec(sql);
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "database " + store.path() + ": " + sql);
  }
}

}  // namespace

void begin_write(Store& store) { caller_step(store, "BEGIN IMMEDIATE", false); }
void commit_write(Store& store) { caller_step(store, "COMMIT", true); }
void rollback_write(Store& store) { caller_step(store, "ROLLBACK", true); }

WriteTransaction::WriteTransaction(Store& store) : store_(store) {
  begin_write(store_);
  open_ = true;
}

WriteTransaction::~WriteTransaction() {
  if (open_ && in_transaction(store_)) {
    try {
      store::database_of(store_).sql().exec("ROLLBACK");
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
