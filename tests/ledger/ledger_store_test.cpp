#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include "ledger/ledger_fixture.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/ledger_store.hpp"
#include "test_support/temp_dir.hpp"

namespace rg::test {
namespace {

using R = TransferResult;
namespace tf = transfer_flags;

void seed(LedgerStore& ls) {
  ProjectLibrary lib = county_projects();
  for (const Project& p : lib.all()) {
    ls.add_project(p, *p.date_of(ProjectStatus::kReserve));
    if (p.status != ProjectStatus::kReserve) {
      ls.transition_project(p.id, ProjectStatus::kAdmitted, *p.date_of(ProjectStatus::kAdmitted));
      ls.transition_project(p.id, ProjectStatus::kApproved, *p.date_of(ProjectStatus::kApproved));
    }
  }
  const auto accounts = county_accounts();
  std::vector<AccountResult> r(accounts.size());
  ls.create_accounts(accounts, r);
}

std::vector<R> submit(LedgerStore& ls, const std::vector<Transfer>& batch) {
  std::vector<R> r(batch.size());
  ls.create_transfers(batch, r);
  return r;
}

std::vector<Transfer> sample_batch() {
  Transfer pending = make_transfer(3, kCountyBudget, kPayee, yuan(300), TransferCode::kDisburse, tf::kPending);
  Transfer post = make_transfer(4, kCountyBudget, kPayee, yuan(250), TransferCode::kDisburse, tf::kPostPending, "2024-04-01");
  post.ref_id = pending.id;
  Transfer rev = make_transfer(5, kPayee, kCountyBudget, yuan(50), TransferCode::kReversal, 0, "2024-04-02");
  rev.ref_id = post.id;
  rev.project_id = kApprovedProject;
  rev.memo = Memo("冲正: 多付");
  return {make_transfer(1, kCentralSource, kCountyBudget, yuan(1000)),
          make_transfer(2, kCountyBudget, kProjectAccount, yuan(100)), pending, post, rev};
}

TEST(LedgerStore, BatchesSurviveReopeningWithBalancesChainAndIdempotency) {
  TempDir dir;
  Digest head{};
  Balance budget;
  {
    Store store(dir.file("l.db"));
    LedgerStore ls(store);
    seed(ls);
    EXPECT_EQ(submit(ls, sample_batch()), std::vector<R>(5, R::kOk));
    head = ls.ledger().chain_head();
    budget = ls.ledger().balance(kCountyBudget);
    EXPECT_EQ(ls.stored_head().head, head);
    EXPECT_EQ(ls.stored_head().length, 5u);
  }
  Store store(dir.file("l.db"));
  LedgerStore ls(store);
  EXPECT_EQ(ls.ledger().chain_head(), head);
  EXPECT_EQ(ls.ledger().balance(kCountyBudget), budget);
  EXPECT_EQ(budget.available(), yuan(1000 - 100 - 250 + 50));
  EXPECT_EQ(ls.ledger().pending_state(TransferId{0, 3}), PendingState::kPosted);
  EXPECT_EQ(ls.projects().find(kApprovedProject)->status, ProjectStatus::kApproved);
  EXPECT_EQ(*ls.projects().find(kApprovedProject)->date_of(ProjectStatus::kAdmitted), d("2023-12-01"));
  // Replaying the whole batch after reopening writes nothing.
  EXPECT_EQ(submit(ls, sample_batch()), std::vector<R>(5, R::kExists));
  EXPECT_EQ(ls.stored_head().length, 5u);
  const LedgerVerification v = ls.verify();
  EXPECT_TRUE(v.ok) << v.message;
  EXPECT_EQ(v.transfers_checked, 5u);
  EXPECT_EQ(v.head, head);
}

TEST(LedgerStore, FailedTransfersWriteNothingToTheFile) {
  TempDir dir;
  Store store(dir.file("l.db"));
  LedgerStore ls(store);
  seed(ls);
  auto r = submit(ls, {make_transfer(1, kCountyBudget, kProjectAccount, yuan(1)),
                       make_transfer(2, kCentralSource, 404, yuan(1))});
  EXPECT_EQ(r, (std::vector<R>{R::kExceedsCredits, R::kCreditAccountNotFound}));
  SQLite::Database raw(dir.file("l.db"), SQLite::OPEN_READONLY);
  EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM ledger_transfers").getInt(), 0);
  EXPECT_EQ(raw.execAndGet("SELECT sum(credits_posted) FROM ledger_accounts").getInt64(), 0);
}

TEST(LedgerStore, VerifyNamesTheFirstAlteredRecord) {
  TempDir dir;
  {
    Store store(dir.file("l.db"));
    LedgerStore ls(store);
    seed(ls);
    ASSERT_EQ(submit(ls, sample_batch()), std::vector<R>(5, R::kOk));
  }
  {
    // Someone edits the file directly: record 2 now says 10 yuan instead of 100.
    SQLite::Database raw(dir.file("l.db"), SQLite::OPEN_READWRITE);
    raw.exec("UPDATE ledger_transfers SET amount = 100000 WHERE seq = 2");
  }
  Store store(dir.file("l.db"));
  const LedgerVerification v = verify_ledger(store);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_sequence, 2u);
  EXPECT_EQ(v.first_bad_id, (TransferId{0, 2}));
  EXPECT_NE(v.message.find("transfer record 2"), std::string::npos) << v.message;
}

TEST(LedgerStore, VerifyCatchesAlteredBalancesAndAForgedChainHead) {
  TempDir dir;
  {
    Store store(dir.file("l.db"));
    LedgerStore ls(store);
    seed(ls);
    ASSERT_EQ(submit(ls, sample_batch()), std::vector<R>(5, R::kOk));
  }
  {
    SQLite::Database raw(dir.file("l.db"), SQLite::OPEN_READWRITE);
    raw.exec("UPDATE ledger_accounts SET credits_posted = credits_posted + 10000 WHERE id = 10");
  }
  {
    Store store(dir.file("l.db"));
    const LedgerVerification v = verify_ledger(store);
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.first_bad_sequence, 0u);
    EXPECT_EQ(v.bad_account_id, kCountyBudget);
  }
  {
    SQLite::Database raw(dir.file("l.db"), SQLite::OPEN_READWRITE);
    raw.exec("UPDATE ledger_accounts SET credits_posted = credits_posted - 10000 WHERE id = 10");
    raw.exec("DELETE FROM ledger_transfers WHERE seq = 5");
  }
  Store store(dir.file("l.db"));
  const LedgerVerification v = verify_ledger(store);
  EXPECT_FALSE(v.ok);
  EXPECT_NE(v.message.find("chain head records 5"), std::string::npos) << v.message;
}

