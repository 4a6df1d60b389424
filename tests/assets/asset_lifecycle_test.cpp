#include <gtest/gtest.h>

#include "assets/asset_fixture.hpp"

namespace rg::test {
namespace {

using Lifecycle = AssetFixture;

TEST_F(Lifecycle, SettledProjectBecomesAssetsThatRunAndAreDisposedOfWithTheFullApprovalChain) {
  const Money settled = pv_settled();
  ASSERT_EQ(settled, yuan_text("1234567.89"));
  const auto drafts = pv_drafts(settled);
  assets->capitalise(kPvProject, day("2024-09-01"), drafts);

  const Asset* station = assets->registry().find(1);
  ASSERT_NE(station, nullptr);
  EXPECT_EQ(station->value + assets->registry().find(2)->value, settled);
  EXPECT_EQ(station->status, AssetStatus::kRegistered);
  EXPECT_EQ(station->owner, Party::kVillageCollective);  // default from the operating class
  EXPECT_EQ(station->rights[static_cast<std::size_t>(Right::kManagement)], Party::kOperator);  // entrusted
  EXPECT_EQ(station->rights[static_cast<std::size_t>(Right::kIncome)], Party::kVillageCollective);

  assets->confirm_ownership(1, day("2024-09-20"), "渝某集体资产证〔2024〕17号");
  assets->hand_over(1, day("2024-10-01"));
  assets->set_status(1, AssetStatus::kOperating, day("2024-10-02"));
  assets->set_status(1, AssetStatus::kIdle, day("2025-01-10"));
  assets->set_status(1, AssetStatus::kOperating, day("2025-03-01"));
  assets->set_status(1, AssetStatus::kDamaged, day("2025-07-15"));
  assets->request_disposal(1, DisposalReason::kDisaster, DisposalMethod::kScrapping, yuan_text("12000.00"),
                           day("2025-08-01"));
  assets->approve_disposal(1, ApprovalLevel::kOwner, day("2025-08-02"), "村股份经济合作社申请");
  assets->approve_disposal(1, ApprovalLevel::kAssembly, day("2025-08-05"), "村民代表大会决议 2025-3");
  assets->approve_disposal(1, ApprovalLevel::kTownship, day("2025-08-12"), "乡政府审核意见");
  assets->approve_disposal(1, ApprovalLevel::kCounty, day("2025-08-20"), "县农业农村局、财政局批复");
  assets->dispose(1, day("2025-09-01"));

  // Reopen: the state and the whole history come back from the file.
  open();
  station = assets->registry().find(1);
  ASSERT_NE(station, nullptr);
  EXPECT_EQ(station->status, AssetStatus::kDisposed);
  EXPECT_EQ(station->certificate, "渝某集体资产证〔2024〕17号");
  ASSERT_TRUE(station->disposal.has_value());
  EXPECT_EQ(station->disposal->approvals_given(), 4u);
  EXPECT_EQ(station->disposal->reason, DisposalReason::kDisaster);
  const auto events = assets->events(1);
  const std::vector<AssetStatus> path = {
      AssetStatus::kRegistered, AssetStatus::kOwnershipConfirmed, AssetStatus::kHandedOver,
      AssetStatus::kOperating,  AssetStatus::kIdle,               AssetStatus::kOperating,
      AssetStatus::kDamaged,    AssetStatus::kDisposalPending,    AssetStatus::kDisposalPending,
      AssetStatus::kDisposalPending, AssetStatus::kDisposalPending, AssetStatus::kDisposalPending,
      AssetStatus::kDisposed};
  ASSERT_EQ(events.size(), path.size());
  for (std::size_t i = 0; i < path.size(); ++i) {
    EXPECT_EQ(events[i].to, path[i]) << "event " << i;
    if (i > 0) {
      EXPECT_EQ(events[i].from, path[i - 1]) << "event " << i;
      EXPECT_GT(events[i].sequence, events[i - 1].sequence);
      EXPECT_LE(events[i - 1].date, events[i].date);
    }
  }
  EXPECT_EQ(events.back().kind, AssetEventKind::kDisposed);
  // A disposed asset accepts nothing more.
  EXPECT_THROW(assets->set_status(1, AssetStatus::kOperating, day("2025-10-01")), Error);
}

TEST_F(Lifecycle, StepsCannotBeSkippedOrDatedBackwards) {
  assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(pv_settled()));
  expect_refused_and_unchanged(*store, ErrorCode::kState, "cannot hand over", [&] { assets->hand_over(1, day("2024-09-02")); });
  expect_refused_and_unchanged(*store, ErrorCode::kState, "cannot move to operating",
                               [&] { assets->set_status(1, AssetStatus::kOperating, day("2024-09-02")); });
  expect_refused_and_unchanged(*store, ErrorCode::kRange, "before its last change",
                               [&] { assets->confirm_ownership(1, day("2024-08-31"), "证 1"); });
  assets->confirm_ownership(1, day("2024-09-02"), "证 1");
  expect_refused_and_unchanged(*store, ErrorCode::kState, "cannot request disposal", [&] {
    assets->request_disposal(1, DisposalReason::kEndOfLife, DisposalMethod::kScrapping, Money(), day("2024-09-03"));
  });
}

TEST_F(Lifecycle, WithdrawnDisposalReturnsToTheStatusItCameFrom) {
  assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(pv_settled()));
  assets->confirm_ownership(2, day("2024-09-02"), "证 2");
  assets->hand_over(2, day("2024-09-03"));
  assets->set_status(2, AssetStatus::kIdle, day("2024-09-04"));
  assets->request_disposal(2, DisposalReason::kPoorReturns, DisposalMethod::kTransfer, Money::from_yuan(5000),
                           day("2024-09-05"));
  assets->withdraw_disposal(2, day("2024-09-06"));
  EXPECT_EQ(assets->registry().find(2)->status, AssetStatus::kIdle);
  EXPECT_FALSE(assets->registry().find(2)->disposal.has_value());
}

