// Bad input: every kind of wrong transfer gets its own named result and writes nothing.
#include <gtest/gtest.h>

#include "ledger/ledger_fixture.hpp"
#include "ruralguard/error.hpp"

namespace rg::test {
namespace {

using R = TransferResult;

struct BadCase {
  const char* what;
  Transfer transfer;
  R expected;
};

TEST(LedgerBadInput, EachMistakeIsNamedAndNothingIsWritten) {
  LedgerFixture f;
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(100))), R::kOk);
  f.ledger.close_account(kOtherBudget);
  const Transfer good = make_transfer(50, kCountyBudget, kProjectAccount, yuan(10));
  std::vector<BadCase> cases;
  auto add = [&](const char* what, R expected, auto change) {
    Transfer t = good;
    change(t);
    cases.push_back({what, t, expected});
  };
  add("unknown debit account", R::kDebitAccountNotFound, [](Transfer& t) { t.debit_account_id = 404; });
  add("unknown credit account", R::kCreditAccountNotFound, [](Transfer& t) { t.credit_account_id = 404; });
  add("zero amount", R::kAmountMustBePositive, [](Transfer& t) { t.amount = Money{}; });
  add("negative amount", R::kAmountMustBePositive, [](Transfer& t) { t.amount = yuan(-5); });
  add("sub-fen amount", R::kAmountNotWholeFen, [](Transfer& t) { t.amount = Money::parse("10.005"); });
  add("same debit and credit", R::kAccountsMustBeDifferent, [](Transfer& t) { t.credit_account_id = t.debit_account_id; });
  add("date before 2000", R::kEffectiveDateOutOfRange, [](Transfer& t) { t.effective_date = d("1999-12-31"); });
  add("date after 2099", R::kEffectiveDateOutOfRange, [](Transfer& t) { t.effective_date = d("2100-01-01"); });
  add("date outside the fiscal year", R::kEffectiveDateOutsideFiscalYear,
      [](Transfer& t) { t.effective_date = d("2023-12-31"); });
  add("date past the carry-over year", R::kEffectiveDateOutsideFiscalYear,
      [](Transfer& t) { t.effective_date = d("2026-01-01"); });
  add("closed account", R::kCreditAccountClosed, [](Transfer& t) { t.credit_account_id = kOtherBudget; });
  add("reused id, different fields", R::kExistsWithDifferentDebitAccountId, [](Transfer& t) { t.id = TransferId{0, 1}; });
  add("zero id", R::kIdMustNotBeZero, [](Transfer& t) { t.id = TransferId{}; });
  add("unknown code", R::kCodeInvalid, [](Transfer& t) { t.code = static_cast<TransferCode>(77); });
  add("unknown flag", R::kFlagsInvalid, [](Transfer& t) { t.flags = 1u << 9; });
  add("pending and post", R::kFlagsInvalid,
      [](Transfer& t) { t.flags = transfer_flags::kPending | transfer_flags::kPostPending; });
  add("ref on a plain transfer", R::kRefIdMustBeZero, [](Transfer& t) { t.ref_id = TransferId{0, 1}; });
  add("post without ref", R::kRefIdMustNotBeZero, [](Transfer& t) { t.flags = transfer_flags::kPostPending; });
  add("post of unknown", R::kPendingTransferNotFound, [](Transfer& t) {
    t.flags = transfer_flags::kPostPending;
    t.ref_id = TransferId{0, 999};
  });
  add("post of a posted transfer", R::kPendingTransferNotPending, [](Transfer& t) {
    t.flags = transfer_flags::kPostPending;
    t.ref_id = TransferId{0, 1};
    t.debit_account_id = kCentralSource;
    t.credit_account_id = kCountyBudget;
  });
  add("reversal of unknown", R::kReversalTargetNotFound, [](Transfer& t) {
    t.code = TransferCode::kReversal;
    t.ref_id = TransferId{0, 999};
  });
  add("overdraft", R::kExceedsCredits, [](Transfer& t) { t.amount = yuan(100) + Money::from_fen(1); });
  add("overflow", R::kAmountNotWholeFen, [](Transfer& t) { t.amount = Money::from_units(INT64_MAX); });

  const auto before = f.ledger.transfers().size();
  const Digest head = f.ledger.chain_head();
  const Balance budget = f.ledger.balance(kCountyBudget);
  for (const auto& c : cases) {
    EXPECT_EQ(f.submit_one(c.transfer), c.expected)
        << c.what << ": got " << transfer_result_name(f.submit_one(c.transfer));
  }
  EXPECT_EQ(f.ledger.transfers().size(), before);
  EXPECT_EQ(f.ledger.chain_head(), head);
  EXPECT_EQ(f.ledger.balance(kCountyBudget), budget);
  // The same good transfer still goes through afterwards.
  EXPECT_EQ(f.submit_one(good), R::kOk);
}

TEST(LedgerBadInput, BatchLimitIsEnforcedAtTheBoundary) {
  LedgerFixture f;
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(1))), R::kOk);
  std::vector<Transfer> batch(Ledger::kBatchMax, make_transfer(1, kCentralSource, kCountyBudget, yuan(1)));
  std::vector<R> r(batch.size() + 1);
  EXPECT_EQ(f.ledger.create_transfers(batch, r), 0u);  // all "exists"
  EXPECT_EQ(r[Ledger::kBatchMax - 1], R::kExists);
  batch.push_back(batch.back());
  EXPECT_THROW((void)f.ledger.create_transfers(batch, r), Error);
  EXPECT_EQ(f.ledger.transfers().size(), 1u);
}

}  // namespace
}  // namespace rg::test
