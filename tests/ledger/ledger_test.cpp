#include <gtest/gtest.h>

#include "ledger/ledger_fixture.hpp"
#include "ruralguard/error.hpp"

namespace rg::test {
namespace {

using R = TransferResult;
namespace tf = transfer_flags;

TEST(Ledger, AllocationMovesMoneyAndBalancesBothSides) {
  LedgerFixture f;
  EXPECT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(1000))), R::kOk);
  EXPECT_EQ(f.ledger.balance(kCountyBudget).credits_posted, yuan(1000));
  EXPECT_EQ(f.ledger.balance(kCentralSource).debits_posted, yuan(1000));
  EXPECT_EQ(f.ledger.balance(kCountyBudget).available(), yuan(1000));
}

TEST(Ledger, BudgetCannotSpendMoreThanItReceived) {
  LedgerFixture f;
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(100))), R::kOk);
  EXPECT_EQ(f.submit_one(make_transfer(2, kCountyBudget, kProjectAccount, yuan(101))), R::kExceedsCredits);
  EXPECT_EQ(f.submit_one(make_transfer(3, kCountyBudget, kProjectAccount, yuan(100))), R::kOk);
  EXPECT_EQ(f.ledger.balance(kCountyBudget).available(), Money{});
}

TEST(Ledger, ReplayingTheSameTransferReportsExistsAndChangesNothing) {
  LedgerFixture f;
  const Transfer t = make_transfer(1, kCentralSource, kCountyBudget, yuan(100));
  ASSERT_EQ(f.submit_one(t), R::kOk);
  const Digest head = f.ledger.chain_head();
  EXPECT_EQ(f.submit_one(t), R::kExists);
  EXPECT_EQ(f.submit({t, t}), (std::vector<R>{R::kExists, R::kExists}));
  EXPECT_EQ(f.ledger.transfers().size(), 1u);
  EXPECT_EQ(f.ledger.chain_head(), head);
  EXPECT_EQ(f.ledger.balance(kCountyBudget).credits_posted, yuan(100));
}

TEST(Ledger, ReusedIdWithDifferentFieldsNamesTheField) {
  LedgerFixture f;
  const Transfer t = make_transfer(1, kCentralSource, kCountyBudget, yuan(100));
  ASSERT_EQ(f.submit_one(t), R::kOk);
  Transfer x = t;
  x.amount = yuan(200);
  EXPECT_EQ(f.submit_one(x), R::kExistsWithDifferentAmount);
  x = t;
  x.credit_account_id = kOtherBudget;
  EXPECT_EQ(f.submit_one(x), R::kExistsWithDifferentCreditAccountId);
  x = t;
  x.effective_date = d("2024-03-02");
  EXPECT_EQ(f.submit_one(x), R::kExistsWithDifferentEffectiveDate);
  x = t;
  x.memo = Memo("改");
  EXPECT_EQ(f.submit_one(x), R::kExistsWithDifferentMemo);
  x = t;
  x.code = TransferCode::kReallocate;
  EXPECT_EQ(f.submit_one(x), R::kExistsWithDifferentCode);
  EXPECT_EQ(f.ledger.transfers().size(), 1u);
  EXPECT_EQ(transfer_result_name(R::kExistsWithDifferentAmount), "exists_with_different_amount");
}

TEST(Ledger, LinkedChainIsAllOrNothingAndNamesTheFirstFailure) {
  LedgerFixture f;
  // A province-style split: the budget passes its funds on in three linked parts; the third is
  // too large, so none may apply.
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(100))), R::kOk);
  const Digest head = f.ledger.chain_head();
  const auto r = f.submit({make_transfer(2, kCountyBudget, kOtherBudget, yuan(40), TransferCode::kReallocate, tf::kLinked),
                           make_transfer(3, kCountyBudget, kProjectAccount, yuan(40), TransferCode::kAllocate, tf::kLinked),
                           make_transfer(4, kCountyBudget, kProjectAccount, yuan(40), TransferCode::kAllocate),
                           make_transfer(5, kCentralSource, kOtherBudget, yuan(1))});
  EXPECT_EQ(r, (std::vector<R>{R::kLinkedEventFailed, R::kLinkedEventFailed, R::kExceedsCredits, R::kOk}));
  EXPECT_EQ(f.ledger.balance(kCountyBudget).available(), yuan(100));
  EXPECT_EQ(f.ledger.balance(kOtherBudget).credits_posted, yuan(1));
  EXPECT_EQ(f.ledger.transfers().size(), 2u);
  EXPECT_EQ(f.ledger.find_transfer(TransferId{0, 2}), nullptr);
  EXPECT_NE(f.ledger.chain_head(), head);
  EXPECT_EQ(f.ledger.verify(), 0u);
}

TEST(Ledger, LinkedChainThatSucceedsCommitsEveryMember) {
  LedgerFixture f;
  const auto r = f.submit({make_transfer(1, kCentralSource, kCountyBudget, yuan(100), TransferCode::kAllocate, tf::kLinked),
                           make_transfer(2, kCountyBudget, kOtherBudget, yuan(60), TransferCode::kReallocate)});
  EXPECT_EQ(r, (std::vector<R>{R::kOk, R::kOk}));
  EXPECT_EQ(f.ledger.balance(kOtherBudget).credits_posted, yuan(60));
}

