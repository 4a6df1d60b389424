// The ledger engine: validation, application, linked chains and undo.
#include "ruralguard/ledger.hpp"

#include <cassert>
#include <limits>
#include <string>

#include "ledger/hash_chain.hpp"
#include "ledger/transfer_index.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/project.hpp"
#include "ruralguard/region_code.hpp"

namespace rg {

namespace tf = transfer_flags;
namespace af = account_flags;
using R = TransferResult;

struct Ledger::Hasher {
  ledger::ChainHasher chain;
  ledger::TransferIndex index;
};

namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

bool is_post_or_void(uint16_t flags) noexcept { return (flags & (tf::kPostPending | tf::kVoidPending)) != 0; }
// The posted amount a committed transfer moved (pending and void records move none).
bool posts_amount(const Transfer& t) noexcept { return (t.flags & (tf::kPending | tf::kVoidPending)) == 0; }

bool add_fits(int64_t a, int64_t b) noexcept {
  int64_t r = 0;
  return !__builtin_add_overflow(a, b, &r);
}

const Date kDateMin = Date::from_ymd(Ledger::kDateYearMin, 1, 1);
const Date kDateMax = Date::from_ymd(Ledger::kDateYearMax, 12, 31);

}  // namespace

Ledger::Ledger() : hasher_(std::make_unique<Hasher>()) {}
Ledger::~Ledger() = default;
Ledger::Ledger(Ledger&&) noexcept = default;
Ledger& Ledger::operator=(Ledger&&) noexcept = default;

// ----------------------------------------------------------------------------------------------
// Accounts

AccountResult Ledger::check_account(const Account& a) const {
  using A = AccountResult;
  if (a.id == 0) return A::kIdMustNotBeZero;
  const auto level = static_cast<uint8_t>(a.level);
  if (level < 1 || level > kFundLevelCount) return A::kLevelInvalid;
  const auto kind = static_cast<uint8_t>(a.kind);
  if (kind < 1 || kind > static_cast<uint8_t>(AccountKind::kIncome)) return A::kKindInvalid;
  const auto holder = static_cast<uint8_t>(a.holder_kind);
  if (holder < 1 || holder > static_cast<uint8_t>(HolderKind::kPayee)) return A::kHolderKindInvalid;
  if (a.holder_id == 0) return A::kHolderInvalid;
  if (a.holder_kind == HolderKind::kRegion) {
    try {
      (void)RegionCode::from_value(a.holder_id);
    } catch (const Error&) {
      return A::kHolderInvalid;
    }
  }
  if (a.fiscal_year < kFiscalYearMin || a.fiscal_year > kFiscalYearMax) return A::kFiscalYearInvalid;
  if ((a.flags & ~af::kAll) != 0 || (a.flags & af::kClosed) != 0 ||
      (a.flags & af::kDebitsMustNotExceedCredits && a.flags & af::kCreditsMustNotExceedDebits)) {
    return A::kFlagsInvalid;
  }
  if (const Slot* s = find_slot(a.id)) {
    const Account& old = s->account;
    if (old.level != a.level) return A::kExistsWithDifferentLevel;
    if (old.fiscal_year != a.fiscal_year) return A::kExistsWithDifferentFiscalYear;
    if (old.holder_kind != a.holder_kind || old.holder_id != a.holder_id) return A::kExistsWithDifferentHolder;
    if (old.kind != a.kind) return A::kExistsWithDifferentKind;
    if ((old.flags & ~af::kClosed) != a.flags) return A::kExistsWithDifferentFlags;
    return A::kExists;
  }
  return A::kOk;
}

