// ruralguard C++ API: immutable ledger transfers.
//
// A transfer moves a whole-fen amount from a debit account to a credit account. Its 128-bit id
// is chosen by the caller, which makes every write idempotent. Semantics follow TigerBeetle:
// single-phase transfers post at once; a pending transfer reserves funds and is later posted
// (fully or partly) or voided by a second transfer that names it; linked transfers apply
// all-or-nothing. Nothing is ever updated or deleted: corrections are reversals that name the
// transfer they correct.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>

#include "ruralguard/date.hpp"
#include "ruralguard/money.hpp"

namespace rg {

// A caller-supplied 128-bit id as two halves (ctypes and C have no 128-bit integer).
struct TransferId {
  uint64_t hi = 0;
  uint64_t lo = 0;
  [[nodiscard]] constexpr bool is_zero() const noexcept { return hi == 0 && lo == 0; }
  friend constexpr auto operator<=>(const TransferId&, const TransferId&) = default;
};
[[nodiscard]] std::string to_string(TransferId id);  // 32 hex digits

// What a transfer is for. Values equal the C ABI's RG_CODE_* constants.
enum class TransferCode : uint16_t {
  kAllocate = 1,     // 下达: a level passes funds down to a budget or project account
  kDisburse = 2,     // 支出: spending on an approved project
  kReturn = 3,       // 收回/退回: unspent funds sent back up
  kReallocate = 4,   // 调整: moved between budgets or projects of the same level
  kReversal = 5,     // 冲正: cancels (part of) an earlier transfer, which ref_id names
  kAssetIncome = 6,  // 资产收益: income from project assets
};
inline constexpr uint16_t kTransferCodeMax = 6;

// Transfer flags (bit values equal the C ABI's RG_TRANSFER_* flags).
namespace transfer_flags {
inline constexpr uint16_t kLinked = 1u << 0;       // the next transfer in the batch is in the same chain
inline constexpr uint16_t kPending = 1u << 1;      // reserve only (a signed contract)
inline constexpr uint16_t kPostPending = 1u << 2;  // post the pending transfer ref_id (amount <= reserved)
inline constexpr uint16_t kVoidPending = 1u << 3;  // release the pending transfer ref_id
inline constexpr uint16_t kAll = kLinked | kPending | kPostPending | kVoidPending;
}  // namespace transfer_flags

// A short UTF-8 note held inline (no allocation), at most kMemoBytesMax bytes.
class Memo {
 public:
  static constexpr std::size_t kBytesMax = 64;
  Memo() = default;
  // Throws Error(kLimit) naming the length when text is longer than kBytesMax.
  explicit Memo(std::string_view text);
  [[nodiscard]] std::string_view view() const noexcept { return {bytes_.data(), size_}; }
  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  friend bool operator==(const Memo& a, const Memo& b) noexcept { return a.view() == b.view(); }

 private:
  std::array<char, kBytesMax> bytes_{};
  uint8_t size_ = 0;
};

struct Transfer {
  TransferId id;
  // Post/void: the pending transfer. Reversal: the transfer being reversed. Otherwise zero.
  TransferId ref_id;
  uint64_t debit_account_id = 0;
  uint64_t credit_account_id = 0;
  uint64_t project_id = 0;  // 0 = not linked to a project; required for kDisburse
  Money amount;             // whole fen, > 0 (a void names the full pending amount)
  Date effective_date = Date::from_days_since_epoch(0);
  TransferCode code = TransferCode::kAllocate;
  uint16_t flags = 0;
  Memo memo;

  friend bool operator==(const Transfer&, const Transfer&) = default;
};

// Per-transfer results of Ledger::create_transfers, in descending precedence (the first rule a
// transfer breaks is the one reported). Values equal the C ABI's RG_TRANSFER_* result constants
// and never change; new results are only appended.
enum class TransferResult : uint32_t {
  kOk = 0,
  kLinkedEventFailed = 1,     // another transfer of the same linked chain failed
  kLinkedEventChainOpen = 2,  // the last transfer of the batch has kLinked
  kIdMustNotBeZero = 3,
  kFlagsInvalid = 4,  // unknown bit, or more than one of pending / post / void
  kDebitAccountIdMustNotBeZero = 5,
  kCreditAccountIdMustNotBeZero = 6,
  kAccountsMustBeDifferent = 7,
  kAmountMustBePositive = 8,  // zero or negative
  kAmountNotWholeFen = 9,     // a fraction of a fen
  kCodeInvalid = 10,
  kEffectiveDateOutOfRange = 11,  // outside 2000-01-01..2099-12-31
  kRefIdMustBeZero = 12,          // only post, void and reversal name another transfer
  kRefIdMustNotBeZero = 13,
  kRefIdMustBeDifferent = 14,
  kProjectIdRequired = 15,  // a disbursement names no project
  kExistsWithDifferentFlags = 16,
  kExistsWithDifferentRefId = 17,
  kExistsWithDifferentDebitAccountId = 18,
  kExistsWithDifferentCreditAccountId = 19,
  kExistsWithDifferentAmount = 20,
  kExistsWithDifferentCode = 21,
  kExistsWithDifferentEffectiveDate = 22,
  kExistsWithDifferentProjectId = 23,
  kExistsWithDifferentMemo = 24,
  kExists = 25,
  kDebitAccountNotFound = 26,
  kCreditAccountNotFound = 27,
  kDebitAccountClosed = 28,
  kCreditAccountClosed = 29,
  kEffectiveDateOutsideFiscalYear = 30,  // not within an account's fiscal year + carry-over year
  kProjectNotFound = 31,
  kProjectNotApproved = 32,  // disbursing to a project that is not (yet, or any more) approved
  kPendingTransferNotFound = 33,
  kPendingTransferNotPending = 34,
  kPendingTransferAlreadyPosted = 35,
  kPendingTransferAlreadyVoided = 36,
  kPendingTransferHasDifferentAccounts = 37,
  kPendingTransferHasDifferentCode = 38,
  kPendingTransferHasDifferentProjectId = 39,
  kPendingTransferHasDifferentAmount = 40,  // a void must name the full reserved amount
  kExceedsPendingTransferAmount = 41,
  kReversalTargetNotFound = 42,
  kReversalTargetNotReversible = 43,  // pending, void and reversal records cannot be reversed
  kReversalAccountsNotSwapped = 44,
  kExceedsReversibleAmount = 45,
  kEffectiveDateBeforeReference = 46,
  kExceedsCredits = 47,  // debit account has kDebitsMustNotExceedCredits
  kExceedsDebits = 48,   // credit account has kCreditsMustNotExceedDebits
  kOverflowsBalance = 49,
};
inline constexpr uint32_t kTransferResultMax = 49;

// "exceeds_credits", "linked_event_failed", ...; "unknown" for values out of range.
[[nodiscard]] std::string_view transfer_result_name(TransferResult result) noexcept;

}  // namespace rg

template <>
struct std::hash<rg::TransferId> {
  std::size_t operator()(const rg::TransferId& id) const noexcept {
    // Caller ids are often sequential in one half: mix both halves (splitmix64 finaliser).
    uint64_t x = id.hi * 0x9E3779B97F4A7C15ull ^ id.lo;
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 31;
    return static_cast<std::size_t>(x);
  }
};
