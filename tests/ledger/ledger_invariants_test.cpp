// Random batches with failures mixed in: the books always balance and no limited account is ever
// overdrawn, whatever mix of allocations, reservations, posts, voids, reversals, bad amounts,
// reused ids and broken linked chains arrives; in memory and through the SQLite store.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <map>
#include <random>

#include "ledger/ledger_fixture.hpp"
#include "ruralguard/ledger_store.hpp"
#include "test_support/temp_dir.hpp"

namespace rg::test {
namespace {

using R = TransferResult;
namespace tf = transfer_flags;

constexpr uint64_t kMirror = 200;  // an account with credits_must_not_exceed_debits

struct Totals {
  int64_t debits_posted = 0, credits_posted = 0, debits_pending = 0, credits_pending = 0;
};

Totals sum_balances(const Ledger& l) {
  Totals t;
  for (const Account& a : l.accounts()) {
    const Balance b = l.balance(a.id);
    t.debits_posted += b.debits_posted.units();
    t.credits_posted += b.credits_posted.units();
    t.debits_pending += b.debits_pending.units();
    t.credits_pending += b.credits_pending.units();
  }
  return t;
}

// Balances recomputed from the committed transfers alone, independently of the engine.
std::map<uint64_t, Balance> replay(const Ledger& l) {
  std::map<uint64_t, Balance> b;
  std::map<TransferId, const Transfer*> by_id;
  for (const Transfer& t : l.transfers()) {
    by_id[t.id] = &t;
    if (t.flags & tf::kPending) {
      b[t.debit_account_id].debits_pending += t.amount;
      b[t.credit_account_id].credits_pending += t.amount;
    } else if (t.flags & (tf::kPostPending | tf::kVoidPending)) {
      const Transfer& p = *by_id.at(t.ref_id);
      b[t.debit_account_id].debits_pending -= p.amount;
      b[t.credit_account_id].credits_pending -= p.amount;
      if (t.flags & tf::kPostPending) {
        b[t.debit_account_id].debits_posted += t.amount;
        b[t.credit_account_id].credits_posted += t.amount;
      }
    } else {
      b[t.debit_account_id].debits_posted += t.amount;
      b[t.credit_account_id].credits_posted += t.amount;
    }
  }
  return b;
}

std::vector<Account> extra_accounts() {
  std::vector<Account> extra;
  for (uint64_t i = 0; i < 6; ++i) {
    extra.push_back(make_account(100 + i, AccountKind::kBudget, HolderKind::kRegion, 500112001000ull + i + 1,
                                 account_flags::kDebitsMustNotExceedCredits));
  }
  extra.push_back(make_account(kMirror, AccountKind::kIncome, HolderKind::kPayee, 9,
                               account_flags::kCreditsMustNotExceedDebits));
  return extra;
}

class RandomBatches {
 public:
  explicit RandomBatches(uint64_t seed) : rng_(seed) {
    ids_ = {kCentralSource, kCountyBudget, kOtherBudget, kProjectAccount, kPayee, kMirror};
    for (uint64_t i = 0; i < 6; ++i) ids_.push_back(100 + i);
  }

  std::vector<Transfer> next(const Ledger& ledger) {
    std::vector<Transfer> batch;
    const std::size_t n = 1 + pick(40);
    const auto done = ledger.transfers();
    for (std::size_t k = 0; k < n; ++k) {
      const uint64_t debit = pick(4) == 0 ? kCentralSource : ids_[pick(ids_.size())];
      const uint64_t credit = ids_[pick(ids_.size())];
      Money amount = Money::from_fen(static_cast<int64_t>(1 + pick(50000)));
      const std::size_t shape = pick(20);
      if (shape == 0) amount = Money::from_units(amount.units() + 1);  // sub-fen: refused
      if (shape == 1) amount = Money{};                                // zero: refused
      Transfer t = make_transfer(next_id_++, debit, credit, amount, TransferCode::kReallocate);
      if (shape >= 2 && shape < 5) t.flags = tf::kPending;
      if (shape >= 5 && shape < 8 && !done.empty()) {
        // Post or void an earlier transfer (often not a reservation: refused).
        const Transfer& p = done[pick(done.size())];
        t.ref_id = p.id;
        t.debit_account_id = p.debit_account_id;
        t.credit_account_id = p.credit_account_id;
        t.code = p.code;
        t.project_id = p.project_id;
        t.flags = shape == 7 ? tf::kVoidPending : tf::kPostPending;
        t.amount = shape == 7 ? p.amount : Money::from_fen(1 + static_cast<int64_t>(pick(static_cast<std::size_t>(p.amount.to_fen()) + 2)));
      }
      if (shape == 8 && !done.empty()) {
        const Transfer& o = done[pick(done.size())];
        t.code = TransferCode::kReversal;
        t.ref_id = o.id;
        t.debit_account_id = o.credit_account_id;
        t.credit_account_id = o.debit_account_id;
        t.amount = Money::from_fen(1 + static_cast<int64_t>(pick(static_cast<std::size_t>(o.amount.to_fen()) + 1)));
      }
      if (shape == 9 && next_id_ > 3) t.id = TransferId{0, next_id_ - 2 - pick(2)};  // reused id
      if (pick(4) == 0) t.flags |= tf::kLinked;
      batch.push_back(t);
    }
    return batch;
  }

