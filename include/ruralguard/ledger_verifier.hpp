// ruralguard C++ API: verifying a ledger from its records alone — the SHA-256 hash chain, the
// stored chain head and every stored balance, recomputed without the engine (docs/ledger.md).
// Pure: the store streams its rows in (verify_ledger in ledger_store.hpp), so an altered row is
// found even if the process that wrote it is gone.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "ruralguard/ledger.hpp"
#include "ruralguard/transfer.hpp"

namespace rg {

// What verify_ledger found. ok == true means every chain link, the stored head and every stored
// balance match a recomputation from the transfer rows.
struct LedgerVerification {
  bool ok = true;
  uint64_t transfers_checked = 0;
  uint64_t first_bad_sequence = 0;  // 0 when the chain is intact
  TransferId first_bad_id;          // id stored in that row
  uint64_t bad_account_id = 0;      // first account whose stored balance differs (0 if none)
  Digest head{};                    // recomputed chain head
  std::string message;              // names the record and what differs; "" when ok
};

// Feed the records in sequence order, then the stored head, then every account; finish() says
// what was found (the first problem is named). Not thread-safe; one per verification.
class LedgerVerifier {
 public:
  LedgerVerifier();
  ~LedgerVerifier();
  LedgerVerifier(const LedgerVerifier&) = delete;
  LedgerVerifier& operator=(const LedgerVerifier&) = delete;

  // Record `sequence` with the chain link stored beside it. Returns false when verification
  // cannot go on (a missing record): feed no more records then.
  bool add_record(uint64_t sequence, const Transfer& t, const Digest& stored_link);
  // A record that could not be read back (its message names the field).
  void add_unreadable(uint64_t sequence, const std::string& message);
  // The stored chain head (length and digest), or none when its row is missing.
  void check_head(std::optional<uint64_t> length, const Digest& head);
  // An account with its stored balance.
  void check_account(uint64_t account_id, const Ledger::RawBalance& stored);
  [[nodiscard]] LedgerVerification finish() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace rg
