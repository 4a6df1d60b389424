// Named limits of the ledger: memo bytes, accounts per batch, history entries per call and
// project names. Accepted at the limit, refused one past it with Error(kLimit), nothing changed.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "capi/limits_support.hpp"
#include "ledger/ledger_fixture.hpp"
#include "ruralguard/ledger_queries.hpp"

namespace rg::test {
namespace {

TEST(Limits, MemoOf64BytesIsKeptAnd65AreRefused) {
  const std::string at_limit(RG_TRANSFER_MEMO_MAX, 'm');
  EXPECT_EQ(Memo(at_limit).view(), at_limit);
  EXPECT_CPP_LIMIT(outcome_of([&] { (void)Memo(at_limit + "m"); }), "Memo::kBytesMax", "65 bytes");
}

TEST(Limits, AccountBatchOf8192IsCreatedAnd8193AreRefused) {
  Ledger ledger;
  std::vector<Account> batch;
  for (uint64_t id = 1; id <= RG_LEDGER_BATCH_MAX + 1; ++id) {
    batch.push_back(make_account(id, AccountKind::kPayee, HolderKind::kPayee, id, 0));
  }
  std::vector<AccountResult> results(batch.size());
  EXPECT_CPP_LIMIT(outcome_of([&] { ledger.create_accounts(batch, results); }), "kBatchMax", "8193 accounts");
  EXPECT_TRUE(ledger.accounts().empty());
  batch.pop_back();
  ledger.create_accounts(batch, results);
  EXPECT_EQ(ledger.accounts().size(), RG_LEDGER_BATCH_MAX);
  EXPECT_EQ(results[RG_LEDGER_BATCH_MAX - 1], AccountResult::kOk);
}

TEST(Limits, HistoryOf100000EntriesIsReturnedAndOneMoreIsAnErrorNotACut) {
  LedgerFixture f;
  std::vector<Transfer> batch;
  std::vector<TransferResult> results(Ledger::kBatchMax);
  auto flush = [&] {
    ASSERT_EQ(f.ledger.create_transfers(batch, results), batch.size());
    batch.clear();
  };
  for (uint64_t id = 1; id <= RG_HISTORY_MAX; ++id) {
    batch.push_back(make_transfer(id, kCentralSource, kCountyBudget, Money::from_fen(1)));
    if (batch.size() == Ledger::kBatchMax) flush();
  }
  flush();
  const Date from = d("2024-01-01");
  const Date to = d("2024-12-31");
  EXPECT_EQ(account_history(f.ledger, kCountyBudget, from, to).size(), RG_HISTORY_MAX);

  batch.push_back(make_transfer(RG_HISTORY_MAX + 1, kCentralSource, kCountyBudget, Money::from_fen(1)));
  flush();
  EXPECT_CPP_LIMIT(outcome_of([&] { (void)account_history(f.ledger, kCountyBudget, from, to); }), "kHistoryMax",
                   "more than 100000");
  // A shorter period stays within the limit.
  EXPECT_EQ(account_history(f.ledger, kCountyBudget, from, d("2024-02-29")).size(), 0u);
}

TEST(Limits, ProjectNameOf256BytesIsAddedAnd257AreRefused) {
  ProjectLibrary lib = county_projects();
  Project p;
  p.id = 9001;
  p.region = RegionCode::parse("500112001001");
  p.type = ProjectType::kIndustry;
  p.fiscal_year = 2024;
  p.name.assign(RG_PROJECT_NAME_MAX + 1, 'n');
  EXPECT_CPP_LIMIT(outcome_of([&] { lib.add(p, d("2024-01-10")); }), "kNameBytesMax", "got 257");
  EXPECT_EQ(lib.find(9001), nullptr);
  p.name.pop_back();
  lib.add(p, d("2024-01-10"));
  ASSERT_NE(lib.find(9001), nullptr);
  EXPECT_EQ(lib.find(9001)->name.size(), RG_PROJECT_NAME_MAX);
}

}  // namespace
}  // namespace rg::test
