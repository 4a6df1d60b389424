// verify_ledger: the ledger's rows streamed into the domain's LedgerVerifier.
#include <SQLiteCpp/Statement.h>

#include <string>

#include "ruralguard/error.hpp"
#include "ruralguard/ledger_store.hpp"
#include "store/ledger_rows.hpp"
#include "store/store_impl.hpp"

namespace rg {

LedgerVerification verify_ledger(Store& store) {
  LedgerVerifier verifier;
  try {
    auto& db = store::database_of(store).sql();
    SQLite::Statement q(db, std::string("SELECT ") + store::kTransferColumns + " FROM ledger_transfers ORDER BY seq");
    Transfer t;
    Digest stored_link;
    while (q.executeStep()) {
      uint64_t seq = 0;
      try {
        seq = store::read_transfer(q, t, stored_link);
      } catch (const Error& e) {
        verifier.add_unreadable(static_cast<uint64_t>(q.getColumn(0).getInt64()), e.what());
        break;
      }
      if (!verifier.add_record(seq, t, stored_link)) break;
    }
    SQLite::Statement head(db, "SELECT length, head FROM ledger_chain WHERE one = 1");
    std::optional<uint64_t> length;
    Digest stored{};
    if (head.executeStep()) {
      length = static_cast<uint64_t>(head.getColumn(0).getInt64());
      const auto h = head.getColumn(1);
      if (h.getBytes() == 32) std::copy_n(static_cast<const uint8_t*>(h.getBlob()), 32, stored.begin());
    }
    verifier.check_head(length, stored);
    SQLite::Statement accounts(db, std::string("SELECT ") + store::kAccountColumns + " FROM ledger_accounts ORDER BY id");
    while (accounts.executeStep()) {
      Ledger::RawBalance balance;
      const Account a = store::read_account(accounts, balance);
      verifier.check_account(a.id, balance);
    }
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "verifying the ledger in " + store.path());
  }
  return verifier.finish();
}

}  // namespace rg