TEST(LedgerStore, ARowDuplicatedOnDiskIsCaughtByLoadAndVerify) {
  TempDir dir;
  {
    Store store(dir.file("l.db"));
    LedgerStore ls(store);
    seed(ls);
    ASSERT_EQ(submit(ls, sample_batch()), std::vector<R>(5, R::kOk));
  }
  {
    SQLite::Database raw(dir.file("l.db"), SQLite::OPEN_READWRITE);
    raw.exec("INSERT INTO ledger_transfers SELECT 6, id_hi, id_lo, ref_hi, ref_lo, debit_account_id, credit_account_id,"
             " project_id, amount, effective_date, code, flags, memo, link FROM ledger_transfers WHERE seq = 1");
  }
  Store store(dir.file("l.db"));
  try {
    LedgerStore ls(store);
    FAIL() << "a duplicated transfer row was loaded";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kCorrupt);
    EXPECT_NE(std::string(e.what()).find("transfer record 6"), std::string::npos) << e.what();
  }
  const LedgerVerification v = verify_ledger(store);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad_sequence, 6u);
}

TEST(LedgerStore, ASecondWriterOnTheSameFileIsRefusedNotMerged) {
  TempDir dir;
  Store a_store(dir.file("l.db"));
  LedgerStore a(a_store);
  seed(a);
  Store b_store(dir.file("l.db"));
  LedgerStore b(b_store);
  ASSERT_EQ(submit(a, {make_transfer(1, kCentralSource, kCountyBudget, yuan(10))})[0], R::kOk);
  std::vector<R> r(1);
  try {
    (void)b.create_transfers(std::vector<Transfer>{make_transfer(2, kCentralSource, kCountyBudget, yuan(10))}, r);
    FAIL() << "stale writer was not refused";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConflict);
  }
  // The refused batch left no trace in b's memory either.
  EXPECT_TRUE(b.ledger().transfers().empty());
  EXPECT_TRUE(verify_ledger(a_store).ok);
}

TEST(LedgerStore, ProjectTransitionsArePersistedAndChecked) {
  TempDir dir;
  {
    Store store(dir.file("l.db"));
    LedgerStore ls(store);
    seed(ls);
    EXPECT_THROW(ls.transition_project(kReserveProject, ProjectStatus::kApproved, d("2024-03-01")), Error);
    ls.transition_project(kReserveProject, ProjectStatus::kTerminated, d("2024-03-01"));
    ls.set_public_notice(kApprovedProject, true);
  }
  Store store(dir.file("l.db"));
  LedgerStore ls(store);
  EXPECT_EQ(ls.projects().find(kReserveProject)->status, ProjectStatus::kTerminated);
  EXPECT_EQ(*ls.projects().find(kReserveProject)->date_of(ProjectStatus::kTerminated), d("2024-03-01"));
  EXPECT_TRUE(ls.projects().find(kApprovedProject)->public_notice);
}

}  // namespace
}  // namespace rg::test
