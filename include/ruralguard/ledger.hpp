// ruralguard C++ API: the in-memory double-entry ledger engine for linkage funds.
//
// Ledger is pure: no I/O. It validates and applies batches of transfers with every check on,
// keeps balances, the idempotency index, pending reservations and reversals, and extends a
// SHA-256 hash chain over every committed transfer. LedgerStore (ledger_store.hpp) persists it.
//
// Batch rules (TigerBeetle semantics, docs/ledger.md):
//  - Each transfer gets its own TransferResult; kOk transfers are committed in batch order.
//  - A run of transfers with kLinked plus the one after it is a chain: all commit or none does.
//    The first failing transfer reports why; the others report kLinkedEventFailed.
//  - kExists (same id, same fields) is a no-op, not a failure, also inside a chain.
//  - Sum of all debits always equals sum of all credits (each transfer moves one amount).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <unordered_map>
#include <vector>

#include "ruralguard/account.hpp"
#include "ruralguard/transfer.hpp"

namespace rg {

class ProjectLibrary;

using Digest = std::array<uint8_t, 32>;  // SHA-256

// State of a pending (reserving) transfer.
enum class PendingState : uint8_t { kNotPending = 0, kPending = 1, kPosted = 2, kVoided = 3 };

class Ledger {
 public:
  static constexpr std::size_t kBatchMax = 8192;  // transfers or accounts per call
  static constexpr int32_t kCarryOverYears = 1;   // funds of year Y may move until 31 Dec Y+1
  static constexpr int kDateYearMin = 2000;       // effective dates 2000-01-01..2099-12-31
  static constexpr int kDateYearMax = 2099;

  Ledger();
  ~Ledger();
  Ledger(Ledger&&) noexcept;
  Ledger& operator=(Ledger&&) noexcept;
  Ledger(const Ledger&) = delete;
  Ledger& operator=(const Ledger&) = delete;

  // Disbursements (code kDisburse) are checked against this library when attached: the project
  // must exist and be approved on the transfer's date. Not owned; may be nullptr.
  void attach_projects(const ProjectLibrary* projects) noexcept { projects_ = projects; }

  // Creates accounts; results[i] tells what happened to accounts[i]. Throws Error(kLimit) when
  // more than kBatchMax, Error(kInvalidArgument) when results is shorter than accounts.
  void create_accounts(std::span<const Account> accounts, std::span<AccountResult> results);
  // Closes an account: no transfer may touch it afterwards. Throws Error(kNotFound) or
  // Error(kState) when already closed.
  void close_account(uint64_t account_id);

  // Validates and applies a batch; results[i] tells what happened to batch[i]. Returns the number
  // of transfers committed. Throws only for misuse (Error(kLimit) above kBatchMax,
  // Error(kInvalidArgument) for a short results span); transfer failures are results.
  std::size_t create_transfers(std::span<const Transfer> batch, std::span<TransferResult> results);

  [[nodiscard]] const Account* find_account(uint64_t account_id) const;
  // Throws Error(kNotFound) naming the id.
  [[nodiscard]] Balance balance(uint64_t account_id) const;
  [[nodiscard]] std::vector<Account> accounts() const;  // creation order

  [[nodiscard]] const Transfer* find_transfer(TransferId id) const;
  // All committed transfers in commit order; transfer i has sequence number i + 1.
  [[nodiscard]] std::span<const Transfer> transfers() const noexcept { return transfers_; }
  [[nodiscard]] uint64_t sequence_of(TransferId id) const;  // 0 when unknown
  [[nodiscard]] PendingState pending_state(TransferId id) const;
  [[nodiscard]] Money reversed_amount(TransferId id) const;  // sum of reversals naming id

  // Hash chain: link n = SHA-256(link n-1 || record n); link 0 is all zero bytes.
  [[nodiscard]] Digest chain_head() const noexcept;
  [[nodiscard]] Digest chain_link(uint64_t sequence) const;  // 1..transfers().size()
  // Recomputes the chain over the transfers held in memory. Returns 0 when every link matches,
  // otherwise the sequence number of the first record whose link differs.
  [[nodiscard]] uint64_t verify() const;

  // Undo support for the store: a mark taken before a batch; rollback_to undoes everything
  // committed after it (used when the batch cannot be made durable).
  struct Mark {
    std::size_t transfers = 0;
    std::size_t accounts = 0;
  };
  [[nodiscard]] Mark mark() const noexcept { return {transfers_.size(), slots_.size()}; }
  // Reopens an account closed by close_account (undo only; not a business operation).
  void reopen_account_for_undo(uint64_t account_id);
  void rollback_to(Mark mark);

  // Loading from the store: accounts and transfers exactly as persisted, applied in order without
  // validation (balances, pending states and reversals are rebuilt). The chain link is recomputed,
  // or, with `stored_link`, taken as persisted: opening a store does not re-hash its ledger;
  // verify_ledger recomputes every link.
  void restore_account(const Account& account);
  void restore_transfer(const Transfer& transfer);
  void restore_transfer(const Transfer& transfer, const Digest& stored_link);

  struct RawBalance {
    int64_t debits_pending = 0, debits_posted = 0, credits_pending = 0, credits_posted = 0;
  };

 private:
  struct Slot {
    Account account;
    RawBalance balance;
    int32_t first_day = 0;  // fiscal window in days since 1970-01-01: 1 Jan of the fiscal year ..
    int32_t last_day = 0;   // .. 31 Dec of the carry-over year
  };
  struct Hasher;  // SHA-256 context and the transfer-id index (private types)

  [[nodiscard]] AccountResult check_account(const Account& a) const;
  [[nodiscard]] TransferResult check_transfer(const Transfer& t) const;
  [[nodiscard]] TransferResult check_fields(const Transfer& t) const;
  [[nodiscard]] TransferResult check_existing(const Transfer& t, const Transfer& old) const;
  [[nodiscard]] TransferResult check_accounts(const Transfer& t, const Slot*& debit,
                                              const Slot*& credit) const;
  [[nodiscard]] TransferResult check_two_phase(const Transfer& t) const;
  [[nodiscard]] TransferResult check_reversal(const Transfer& t) const;
  [[nodiscard]] TransferResult check_limits(const Transfer& t, const Slot& debit,
                                            const Slot& credit) const;
  void apply(const Transfer& t, const Digest* link = nullptr);
  void restore_transfer_checked(const Transfer& t, const Digest* stored_link);
  void unapply_last();
  Slot& slot(uint64_t account_id);
  [[nodiscard]] const Slot* find_slot(uint64_t account_id) const;
  [[nodiscard]] std::size_t index_of(TransferId id) const;  // SIZE_MAX when unknown

  const ProjectLibrary* projects_ = nullptr;
  std::vector<Slot> slots_;
  std::unordered_map<uint64_t, uint32_t> slot_index_;
  std::vector<Transfer> transfers_;
  std::vector<PendingState> states_;  // per transfer
  std::vector<Digest> links_;         // per transfer
  std::unordered_map<uint32_t, int64_t> reversed_;  // transfer index -> reversed units
  std::unique_ptr<Hasher> hasher_;
};

}  // namespace rg