 private:
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(rng_() % n); }
  std::mt19937_64 rng_;
  std::vector<uint64_t> ids_;
  uint64_t next_id_ = 1;
};

// Checks every invariant after a batch (as test failures naming the batch).
void expect_invariants(const Ledger& ledger, const std::vector<Transfer>& batch, const std::vector<R>& results,
                       int batch_no) {
  // Chains: when any member failed, no member was committed.
  for (std::size_t s = 0; s < batch.size();) {
    std::size_t e = s;
    while (e < batch.size() && (batch[e].flags & tf::kLinked)) ++e;
    e = std::min(e + 1, batch.size());
    const bool any_failed = std::any_of(results.begin() + static_cast<std::ptrdiff_t>(s),
                                        results.begin() + static_cast<std::ptrdiff_t>(e),
                                        [](R r) { return r != R::kOk && r != R::kExists; });
    if (any_failed && e - s > 1) {
      for (std::size_t k = s; k < e; ++k) EXPECT_NE(results[k], R::kOk) << "batch " << batch_no;
    }
    s = e;
  }
  const Totals t = sum_balances(ledger);
  EXPECT_EQ(t.debits_posted, t.credits_posted) << "batch " << batch_no;
  EXPECT_EQ(t.debits_pending, t.credits_pending) << "batch " << batch_no;
  for (const Account& a : ledger.accounts()) {
    const Balance b = ledger.balance(a.id);
    if (a.flags & account_flags::kDebitsMustNotExceedCredits) {
      EXPECT_GE(b.available(), Money{}) << "account " << a.id << " batch " << batch_no;
    }
    if (a.flags & account_flags::kCreditsMustNotExceedDebits) {
      EXPECT_LE(b.credits_posted + b.credits_pending, b.debits_posted) << "account " << a.id << " batch " << batch_no;
    }
  }
}

TEST(LedgerInvariants, RandomBatchesWithFailuresKeepTheBooksBalanced) {
  LedgerFixture f;
  const auto extra = extra_accounts();
  std::vector<AccountResult> ar(extra.size());
  f.ledger.create_accounts(extra, ar);
  RandomBatches gen(20240301);
  std::size_t committed = 0, failed = 0;
  for (int batch_no = 0; batch_no < 300; ++batch_no) {
    const auto batch = gen.next(f.ledger);
    std::vector<R> results(batch.size());
    const std::size_t size_before = f.ledger.transfers().size();
    committed += f.ledger.create_transfers(batch, results);
    failed += static_cast<std::size_t>(std::count_if(results.begin(), results.end(), [](R r) { return r != R::kOk; }));
    EXPECT_EQ(f.ledger.transfers().size() - size_before,
              static_cast<std::size_t>(std::count(results.begin(), results.end(), R::kOk)));
    expect_invariants(f.ledger, batch, results, batch_no);
    if (HasFailure()) return;
  }
  // Both outcomes were exercised, and the engine's balances equal an independent replay.
  EXPECT_GT(committed, 1000u);
  EXPECT_GT(failed, 1000u);
  const auto replayed = replay(f.ledger);
  for (const Account& a : f.ledger.accounts()) {
    const auto it = replayed.find(a.id);
    EXPECT_EQ(f.ledger.balance(a.id), it == replayed.end() ? Balance{} : it->second) << "account " << a.id;
  }
  EXPECT_EQ(f.ledger.verify(), 0u);
}

TEST(LedgerInvariants, RandomBatchesThroughTheStoreBalanceOnDiskToo) {
  TempDir dir;
  std::vector<Balance> expected;
  {
    Store store(dir.file("r.db"));
    LedgerStore ls(store);
    auto accounts = county_accounts();
    for (const Account& a : extra_accounts()) accounts.push_back(a);
    std::vector<AccountResult> ar(accounts.size());
    ls.create_accounts(accounts, ar);
    RandomBatches gen(77);
    for (int batch_no = 0; batch_no < 60; ++batch_no) {
      const auto batch = gen.next(ls.ledger());
      std::vector<R> results(batch.size());
      (void)ls.create_transfers(batch, results);
      expect_invariants(ls.ledger(), batch, results, batch_no);
      if (HasFailure()) return;
    }
    for (const Account& a : ls.ledger().accounts()) expected.push_back(ls.ledger().balance(a.id));
  }
  SQLite::Database raw(dir.file("r.db"), SQLite::OPEN_READONLY);
  EXPECT_EQ(raw.execAndGet("SELECT sum(debits_posted) - sum(credits_posted) FROM ledger_accounts").getInt64(), 0);
  EXPECT_EQ(raw.execAndGet("SELECT sum(debits_pending) - sum(credits_pending) FROM ledger_accounts").getInt64(), 0);
  Store store(dir.file("r.db"));
  LedgerStore reopened(store);
  std::size_t i = 0;
  for (const Account& a : reopened.ledger().accounts()) EXPECT_EQ(reopened.ledger().balance(a.id), expected[i++]);
  const LedgerVerification v = reopened.verify();
  EXPECT_TRUE(v.ok) << v.message;
  EXPECT_GT(v.transfers_checked, 300u);
}

}  // namespace
}  // namespace rg::test