TEST(Ledger, ChainLeftOpenAtTheEndOfTheBatchFails) {
  LedgerFixture f;
  const auto r = f.submit({make_transfer(1, kCentralSource, kCountyBudget, yuan(100), TransferCode::kAllocate, tf::kLinked),
                           make_transfer(2, kCentralSource, kOtherBudget, yuan(60), TransferCode::kAllocate, tf::kLinked)});
  EXPECT_EQ(r, (std::vector<R>{R::kLinkedEventFailed, R::kLinkedEventChainOpen}));
  EXPECT_TRUE(f.ledger.transfers().empty());
}

TEST(Ledger, PendingReservesThenPostsPartlyAndReleasesTheRest) {
  LedgerFixture f;
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(100))), R::kOk);
  ASSERT_EQ(f.submit_one(make_transfer(2, kCountyBudget, kPayee, yuan(70), TransferCode::kDisburse, tf::kPending)), R::kOk);
  EXPECT_EQ(f.ledger.balance(kCountyBudget).available(), yuan(30));
  EXPECT_EQ(f.ledger.balance(kPayee).credits_pending, yuan(70));
  // The reservation blocks spending beyond what is left.
  EXPECT_EQ(f.submit_one(make_transfer(3, kCountyBudget, kPayee, yuan(31), TransferCode::kDisburse)), R::kExceedsCredits);
  Transfer post = make_transfer(4, kCountyBudget, kPayee, yuan(50), TransferCode::kDisburse, tf::kPostPending, "2024-04-01");
  post.ref_id = TransferId{0, 2};
  Transfer too_much = post;
  too_much.id = TransferId{0, 5};
  too_much.amount = yuan(71);
  EXPECT_EQ(f.submit_one(too_much), R::kExceedsPendingTransferAmount);
  ASSERT_EQ(f.submit_one(post), R::kOk);
  EXPECT_EQ(f.ledger.pending_state(TransferId{0, 2}), PendingState::kPosted);
  const Balance b = f.ledger.balance(kCountyBudget);
  EXPECT_EQ(b.debits_pending, Money{});
  EXPECT_EQ(b.debits_posted, yuan(50));
  EXPECT_EQ(b.available(), yuan(50));
  // A second post or a void of the same reservation is refused.
  Transfer again = post;
  again.id = TransferId{0, 6};
  again.amount = yuan(10);
  EXPECT_EQ(f.submit_one(again), R::kPendingTransferAlreadyPosted);
}

TEST(Ledger, VoidReleasesTheWholeReservation) {
  LedgerFixture f;
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(100))), R::kOk);
  ASSERT_EQ(f.submit_one(make_transfer(2, kCountyBudget, kPayee, yuan(70), TransferCode::kDisburse, tf::kPending)), R::kOk);
  Transfer v = make_transfer(3, kCountyBudget, kPayee, yuan(70), TransferCode::kDisburse, tf::kVoidPending);
  v.ref_id = TransferId{0, 2};
  Transfer partial = v;
  partial.id = TransferId{0, 4};
  partial.amount = yuan(10);
  EXPECT_EQ(f.submit_one(partial), R::kPendingTransferHasDifferentAmount);
  ASSERT_EQ(f.submit_one(v), R::kOk);
  EXPECT_EQ(f.ledger.pending_state(TransferId{0, 2}), PendingState::kVoided);
  EXPECT_EQ(f.ledger.balance(kCountyBudget), (Balance{Money{}, Money{}, Money{}, yuan(100)}));
  EXPECT_EQ(f.ledger.balance(kPayee), Balance{});
  Transfer post = v;
  post.id = TransferId{0, 5};
  post.flags = tf::kPostPending;
  EXPECT_EQ(f.submit_one(post), R::kPendingTransferAlreadyVoided);
}

TEST(Ledger, ReversalPointsAtTheOriginalAndCannotExceedIt) {
  LedgerFixture f;
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(100))), R::kOk);
  ASSERT_EQ(f.submit_one(make_transfer(2, kCountyBudget, kPayee, yuan(80), TransferCode::kDisburse)), R::kOk);
  Transfer rev = make_transfer(3, kPayee, kCountyBudget, yuan(30), TransferCode::kReversal, 0, "2024-05-01");
  rev.ref_id = TransferId{0, 2};
  rev.project_id = kApprovedProject;
  Transfer wrong = rev;
  wrong.id = TransferId{0, 9};
  wrong.debit_account_id = kCountyBudget;
  wrong.credit_account_id = kPayee;
  EXPECT_EQ(f.submit_one(wrong), R::kReversalAccountsNotSwapped);
  ASSERT_EQ(f.submit_one(rev), R::kOk);
  EXPECT_EQ(f.ledger.reversed_amount(TransferId{0, 2}), yuan(30));
  EXPECT_EQ(f.ledger.balance(kCountyBudget).available(), yuan(50));
  Transfer rest = rev;
  rest.id = TransferId{0, 4};
  rest.amount = yuan(51);
  EXPECT_EQ(f.submit_one(rest), R::kExceedsReversibleAmount);
  rest.amount = yuan(50);
  EXPECT_EQ(f.submit_one(rest), R::kOk);
  // The original is untouched: corrections add records, never edit them.
  EXPECT_EQ(f.ledger.find_transfer(TransferId{0, 2})->amount, yuan(80));
  Transfer of_reversal = rev;
  of_reversal.id = TransferId{0, 5};
  of_reversal.ref_id = TransferId{0, 3};
  of_reversal.debit_account_id = kCountyBudget;
  of_reversal.credit_account_id = kPayee;
  EXPECT_EQ(f.submit_one(of_reversal), R::kReversalTargetNotReversible);
}