void Ledger::create_accounts(std::span<const Account> accounts, std::span<AccountResult> results) {
  if (accounts.size() > kBatchMax) {
    throw Error(ErrorCode::kLimit, "create_accounts: batch of " + std::to_string(accounts.size()) +
                                       " accounts exceeds the maximum of " + std::to_string(kBatchMax) + " (kBatchMax)");
  }
  if (results.size() < accounts.size()) {
    throw Error(ErrorCode::kInvalidArgument, "create_accounts: results span is shorter than the batch");
  }
  for (std::size_t i = 0; i < accounts.size(); ++i) {
    results[i] = check_account(accounts[i]);
    if (results[i] == AccountResult::kOk) restore_account(accounts[i]);
  }
}

void Ledger::restore_account(const Account& account) {
  slot_index_.emplace(account.id, static_cast<uint32_t>(slots_.size()));
  const int32_t first = Date::from_ymd(account.fiscal_year, 1, 1).days_since_epoch();
  const int32_t last = Date::from_ymd(account.fiscal_year + kCarryOverYears, 12, 31).days_since_epoch();
  slots_.push_back(Slot{account, {}, first, last});
}

void Ledger::close_account(uint64_t account_id) {
  Slot& s = slot(account_id);
  if (s.account.flags & af::kClosed) {
    throw Error(ErrorCode::kState, "account " + std::to_string(account_id) + " is already closed");
  }
  s.account.flags |= af::kClosed;
}

const Ledger::Slot* Ledger::find_slot(uint64_t account_id) const {
  auto it = slot_index_.find(account_id);
  return it == slot_index_.end() ? nullptr : &slots_[it->second];
}

Ledger::Slot& Ledger::slot(uint64_t account_id) {
  auto it = slot_index_.find(account_id);
  if (it == slot_index_.end()) {
    throw Error(ErrorCode::kNotFound, "account " + std::to_string(account_id) + " does not exist");
  }
  return slots_[it->second];
}

const Account* Ledger::find_account(uint64_t account_id) const {
  const Slot* s = find_slot(account_id);
  return s == nullptr ? nullptr : &s->account;
}

Balance Ledger::balance(uint64_t account_id) const {
  const Slot* s = find_slot(account_id);
  if (s == nullptr) throw Error(ErrorCode::kNotFound, "account " + std::to_string(account_id) + " does not exist");
  return Balance{Money::from_units(s->balance.debits_pending), Money::from_units(s->balance.debits_posted),
                 Money::from_units(s->balance.credits_pending), Money::from_units(s->balance.credits_posted)};
}

std::vector<Account> Ledger::accounts() const {
  std::vector<Account> out;
  out.reserve(slots_.size());
  for (const auto& s : slots_) out.push_back(s.account);
  return out;
}

// ----------------------------------------------------------------------------------------------
// Transfers: checks in descending precedence (see TransferResult)

TransferResult Ledger::check_fields(const Transfer& t) const {
  if (t.id.is_zero()) return R::kIdMustNotBeZero;
  if ((t.flags & ~tf::kAll) != 0) return R::kFlagsInvalid;
  const int phases = ((t.flags & tf::kPending) != 0) + ((t.flags & tf::kPostPending) != 0) +
                     ((t.flags & tf::kVoidPending) != 0);
  if (phases > 1) return R::kFlagsInvalid;
  if (t.code == TransferCode::kReversal && phases != 0) return R::kFlagsInvalid;
  if (t.debit_account_id == 0) return R::kDebitAccountIdMustNotBeZero;
  if (t.credit_account_id == 0) return R::kCreditAccountIdMustNotBeZero;
  if (t.debit_account_id == t.credit_account_id) return R::kAccountsMustBeDifferent;
  if (t.amount.units() <= 0) return R::kAmountMustBePositive;
  if (!t.amount.is_whole_fen()) return R::kAmountNotWholeFen;
  const auto code = static_cast<uint16_t>(t.code);
  if (code < 1 || code > kTransferCodeMax) return R::kCodeInvalid;
  if (t.effective_date < kDateMin || t.effective_date > kDateMax) return R::kEffectiveDateOutOfRange;
  const bool needs_ref = is_post_or_void(t.flags) || t.code == TransferCode::kReversal;
  if (!needs_ref && !t.ref_id.is_zero()) return R::kRefIdMustBeZero;
  if (needs_ref && t.ref_id.is_zero()) return R::kRefIdMustNotBeZero;
  if (needs_ref && t.ref_id == t.id) return R::kRefIdMustBeDifferent;
  if (t.code == TransferCode::kDisburse && t.project_id == 0) return R::kProjectIdRequired;
  return R::kOk;
}

