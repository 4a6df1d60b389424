// verify_ledger: recompute the hash chain and the balances from the database rows alone.
#include <SQLiteCpp/Statement.h>

#include <map>
#include <string>

#include "ledger/hash_chain.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/ledger_store.hpp"
#include "store/ledger_rows.hpp"
#include "store/store_impl.hpp"

namespace rg {

namespace {

namespace tf = transfer_flags;

// Balances implied by the rows, recomputed without the engine (pending amounts by reference).
struct Replay {
  std::map<uint64_t, Ledger::RawBalance> balances;
  std::map<TransferId, int64_t> pending_amounts;

  void add(const Transfer& t) {
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

bool same(const Ledger::RawBalance& a, const Ledger::RawBalance& b) {
  return a.debits_pending == b.debits_pending && a.debits_posted == b.debits_posted &&
         a.credits_pending == b.credits_pending && a.credits_posted == b.credits_posted;
}

}  // namespace

LedgerVerification verify_ledger(Store& store) {
  LedgerVerification out;
  auto fail = [&](std::string message) {
    if (out.ok) {
      out.ok = false;
      out.message = std::move(message);
    }
  };
  try {
    auto& db = store.impl().db.sql();
    ledger::ChainHasher hasher;
    Replay replay;
    SQLite::Statement q(db, std::string("SELECT ") + store::kTransferColumns + " FROM ledger_transfers ORDER BY seq");
    Transfer t;
    Digest stored_link;
    Digest link{};
    uint64_t expected = 1;
    while (q.executeStep()) {
      uint64_t seq = 0;
      try {
        seq = store::read_transfer(q, t, stored_link);
      } catch (const Error& e) {
        out.first_bad_sequence = static_cast<uint64_t>(q.getColumn(0).getInt64());
        fail(e.what());
        break;
      }
      if (seq != expected) {
        out.first_bad_sequence = expected;
        fail("transfer record " + std::to_string(expected) + " is missing (next row is " + std::to_string(seq) + ")");
        break;
      }
      link = hasher.link(link, seq, t);
      if (link != stored_link && out.first_bad_sequence == 0) {
        out.first_bad_sequence = seq;
        out.first_bad_id = t.id;
        fail("transfer record " + std::to_string(seq) + " (id " + to_string(t.id) +
             ") was altered: its chain link does not match its contents");
      }
      replay.add(t);
      ++out.transfers_checked;
      ++expected;
    }
    out.head = link;
    SQLite::Statement head(db, "SELECT length, head FROM ledger_chain WHERE one = 1");
    if (head.executeStep()) {
      const auto length = static_cast<uint64_t>(head.getColumn(0).getInt64());
      const auto h = head.getColumn(1);
      Digest stored{};
      if (h.getBytes() == 32) std::copy_n(static_cast<const uint8_t*>(h.getBlob()), 32, stored.begin());
      if (length != out.transfers_checked) {
        fail("chain head records " + std::to_string(length) + " transfers but the file holds " +
             std::to_string(out.transfers_checked));
      } else if (stored != link) {
        fail("stored chain head " + ledger::to_hex(stored) + " differs from the recomputed " + ledger::to_hex(link));
      }
    } else {
      fail("the chain head row is missing");
    }
    SQLite::Statement accounts(db, std::string("SELECT ") + store::kAccountColumns + " FROM ledger_accounts ORDER BY id");
    while (accounts.executeStep()) {
      Ledger::RawBalance stored;
      const Account a = store::read_account(accounts, stored);
      auto it = replay.balances.find(a.id);
      const Ledger::RawBalance expected_balance = it == replay.balances.end() ? Ledger::RawBalance{} : it->second;
      if (!same(stored, expected_balance) && out.bad_account_id == 0) {
        out.bad_account_id = a.id;
        fail("account " + std::to_string(a.id) + ": stored balance differs from the sum of its transfers");
      }
    }
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "verifying the ledger in " + store.path());
  }
  return out;
}

}  // namespace rg