TEST(Ledger, DisbursingToAProjectThatIsNotApprovedIsRefused) {
  LedgerFixture f;
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(100))), R::kOk);
  Transfer t = make_transfer(2, kCountyBudget, kPayee, yuan(10), TransferCode::kDisburse);
  t.project_id = kReserveProject;
  EXPECT_EQ(f.submit_one(t), R::kProjectNotApproved);
  t.project_id = 999;
  EXPECT_EQ(f.submit_one(t), R::kProjectNotFound);
  t.project_id = kApprovedProject;
  t.effective_date = d("2024-01-15");  // before the approval on 2024-02-01
  EXPECT_EQ(f.submit_one(t), R::kProjectNotApproved);
  t.project_id = 0;
  EXPECT_EQ(f.submit_one(t), R::kProjectIdRequired);
  f.projects.transition(kReserveProject, ProjectStatus::kAdmitted, d("2024-02-01"));
  f.projects.transition(kReserveProject, ProjectStatus::kApproved, d("2024-02-10"));
  t.project_id = kReserveProject;
  t.effective_date = d("2024-02-10");
  EXPECT_EQ(f.submit_one(t), R::kOk);
}

TEST(Ledger, ClosedAccountRefusesTransfers) {
  LedgerFixture f;
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(100))), R::kOk);
  f.ledger.close_account(kOtherBudget);
  EXPECT_EQ(f.submit_one(make_transfer(2, kCountyBudget, kOtherBudget, yuan(1), TransferCode::kReallocate)),
            R::kCreditAccountClosed);
  EXPECT_EQ(f.submit_one(make_transfer(3, kOtherBudget, kCountyBudget, yuan(1), TransferCode::kReallocate)),
            R::kDebitAccountClosed);
  EXPECT_THROW(f.ledger.close_account(kOtherBudget), Error);
}

TEST(Ledger, RollbackToAMarkRestoresBalancesStatesAndChain) {
  LedgerFixture f;
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(100))), R::kOk);
  const auto mark = f.ledger.mark();
  const Digest head = f.ledger.chain_head();
  ASSERT_EQ(f.submit_one(make_transfer(2, kCountyBudget, kPayee, yuan(70), TransferCode::kDisburse, tf::kPending)), R::kOk);
  Transfer post = make_transfer(3, kCountyBudget, kPayee, yuan(20), TransferCode::kDisburse, tf::kPostPending);
  post.ref_id = TransferId{0, 2};
  ASSERT_EQ(f.submit_one(post), R::kOk);
  f.ledger.rollback_to(mark);
  EXPECT_EQ(f.ledger.chain_head(), head);
  EXPECT_EQ(f.ledger.balance(kCountyBudget), (Balance{Money{}, Money{}, Money{}, yuan(100)}));
  EXPECT_EQ(f.ledger.balance(kPayee), Balance{});
  EXPECT_EQ(f.ledger.find_transfer(TransferId{0, 2}), nullptr);
}

TEST(Ledger, AccountsAreIdempotentToo) {
  Ledger l;
  auto a = county_accounts();
  std::vector<AccountResult> r(a.size());
  l.create_accounts(a, r);
  l.create_accounts(a, r);
  for (auto x : r) EXPECT_EQ(x, AccountResult::kExists);
  a[1].fiscal_year = 2025;
  a[2].flags = 0;
  a[3].level = static_cast<FundLevel>(9);
  a[4].holder_id = 123;  // not a region code, but the holder is a payee: fine, but differs
  l.create_accounts(a, r);
  EXPECT_EQ(r[1], AccountResult::kExistsWithDifferentFiscalYear);
  EXPECT_EQ(r[2], AccountResult::kExistsWithDifferentFlags);
  EXPECT_EQ(r[3], AccountResult::kLevelInvalid);
  EXPECT_EQ(r[4], AccountResult::kExistsWithDifferentHolder);
  Account bad = make_account(99, AccountKind::kBudget, HolderKind::kRegion, 123, 0);
  l.create_accounts({&bad, 1}, r);
  EXPECT_EQ(r[0], AccountResult::kHolderInvalid);
  EXPECT_EQ(l.find_account(99), nullptr);
}

}  // namespace
}  // namespace rg::test