TransferResult Ledger::check_existing(const Transfer& t, const Transfer& old) const {
  if (old.flags != t.flags) return R::kExistsWithDifferentFlags;
  if (old.ref_id != t.ref_id) return R::kExistsWithDifferentRefId;
  if (old.debit_account_id != t.debit_account_id) return R::kExistsWithDifferentDebitAccountId;
  if (old.credit_account_id != t.credit_account_id) return R::kExistsWithDifferentCreditAccountId;
  if (old.amount != t.amount) return R::kExistsWithDifferentAmount;
  if (old.code != t.code) return R::kExistsWithDifferentCode;
  if (old.effective_date != t.effective_date) return R::kExistsWithDifferentEffectiveDate;
  if (old.project_id != t.project_id) return R::kExistsWithDifferentProjectId;
  if (!(old.memo == t.memo)) return R::kExistsWithDifferentMemo;
  return R::kExists;
}

TransferResult Ledger::check_accounts(const Transfer& t, const Slot*& debit, const Slot*& credit) const {
  debit = find_slot(t.debit_account_id);
  if (debit == nullptr) return R::kDebitAccountNotFound;
  credit = find_slot(t.credit_account_id);
  if (credit == nullptr) return R::kCreditAccountNotFound;
  if (debit->account.flags & af::kClosed) return R::kDebitAccountClosed;
  if (credit->account.flags & af::kClosed) return R::kCreditAccountClosed;
  const int32_t day = t.effective_date.days_since_epoch();
  if (day < debit->first_day || day > debit->last_day || day < credit->first_day || day > credit->last_day) {
    return R::kEffectiveDateOutsideFiscalYear;
  }
  // Spending needs an approved project; voiding a reservation and correcting by reversal do not.
  if (t.code == TransferCode::kDisburse && projects_ != nullptr && (t.flags & tf::kVoidPending) == 0) {
    switch (projects_->check_disbursement(t.project_id, t.effective_date)) {
      case ProjectCheck::kOk: break;
      case ProjectCheck::kNotFound: return R::kProjectNotFound;
      case ProjectCheck::kNotApproved: return R::kProjectNotApproved;
    }
  }
  return R::kOk;
}

TransferResult Ledger::check_two_phase(const Transfer& t) const {
  const std::size_t p = index_of(t.ref_id);
  if (p == kNone) return R::kPendingTransferNotFound;
  const Transfer& pending = transfers_[p];
  switch (states_[p]) {
    case PendingState::kNotPending: return R::kPendingTransferNotPending;
    case PendingState::kPosted: return R::kPendingTransferAlreadyPosted;
    case PendingState::kVoided: return R::kPendingTransferAlreadyVoided;
    case PendingState::kPending: break;
  }
  if (pending.debit_account_id != t.debit_account_id || pending.credit_account_id != t.credit_account_id) {
    return R::kPendingTransferHasDifferentAccounts;
  }
  if (pending.code != t.code) return R::kPendingTransferHasDifferentCode;
  if (pending.project_id != t.project_id) return R::kPendingTransferHasDifferentProjectId;
  if ((t.flags & tf::kVoidPending) && t.amount != pending.amount) return R::kPendingTransferHasDifferentAmount;
  if (t.amount > pending.amount) return R::kExceedsPendingTransferAmount;
  if (t.effective_date < pending.effective_date) return R::kEffectiveDateBeforeReference;
  return R::kOk;
}

