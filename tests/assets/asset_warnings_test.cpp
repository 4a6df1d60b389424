#include <gtest/gtest.h>

#include <set>

#include "assets/asset_fixture.hpp"
#include "ruralguard/asset_report.hpp"

namespace rg::test {
namespace {

using AssetWarnings = AssetFixture;

std::vector<AssetWarning> of_kind(const std::vector<AssetWarning>& all, AssetWarningKind kind) {
  std::vector<AssetWarning> out;
  for (const auto& w : all) {
    if (w.kind == kind) out.push_back(w);
  }
  return out;
}

TEST_F(AssetWarnings, ReconciliationFindsThePlantedUnregisteredProject) {
  assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(pv_settled()));
  AssetWarningOptions o;
  o.as_of = day("2024-12-31");
  const auto all = asset_warnings(assets->registry(), ledger->ledger(), ledger->projects(), o);
  const auto missing = of_kind(all, AssetWarningKind::kProjectNotRegistered);
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].project_id, kRoadProject);  // completed, 456,000.00 spent, no asset
  EXPECT_EQ(missing[0].asset_id, 0u);
  EXPECT_EQ(missing[0].expected, yuan_text("456000.00"));
  EXPECT_TRUE(of_kind(all, AssetWarningKind::kValueDiffersFromSettled).empty());

  // Money spent on the PV project after capitalisation makes its assets no longer add up.
  ledger->transition_project(kPvProject, ProjectStatus::kAccepted, day("2024-10-01"));
  submit({transfer(5, kBudget, kContractor, yuan_text("0.01"), TransferCode::kDisburse, kPvProject, "2024-10-02")});
  const auto later = asset_warnings(assets->registry(), ledger->ledger(), ledger->projects(), o);
  const auto differs = of_kind(later, AssetWarningKind::kValueDiffersFromSettled);
  ASSERT_EQ(differs.size(), 1u);
  EXPECT_EQ(differs[0].project_id, kPvProject);
  EXPECT_EQ(differs[0].expected - differs[0].actual, yuan_text("0.01"));
}

TEST_F(AssetWarnings, IdleDamagedUnconfirmedUnlinkedUnguardedAndUnderEarningAssetsAreFlagged) {
  // Road project: two public-welfare assets (road kept unconfirmed; a bridge damaged).
  AssetDraft road;
  road.id = 10;
  road.name = "组组通道路";
  road.asset_class = AssetClass::kPublicWelfare;
  road.subtype = AssetSubtype::kRoad;
  road.value = yuan_text("400000.00");
  road.management.custodian = "村道路管护员";
  AssetDraft bridge = road;
  bridge.id = 11;
  bridge.name = "便民桥";
  bridge.value = yuan_text("56000.00");
  assets->capitalise(kRoadProject, day("2024-09-01"), std::vector<AssetDraft>{road, bridge});
  EXPECT_EQ(assets->registry().find(10)->owner, Party::kVillageCollective);
  assets->confirm_ownership(11, day("2024-09-05"), "证 11");
  assets->hand_over(11, day("2024-09-06"));
  assets->set_status(11, AssetStatus::kDamaged, day("2025-05-01"));

  // PV: the station operates without a custodian or a farmer link and earns below plan; the
  // equity share has been idle since October.
  assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(pv_settled()));
  for (uint64_t id : {1, 2}) {
    assets->confirm_ownership(id, day("2024-09-02"), "证");
    assets->hand_over(id, day("2024-09-03"));
  }
  assets->set_status(1, AssetStatus::kOperating, day("2024-09-04"));
  assets->set_status(2, AssetStatus::kIdle, day("2024-10-01"));
  AssetManagement m = assets->registry().find(1)->management;
  m.custodian.clear();
  m.farmer_link = {};
  assets->set_management(1, m, day("2025-01-01"));
  assets->record_income(1, {0, 901}, kOperatorAccount, yuan_text("90000.00"), day("2025-06-30"));

  AssetWarningOptions o;
  o.as_of = day("2025-06-30");
  o.income_year = 2025;
  const auto all = asset_warnings(assets->registry(), ledger->ledger(), ledger->projects(), o);
  auto one = [&](AssetWarningKind kind) {
    const auto found = of_kind(all, kind);
    EXPECT_EQ(found.size(), 1u) << "kind " << static_cast<int>(kind);
    return found.empty() ? AssetWarning{} : found[0];
  };
  EXPECT_EQ(one(AssetWarningKind::kOwnershipUnconfirmed).asset_id, 10u);
  EXPECT_EQ(one(AssetWarningKind::kOwnershipUnconfirmed).months, 9);
  EXPECT_EQ(one(AssetWarningKind::kDamaged).asset_id, 11u);
  EXPECT_EQ(one(AssetWarningKind::kIdleTooLong).asset_id, 2u);
  EXPECT_EQ(one(AssetWarningKind::kIdleTooLong).months, 8);
  EXPECT_EQ(one(AssetWarningKind::kNoCustodian).asset_id, 1u);
  EXPECT_EQ(one(AssetWarningKind::kNoFarmerLink).asset_id, 1u);
  const AssetWarning low = one(AssetWarningKind::kIncomeBelowPlan);
  EXPECT_EQ(low.asset_id, 1u);
  EXPECT_EQ(low.expected, yuan_text("120000.00"));
  EXPECT_EQ(low.actual, yuan_text("90000.00"));
  EXPECT_TRUE(of_kind(all, AssetWarningKind::kProjectNotRegistered).empty());

  // A longer idle limit silences the idle warning: N is a parameter.
  o.idle_months_max = 12;
  EXPECT_TRUE(of_kind(asset_warnings(assets->registry(), ledger->ledger(), ledger->projects(), o),
                      AssetWarningKind::kIdleTooLong).empty());

  // Reports by class, status and region, with values.
  const auto by_class = asset_totals(assets->registry(), AssetTotalsKey::kClass);
  ASSERT_EQ(by_class.size(), 2u);
  EXPECT_EQ(by_class[0].key, static_cast<uint64_t>(AssetClass::kOperating));
  EXPECT_EQ(by_class[0].value, yuan_text("1234567.89"));
  EXPECT_EQ(by_class[1].assets, 2u);
  EXPECT_EQ(by_class[1].value, yuan_text("456000.00"));
  const auto by_status = asset_totals(assets->registry(), AssetTotalsKey::kStatus);
  ASSERT_EQ(by_status.size(), 4u);  // registered, operating, idle, damaged
  EXPECT_EQ(by_status[0].key, static_cast<uint64_t>(AssetStatus::kRegistered));
  EXPECT_EQ(by_status[0].value, yuan_text("400000.00"));
  const auto by_county = asset_totals(assets->registry(), AssetTotalsKey::kRegionPrefix, 6);
  Money sum;
  uint64_t count = 0;
  for (const auto& r : by_county) {
    sum += r.value;
    count += r.assets;
  }
  EXPECT_EQ(count, 4u);
  EXPECT_EQ(sum, yuan_text("1690567.89"));
}

