// ruralguard C++ API: explicit write transactions on a Store.
//
// Every write outside a transaction commits on its own (slow: one durable commit per record).
// Batches run inside one IMMEDIATE transaction: all of it is written or none of it.
#pragma once

#include "ruralguard/store.hpp"

namespace rg {

// BEGIN IMMEDIATE now; ROLLBACK in the destructor unless commit() ran.
// Throws Error(kState) when the Store already has an open transaction, Error(kBusy) when another
// connection holds the write lock longer than the busy timeout.
class WriteTransaction {
 public:
  explicit WriteTransaction(Store& store);
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  void commit();

 private:
  Store& store_;
  bool open_ = false;
};

// The same as free functions for callers that cannot hold a scope (the C ABI).
// begin: Error(kState) if a transaction is open; commit/rollback: Error(kState) if none is.
void begin_write(Store& store);
void commit_write(Store& store);
void rollback_write(Store& store);
[[nodiscard]] bool in_transaction(Store& store);

}  // namespace rg