TransferResult Ledger::check_reversal(const Transfer& t) const {
  const std::size_t o = index_of(t.ref_id);
  if (o == kNone) return R::kReversalTargetNotFound;
  const Transfer& original = transfers_[o];
  if (!posts_amount(original) || original.code == TransferCode::kReversal) return R::kReversalTargetNotReversible;
  if (original.debit_account_id != t.credit_account_id || original.credit_account_id != t.debit_account_id) {
    return R::kReversalAccountsNotSwapped;
  }
  auto it = reversed_.find(static_cast<uint32_t>(o));
  const int64_t already = it == reversed_.end() ? 0 : it->second;
  if (t.amount.units() > original.amount.units() - already) return R::kExceedsReversibleAmount;
  if (t.effective_date < original.effective_date) return R::kEffectiveDateBeforeReference;
  return R::kOk;
}

TransferResult Ledger::check_limits(const Transfer& t, const Slot& debit, const Slot& credit) const {
  const int64_t a = t.amount.units();
  const RawBalance& d = debit.balance;
  const RawBalance& c = credit.balance;
  if (t.flags & tf::kVoidPending) return R::kOk;  // releases only
  if (t.flags & tf::kPostPending) {
    // Posting at most the reserved amount never raises debits above what was already checked.
    return add_fits(d.debits_posted, a) && add_fits(c.credits_posted, a) ? R::kOk : R::kOverflowsBalance;
  }
  using I = int128;
  if ((debit.account.flags & af::kDebitsMustNotExceedCredits) &&
      I{d.debits_pending} + d.debits_posted + a > I{d.credits_posted}) {
    return R::kExceedsCredits;
  }
  if ((credit.account.flags & af::kCreditsMustNotExceedDebits) &&
      I{c.credits_pending} + c.credits_posted + a > I{c.debits_posted}) {
    return R::kExceedsDebits;
  }
  const bool pending = (t.flags & tf::kPending) != 0;
  const int64_t dv = pending ? d.debits_pending : d.debits_posted;
  const int64_t cv = pending ? c.credits_pending : c.credits_posted;
  if (!add_fits(dv, a) || !add_fits(cv, a) ||
      I{d.debits_pending} + d.debits_posted + a > std::numeric_limits<int64_t>::max() ||
      I{c.credits_pending} + c.credits_posted + a > std::numeric_limits<int64_t>::max()) {
    return R::kOverflowsBalance;
  }
  return R::kOk;
}

TransferResult Ledger::check_transfer(const Transfer& t) const {
  if (TransferResult r = check_fields(t); r != R::kOk) return r;
  if (const std::size_t e = index_of(t.id); e != kNone) return check_existing(t, transfers_[e]);
  const Slot* debit = nullptr;
  const Slot* credit = nullptr;
  if (TransferResult r = check_accounts(t, debit, credit); r != R::kOk) return r;
  if (is_post_or_void(t.flags)) {
    if (TransferResult r = check_two_phase(t); r != R::kOk) return r;
  } else if (t.code == TransferCode::kReversal) {
    if (TransferResult r = check_reversal(t); r != R::kOk) return r;
  }
  return check_limits(t, *debit, *credit);
}

// ----------------------------------------------------------------------------------------------
// Application and undo. apply() and unapply_last() are exact inverses.