// The yearly income plan is compared only over a whole year on the register: the station registered
// on 2024-09-01 and earning nothing in 2024 is not "below plan" for 2024, and is for 2025.
TEST_F(AssetWarnings, IncomeIsComparedWithThePlanOnlyForWholeYearsOnTheRegister) {
  assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(pv_settled()));
  assets->confirm_ownership(1, day("2024-09-02"), "证");
  assets->hand_over(1, day("2024-09-03"));
  assets->set_status(1, AssetStatus::kOperating, day("2024-09-04"));
  ASSERT_FALSE(assets->registry().find(1)->management.planned_income_per_year.is_zero());
  AssetWarningOptions o;
  auto below_plan = [&](const char* as_of, int32_t year) {
    o.as_of = day(as_of);
    o.income_year = year;
    return of_kind(asset_warnings(assets->registry(), ledger->ledger(), ledger->projects(), o),
                   AssetWarningKind::kIncomeBelowPlan);
  };
  EXPECT_TRUE(below_plan("2024-12-31", 2024).empty());
  EXPECT_TRUE(below_plan("2025-03-31", 0).empty());  // default: the year before as_of, 2024
  const auto late = below_plan("2025-12-31", 2025);
  ASSERT_EQ(late.size(), 1u);
  EXPECT_EQ(late[0].asset_id, 1u);
  EXPECT_TRUE(late[0].actual.is_zero());
}

// Names are the ids of the C ABI documentation and the Python module (ruralguard.assets.WARNING).
TEST(AssetNames, EveryWarningKindAndClassHasItsId) {
  EXPECT_EQ(asset_warning_name(AssetWarningKind::kIncomeBelowPlan), "income_below_plan");
  EXPECT_EQ(asset_warning_name(AssetWarningKind::kValueDiffersFromSettled), "value_differs_from_settled");
  EXPECT_EQ(asset_warning_name_zh(AssetWarningKind::kDamaged), "损毁");
  EXPECT_EQ(asset_class_name(AssetClass::kPublicWelfare), "public_welfare");
  std::set<std::string_view> names;
  for (int k = 1; k <= 8; ++k) names.insert(asset_warning_name(static_cast<AssetWarningKind>(k)));
  EXPECT_EQ(names.size(), 8u);
  EXPECT_FALSE(names.contains("unknown"));
}

}  // namespace
}  // namespace rg::test
