// ruralguard C++ API: the ledger and project library persisted in the SQLite store.
//
// A LedgerStore loads the whole ledger into memory when it opens (accounts, transfers,
// projects; balances and the hash chain are rebuilt by replay) and writes every batch in one
// IMMEDIATE transaction: the batch is validated in memory, then its committed transfers, the
// touched account balances and the chain head are written together, or nothing is (the in-memory
// state is rolled back when the write fails). Transfer rows are only ever inserted.
//
// One LedgerStore per database file at a time is the writer; a write that finds the file changed
// by another writer fails with Error(kConflict) and changes nothing. Use from one thread at a time.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "ruralguard/ledger.hpp"
#include "ruralguard/ledger_verifier.hpp"
#include "ruralguard/project.hpp"
#include "ruralguard/store.hpp"

namespace rg {

// Recomputes the chain and the balances from the database file alone (no LedgerStore needed), so
// an altered row is found even if the process that wrote it is gone. Throws Error(kIo) on I/O.
[[nodiscard]] LedgerVerification verify_ledger(Store& store);

class LedgerStore {
 public:
  // Loads the ledger from `store`, which must outlive this object. Throws Error(kCorrupt) naming
  // the record when the rows cannot be replayed (e.g. a post naming a missing reservation),
  // Error(kIo) on I/O failure.
  explicit LedgerStore(Store& store);
  LedgerStore(const LedgerStore&) = delete;
  LedgerStore& operator=(const LedgerStore&) = delete;

  // As Ledger::create_accounts, then persists the new accounts in one IMMEDIATE transaction.
  void create_accounts(std::span<const Account> accounts, std::span<AccountResult> results);
  void close_account(uint64_t account_id);
  // As Ledger::create_transfers, then persists the committed transfers in one IMMEDIATE
  // transaction. Throws Error(kIo | kBusy | kConflict) when the batch cannot be made durable; then
  // nothing of the batch is committed, in memory or on disk.
  std::size_t create_transfers(std::span<const Transfer> batch, std::span<TransferResult> results);

  // Project library, persisted with its transition history (same errors as ProjectLibrary).
  void add_project(const Project& project, Date proposed);
  void transition_project(uint64_t project_id, ProjectStatus to, Date date);
  void set_public_notice(uint64_t project_id, bool done);

  [[nodiscard]] const Ledger& ledger() const noexcept { return ledger_; }
  [[nodiscard]] const ProjectLibrary& projects() const noexcept { return projects_; }
  [[nodiscard]] LedgerVerification verify() { return verify_ledger(store_); }
  // The chain head and length as stored in the file (what an auditor compares).
  struct StoredHead {
    uint64_t length = 0;
    Digest head{};
  };
  [[nodiscard]] StoredHead stored_head();

 private:
  Store& store_;
  ProjectLibrary projects_;
  Ledger ledger_;
};

}  // namespace rg