void Ledger::apply(const Transfer& t, const Digest* link) {
  const int64_t a = t.amount.units();
  RawBalance& d = slot(t.debit_account_id).balance;
  RawBalance& c = slot(t.credit_account_id).balance;
  PendingState own = PendingState::kNotPending;
  if (t.flags & tf::kPending) {
    d.debits_pending += a;
    c.credits_pending += a;
    own = PendingState::kPending;
  } else if (is_post_or_void(t.flags)) {
    const std::size_t p = index_of(t.ref_id);
    assert(p != kNone && states_[p] == PendingState::kPending);
    const int64_t reserved = transfers_[p].amount.units();
    d.debits_pending -= reserved;
    c.credits_pending -= reserved;
    if (t.flags & tf::kPostPending) {
      d.debits_posted += a;
      c.credits_posted += a;
      states_[p] = PendingState::kPosted;
    } else {
      states_[p] = PendingState::kVoided;
    }
  } else {
    d.debits_posted += a;
    c.credits_posted += a;
    if (t.code == TransferCode::kReversal) reversed_[static_cast<uint32_t>(index_of(t.ref_id))] += a;
  }
  const uint64_t sequence = transfers_.size() + 1;
  const Digest& previous = links_.empty() ? Digest{} : links_.back();
  links_.push_back(link != nullptr ? *link : hasher_->chain.link(previous, sequence, t));
  hasher_->index.insert(t.id, static_cast<uint32_t>(transfers_.size()));
  transfers_.push_back(t);
  states_.push_back(own);
}

void Ledger::unapply_last() {
  assert(!transfers_.empty());
  hasher_->index.erase(transfers_.back().id, transfers_);
  const Transfer t = transfers_.back();
  transfers_.pop_back();
  states_.pop_back();
  links_.pop_back();
  const int64_t a = t.amount.units();
  RawBalance& d = slot(t.debit_account_id).balance;
  RawBalance& c = slot(t.credit_account_id).balance;
  if (t.flags & tf::kPending) {
    d.debits_pending -= a;
    c.credits_pending -= a;
  } else if (is_post_or_void(t.flags)) {
    const std::size_t p = index_of(t.ref_id);
    const int64_t reserved = transfers_[p].amount.units();
    d.debits_pending += reserved;
    c.credits_pending += reserved;
    if (t.flags & tf::kPostPending) {
      d.debits_posted -= a;
      c.credits_posted -= a;
    }
    states_[p] = PendingState::kPending;
  } else {
    d.debits_posted -= a;
    c.credits_posted -= a;
    if (t.code == TransferCode::kReversal) {
      const auto o = static_cast<uint32_t>(index_of(t.ref_id));
      if ((reversed_[o] -= a) == 0) reversed_.erase(o);
    }
  }
}

void Ledger::rollback_to(Mark mark) {
  while (transfers_.size() > mark.transfers) unapply_last();
  while (slots_.size() > mark.accounts) {
    slot_index_.erase(slots_.back().account.id);
    slots_.pop_back();
  }
}

void Ledger::reopen_account_for_undo(uint64_t account_id) {
  slot(account_id).account.flags &= static_cast<uint16_t>(~af::kClosed);
}

void Ledger::restore_transfer(const Transfer& t) { restore_transfer_checked(t, nullptr); }

void Ledger::restore_transfer(const Transfer& t, const Digest& stored_link) { restore_transfer_checked(t, &stored_link); }

void Ledger::restore_transfer_checked(const Transfer& t, const Digest* stored_link) {
  // Persisted rows are trusted for validity but not for structure: a row altered on disk must
  // fail loudly here rather than corrupt memory.
  const std::string where = "transfer record " + std::to_string(transfers_.size() + 1) + " (" + to_string(t.id) + ")";
  if (index_of(t.id) != kNone) throw Error(ErrorCode::kCorrupt, where + ": id appears twice");
  if (find_slot(t.debit_account_id) == nullptr || find_slot(t.credit_account_id) == nullptr) {
    throw Error(ErrorCode::kCorrupt, where + ": names an account that does not exist");
  }
  if (is_post_or_void(t.flags)) {
    const std::size_t p = index_of(t.ref_id);
    if (p == kNone || states_[p] != PendingState::kPending) {
      throw Error(ErrorCode::kCorrupt, where + ": names " + to_string(t.ref_id) + ", which is not a pending transfer");
    }
  } else if (t.code == TransferCode::kReversal && index_of(t.ref_id) == kNone) {
    throw Error(ErrorCode::kCorrupt, where + ": reverses " + to_string(t.ref_id) + ", which does not exist");
  }
  apply(t, stored_link);
}

