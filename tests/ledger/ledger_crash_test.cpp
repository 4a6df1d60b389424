// Crash test: a child process posting batches is killed with SIGKILL at random moments. After
// reopening, every batch is either fully present or fully absent, PRAGMA integrity_check is ok and
// the hash chain verifies.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "ledger/ledger_fixture.hpp"
#include "ruralguard/ledger_store.hpp"
#include "test_support/temp_dir.hpp"

namespace rg::test {
namespace {

constexpr uint64_t kBatchTransfers = 64;

// The child: appends batches (id.hi = batch number) until killed. Never returns.
[[noreturn]] void post_batches_forever(const std::string& path) {
  try {
    Store store(path);
    LedgerStore ls(store);
    uint64_t batch_no = 1;
    for (const Transfer& t : ls.ledger().transfers()) batch_no = std::max(batch_no, t.id.hi + 1);
    std::vector<TransferResult> results(kBatchTransfers);
    for (;; ++batch_no) {
      std::vector<Transfer> batch;
      for (uint64_t k = 0; k < kBatchTransfers; ++k) {
        // Pairs linked: allocate to the county, then pass half on to the other county.
        Transfer t = k % 2 == 0 ? make_transfer(0, kCentralSource, kCountyBudget, yuan(100), TransferCode::kAllocate,
                                                transfer_flags::kLinked)
                                : make_transfer(0, kCountyBudget, kOtherBudget, yuan(50), TransferCode::kReallocate);
        t.id = TransferId{batch_no, k + 1};
        batch.push_back(t);
      }
      if (ls.create_transfers(batch, results) != kBatchTransfers) _exit(3);
    }
  } catch (...) {
    _exit(2);
  }
}

TEST(LedgerCrash, BatchesAreAllOrNothingAfterSigkill) {
  TempDir dir;
  const std::string path = dir.file("crash.db");
  {
    Store store(path);
    LedgerStore ls(store);
    const auto accounts = county_accounts();
    std::vector<AccountResult> r(accounts.size());
    ls.create_accounts(accounts, r);
  }
  std::mt19937 rng(std::random_device{}());
  int kills = 0;
  for (int round = 0; round < 8; ++round) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) post_batches_forever(path);
    std::this_thread::sleep_for(std::chrono::milliseconds(30 + rng() % 170));
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "child exited early with " << WEXITSTATUS(status);
    ++kills;

    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    SQLite::Statement check(raw, "PRAGMA integrity_check");
    ASSERT_TRUE(check.executeStep());
    EXPECT_EQ(check.getColumn(0).getString(), "ok") << "after kill " << kills;
    SQLite::Statement q(raw, "SELECT id_hi, count(*) FROM ledger_transfers GROUP BY id_hi");
    while (q.executeStep()) {
      EXPECT_EQ(static_cast<uint64_t>(q.getColumn(1).getInt64()), kBatchTransfers)
          << "batch " << q.getColumn(0).getInt64() << " is partly present after kill " << kills;
    }
    Store store(path);
    const LedgerVerification v = verify_ledger(store);
    EXPECT_TRUE(v.ok) << v.message;
    LedgerStore ls(store);  // reopens and replays without error
    EXPECT_EQ(ls.ledger().transfers().size() % kBatchTransfers, 0u);
    EXPECT_EQ(ls.ledger().balance(kCountyBudget).available(), ls.ledger().balance(kOtherBudget).credits_posted);
  }
  Store store(path);
  LedgerStore ls(store);
  EXPECT_GT(ls.ledger().transfers().size(), 0u) << "the child never committed a batch";
  RecordProperty("committed_transfers", std::to_string(ls.ledger().transfers().size()));
}

}  // namespace
}  // namespace rg::test
