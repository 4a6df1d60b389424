// Private: the store's one transaction helper, an all-or-nothing unit of writes.
//
// Nesting rule: outside a transaction a unit is its own BEGIN IMMEDIATE ... COMMIT (IMMEDIATE
// takes the write lock up front, so a batch never fails half-way on a lock upgrade). Inside a
// caller's transaction (rg::WriteTransaction, rg_store_begin) a kSavepoint unit is a SAVEPOINT:
// a failed unit rolls back only its own writes and the caller's transaction decides the rest. A
// kOutermost unit refuses to nest (Error(kState)): the ledger and the asset registry mirror their
// rows in memory and update it once the unit commits, which must then be durable.
// Destroying an uncommitted unit rolls it back.
#pragma once

#include "store/database.hpp"

namespace rg::store {

enum class Nesting : uint8_t { kSavepoint, kOutermost };

class UnitOfWork {
 public:
  explicit UnitOfWork(Database& db, Nesting nesting = Nesting::kSavepoint);
  ~UnitOfWork();
  UnitOfWork(const UnitOfWork&) = delete;
  UnitOfWork& operator=(const UnitOfWork&) = delete;
  void commit();

 private:
  Database& db_;
  bool nested_ = false;
  bool open_ = false;
};

// True while the connection is inside a transaction.
[[nodiscard]] bool in_transaction(Database& db);

}  // namespace rg::store
