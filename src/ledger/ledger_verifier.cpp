// LedgerVerifier: the chain and the balances recomputed from the records (ledger_verifier.hpp).
#include "ruralguard/ledger_verifier.hpp"

#include <map>

#include "ledger/hash_chain.hpp"

namespace rg {

namespace {

namespace tf = transfer_flags;

bool same(const Ledger::RawBalance& a, const Ledger::RawBalance& b) {
  return a.debits_pending == b.debits_pending && a.debits_posted == b.debits_posted &&
         a.credits_pending == b.credits_pending && a.credits_posted == b.credits_posted;
}

}  // namespace

struct LedgerVerifier::State {
  ledger::ChainHasher hasher;
  LedgerVerification out;
  Digest link{};
  uint64_t expected = 1;
  // Balances implied by the records, recomputed without the engine (pending amounts by reference).
  std::map<uint64_t, Ledger::RawBalance> balances;
  std::map<TransferId, int64_t> pending_amounts;

  void fail(std::string message) {
    if (out.ok) {
      out.ok = false;
      out.message = std::move(message);
    }
  }

  void replay(const Transfer& t) {
    auto& d = balances[t.debit_account_id];
    auto& c = balances[t.credit_account_id];
    const int64_t a = t.amount.units();
    if (t.flags & tf::kPending) {
      d.debits_pending += a;
      c.credits_pending += a;
      pending_amounts[t.id] = a;
    } else if (t.flags & (tf::kPostPending | tf::kVoidPending)) {
      auto it = pending_amounts.find(t.ref_id);
      const int64_t reserved = it == pending_amounts.end() ? 0 : it->second;
      d.debits_pending -= reserved;
      c.credits_pending -= reserved;
      if (t.flags & tf::kPostPending) {
        d.debits_posted += a;
        c.credits_posted += a;
      }
    } else {
      d.debits_posted += a;
      c.credits_posted += a;
    }
  }
};

LedgerVerifier::LedgerVerifier() : state_(std::make_unique<State>()) {}
LedgerVerifier::~LedgerVerifier() = default;

bool LedgerVerifier::add_record(uint64_t seq, const Transfer& t, const Digest& stored_link) {
  State& s = *state_;
  if (seq != s.expected) {
    s.out.first_bad_sequence = s.expected;
    s.fail("transfer record " + std::to_string(s.expected) + " is missing (next row is " + std::to_string(seq) + ")");
    return false;
  }
  s.link = s.hasher.link(s.link, seq, t);
  if (s.link != stored_link && s.out.first_bad_sequence == 0) {
    s.out.first_bad_sequence = seq;
    s.out.first_bad_id = t.id;
    s.fail("transfer record " + std::to_string(seq) + " (id " + to_string(t.id) +
           ") was altered: its chain link does not match its contents");
  }
  s.replay(t);
  ++s.out.transfers_checked;
  ++s.expected;
  return true;
}

void LedgerVerifier::add_unreadable(uint64_t sequence, const std::string& message) {
  state_->out.first_bad_sequence = sequence;
  state_->fail(message);
}

void LedgerVerifier::check_head(std::optional<uint64_t> length, const Digest& head) {
  State& s = *state_;
  if (!length) {
    s.fail("the chain head row is missing");
  } else if (*length != s.out.transfers_checked) {
    s.fail("chain head records " + std::to_string(*length) + " transfers but the file holds " +
           std::to_string(s.out.transfers_checked));
  } else if (head != s.link) {
    s.fail("stored chain head " + ledger::to_hex(head) + " differs from the recomputed " + ledger::to_hex(s.link));
  }
}

void LedgerVerifier::check_account(uint64_t account_id, const Ledger::RawBalance& stored) {
  State& s = *state_;
  auto it = s.balances.find(account_id);
  const Ledger::RawBalance expected = it == s.balances.end() ? Ledger::RawBalance{} : it->second;
  if (!same(stored, expected) && s.out.bad_account_id == 0) {
    s.out.bad_account_id = account_id;
    s.fail("account " + std::to_string(account_id) + ": stored balance differs from the sum of its transfers");
  }
}

LedgerVerification LedgerVerifier::finish() const {
  LedgerVerification out = state_->out;
  out.head = state_->link;
  return out;
}

}  // namespace rg
