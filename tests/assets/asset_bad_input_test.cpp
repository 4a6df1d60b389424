// Bad input: every refusal is a named error and leaves the database exactly as it was.
#include <gtest/gtest.h>

#include "assets/asset_fixture.hpp"

namespace rg::test {
namespace {

using AssetBadInput = AssetFixture;

TEST_F(AssetBadInput, UnknownProjectIsNamedAndNothingIsWritten) {
  expect_refused_and_unchanged(*store, ErrorCode::kNotFound, "project 9999 is not in the project library",
                               [&] { assets->capitalise(9999, day("2024-09-01"), pv_drafts(pv_settled())); });
  EXPECT_TRUE(assets->registry().all().empty());
}

TEST_F(AssetBadInput, ValuesNotSummingToTheSettledAmountAreRefused) {
  auto drafts = pv_drafts(pv_settled());
  drafts[1].value = drafts[1].value - Money::from_fen(1);  // one fen short
  expect_refused_and_unchanged(*store, ErrorCode::kRefused, "not the settled amount 1234567.89",
                               [&] { assets->capitalise(kPvProject, day("2024-09-01"), drafts); });
  drafts[1].value = drafts[1].value + Money::from_fen(2);  // one fen over
  expect_refused_and_unchanged(*store, ErrorCode::kRefused, "sum to 1234567.90",
                               [&] { assets->capitalise(kPvProject, day("2024-09-01"), drafts); });
  EXPECT_TRUE(assets->registry().all().empty());
}

TEST_F(AssetBadInput, NegativeIncomeIsRefusedInTheLedgerAndInPlans) {
  assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(pv_settled()));
  expect_refused_and_unchanged(*store, ErrorCode::kInvalidArgument, "amount -500.00 must be positive", [&] {
    assets->record_income(1, {0, 900}, kOperatorAccount, Money::from_yuan(-500), day("2025-03-01"));
  });
  DistributionInput in;
  in.plan_id = 1;
  in.asset_id = 1;
  in.year = 2025;
  in.income = Money::from_yuan(-100);
  in.decision = {"决议 1", day("2025-04-01"), 30, 25, 2};
  in.notice = {day("2025-04-02"), day("2025-04-10")};
  in.first_transfer_id = {7, 1};
  in.purposes = {{IncomePurpose::kUpkeep, 1, Money(), kUpkeepPayee, {}}};
  expect_refused_and_unchanged(*store, ErrorCode::kInvalidArgument, "income -100.00 must be positive",
                               [&] { (void)assets->add_distribution(in); });
}

TEST_F(AssetBadInput, DisposalReasonOutsideTheListIsNamed) {
  assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(pv_settled()));
  assets->confirm_ownership(1, day("2024-09-02"), "证 1");
  assets->hand_over(1, day("2024-09-03"));
  expect_refused_and_unchanged(*store, ErrorCode::kInvalidArgument, "disposal reason 9 is not in the list", [&] {
    assets->request_disposal(1, static_cast<DisposalReason>(9), DisposalMethod::kScrapping, Money(), day("2024-10-01"));
  });
  expect_refused_and_unchanged(*store, ErrorCode::kInvalidArgument, "disposal method 0 is not in the list", [&] {
    assets->request_disposal(1, DisposalReason::kDisaster, static_cast<DisposalMethod>(0), Money(), day("2024-10-01"));
  });
  EXPECT_EQ(assets->registry().find(1)->status, AssetStatus::kHandedOver);
}

TEST_F(AssetBadInput, IncompleteOrAlreadyCapitalisedProjectsAndBadFieldsAreRefused) {
  Project p;
  p.id = 7003;
  p.name = "在建项目";
  p.region = RegionCode::parse("500112001001");
  p.fiscal_year = 2024;
  ledger->add_project(p, day("2024-01-01"));
  expect_refused_and_unchanged(*store, ErrorCode::kState, "project 7003 is reserve",
                               [&] { assets->capitalise(7003, day("2024-09-01"), pv_drafts(pv_settled())); });
  auto drafts = pv_drafts(pv_settled());
  drafts[0].subtype = AssetSubtype::kRoad;
  expect_refused_and_unchanged(*store, ErrorCode::kInvalidArgument, "asset 1: subtype 6 does not belong to class",
                               [&] { assets->capitalise(kPvProject, day("2024-09-01"), drafts); });
  drafts = pv_drafts(pv_settled());
  drafts[1].id = drafts[0].id;
  expect_refused_and_unchanged(*store, ErrorCode::kInvalidArgument, "appears twice",
                               [&] { assets->capitalise(kPvProject, day("2024-09-01"), drafts); });
  assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(pv_settled()));
  expect_refused_and_unchanged(*store, ErrorCode::kState, "already capitalised",
                               [&] { assets->capitalise(kPvProject, day("2024-09-02"), pv_drafts(pv_settled())); });
  expect_refused_and_unchanged(*store, ErrorCode::kNotFound, "asset 77 is not registered",
                               [&] { assets->confirm_ownership(77, day("2024-09-02"), "证"); });
}

}  // namespace
}  // namespace rg::test