std::size_t Ledger::create_transfers(std::span<const Transfer> batch, std::span<TransferResult> results) {
  if (batch.size() > kBatchMax) {
    throw Error(ErrorCode::kLimit, "create_transfers: batch of " + std::to_string(batch.size()) +
                                       " transfers exceeds the maximum of " + std::to_string(kBatchMax) + " (kBatchMax)");
  }
  if (results.size() < batch.size()) {
    throw Error(ErrorCode::kInvalidArgument, "create_transfers: results span is shorter than the batch");
  }
  std::size_t committed = 0;
  std::size_t i = 0;
  while (i < batch.size()) {
    // The chain is batch[i..end): every member but the last carries kLinked.
    std::size_t end = i;
    while (end < batch.size() && (batch[end].flags & tf::kLinked)) ++end;
    const bool open = end == batch.size();
    if (!open) ++end;
    const bool linked = end - i > 1 || open;
    const Mark before = mark();
    std::size_t failed = kNone;
    std::size_t applied = 0;
    for (std::size_t k = i; k < end; ++k) {
      TransferResult r = (open && k + 1 == end) ? R::kLinkedEventChainOpen : check_transfer(batch[k]);
      results[k] = r;
      if (r == R::kOk) {
        apply(batch[k]);
        ++applied;
      } else if (r != R::kExists && linked) {
        failed = k;
        break;
      }
    }
    if (failed != kNone) {
#ifndef RG_PLANTED_BUG_SKIP_CHAIN_ROLLBACK  // test-only planted bug (tests/sim, issue 21); never defined in the library
      rollback_to(before);
#else
      (void)before;
#endif
      applied = 0;
      for (std::size_t k = i; k < end; ++k) {
        if (k != failed) results[k] = R::kLinkedEventFailed;
      }
    }
    committed += applied;
    i = end;
  }
  return committed;
}

// ----------------------------------------------------------------------------------------------
// Lookups and the chain

std::size_t Ledger::index_of(TransferId id) const {
  const uint32_t i = hasher_->index.find(id, transfers_);
  return i == ledger::TransferIndex::kMissing ? kNone : i;
}

const Transfer* Ledger::find_transfer(TransferId id) const {
  const std::size_t i = index_of(id);
  return i == kNone ? nullptr : &transfers_[i];
}

uint64_t Ledger::sequence_of(TransferId id) const {
  const std::size_t i = index_of(id);
  return i == kNone ? 0 : i + 1;
}

PendingState Ledger::pending_state(TransferId id) const {
  const std::size_t i = index_of(id);
  return i == kNone ? PendingState::kNotPending : states_[i];
}

Money Ledger::reversed_amount(TransferId id) const {
  const std::size_t i = index_of(id);
  if (i == kNone) return Money{};
  auto it = reversed_.find(static_cast<uint32_t>(i));
  return Money::from_units(it == reversed_.end() ? 0 : it->second);
}

Digest Ledger::chain_head() const noexcept { return links_.empty() ? Digest{} : links_.back(); }

Digest Ledger::chain_link(uint64_t sequence) const {
  if (sequence == 0) return Digest{};
  if (sequence > links_.size()) {
    throw Error(ErrorCode::kNotFound, "chain link " + std::to_string(sequence) + " does not exist (" +
                                          std::to_string(links_.size()) + " transfers)");
  }
  return links_[sequence - 1];
}

uint64_t Ledger::verify() const {
  ledger::ChainHasher hasher;
  Digest previous{};
  for (std::size_t i = 0; i < transfers_.size(); ++i) {
    previous = hasher.link(previous, i + 1, transfers_[i]);
    if (previous != links_[i]) return i + 1;
  }
  return 0;
}

}  // namespace rg