TEST_F(Lifecycle, DisposalWithoutTheApprovalChainIsRefused) {
  assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(pv_settled()));
  assets->confirm_ownership(1, day("2024-09-02"), "证 1");
  assets->hand_over(1, day("2024-09-03"));
  assets->set_status(1, AssetStatus::kOperating, day("2024-09-04"));
  assets->request_disposal(1, DisposalReason::kEndOfLife, DisposalMethod::kAuction, Money::from_yuan(300000),
                           day("2025-01-01"));
  expect_refused_and_unchanged(*store, ErrorCode::kRefused, "owner, villagers' assembly, township, county",
                               [&] { assets->dispose(1, day("2025-01-02")); });
  // Approvals come in chain order: the township cannot approve before the villagers' assembly.
  assets->approve_disposal(1, ApprovalLevel::kOwner, day("2025-01-02"), "申请");
  expect_refused_and_unchanged(*store, ErrorCode::kState, "next is the villagers' assembly", [&] {
    assets->approve_disposal(1, ApprovalLevel::kTownship, day("2025-01-03"), "乡镇意见");
  });
  expect_refused_and_unchanged(*store, ErrorCode::kRange, "before the approval of 2025-01-02", [&] {
    assets->approve_disposal(1, ApprovalLevel::kAssembly, day("2025-01-01"), "决议");
  });
  assets->approve_disposal(1, ApprovalLevel::kAssembly, day("2025-01-04"), "决议");
  assets->approve_disposal(1, ApprovalLevel::kTownship, day("2025-01-05"), "乡镇意见");
  expect_refused_and_unchanged(*store, ErrorCode::kRefused, "approvals of: county",
                               [&] { assets->dispose(1, day("2025-01-06")); });
  EXPECT_EQ(assets->registry().find(1)->status, AssetStatus::kDisposalPending);
}

TEST_F(Lifecycle, CountyPolicyCanNarrowTheAllowedDisposalMethods) {
  assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(pv_settled()));
  assets->confirm_ownership(1, day("2024-09-02"), "证 1");
  assets->hand_over(1, day("2024-09-03"));
  DisposalPolicy policy;
  policy.allowed_methods &= ~(1u << static_cast<unsigned>(DisposalMethod::kAuction));
  assets->set_disposal_policy(policy);
  expect_refused_and_unchanged(*store, ErrorCode::kRefused, "method auction is not allowed", [&] {
    assets->request_disposal(1, DisposalReason::kEndOfLife, DisposalMethod::kAuction, Money(), day("2024-09-04"));
  });
}

}  // namespace
}  // namespace rg::test

namespace rg::test {
namespace {

TEST_F(Lifecycle, ASecondWriterOnTheSameFileGetsAConflictAndWritesNothing) {
  assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(pv_settled()));
  Store other_store(dir.file("assets.db"));
  LedgerStore other_ledger(other_store);
  AssetStore other(other_store, other_ledger);
  other.confirm_ownership(1, day("2024-09-02"), "证 1");  // the first handle is now stale
  expect_refused_and_unchanged(*store, ErrorCode::kConflict, "changed by another writer",
                               [&] { assets->confirm_ownership(2, day("2024-09-02"), "证 2"); });
  open();
  EXPECT_EQ(assets->registry().find(1)->status, AssetStatus::kOwnershipConfirmed);
  EXPECT_EQ(assets->registry().find(2)->status, AssetStatus::kRegistered);
}

TEST_F(Lifecycle, NamedBoundsHoldAtTheLimitAndOnePast) {
  std::vector<AssetDraft> drafts(AssetRegistry::kDraftsMax + 1, pv_drafts(pv_settled())[0]);
  expect_refused_and_unchanged(*store, ErrorCode::kLimit, "exceed the maximum 1000",
                               [&] { assets->capitalise(kPvProject, day("2024-09-01"), drafts); });
  // Exactly 1000 assets whose values split the settled amount: accepted.
  drafts.pop_back();
  const std::vector<int64_t> weights(drafts.size(), 1);
  const auto values = allocate_fen(pv_settled(), weights);
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    drafts[i].id = 100 + i;
    drafts[i].value = values[i];
  }
  drafts[0].name = std::string(Asset::kTextBytesMax + 1, 'x');
  expect_refused_and_unchanged(*store, ErrorCode::kLimit, "name must be 1..256 bytes (Asset::kTextBytesMax), got 257",
                               [&] { assets->capitalise(kPvProject, day("2024-09-01"), drafts); });
  drafts[0].name = std::string(Asset::kTextBytesMax, 'x');
  assets->capitalise(kPvProject, day("2024-09-01"), drafts);
  EXPECT_EQ(assets->registry().all().size(), AssetRegistry::kDraftsMax);
}

}  // namespace
}  // namespace rg::test
