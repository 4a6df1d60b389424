#include <gtest/gtest.h>

#include <algorithm>

#include "assets/asset_fixture.hpp"
#include "ruralguard/asset_report.hpp"

namespace rg::test {
namespace {

class Distribution : public AssetFixture {
 protected:
  void SetUp() override {
    AssetFixture::SetUp();
    assets->capitalise(kPvProject, day("2024-09-01"), pv_drafts(pv_settled()));
    assets->confirm_ownership(1, day("2024-09-02"), "证 1");
    assets->hand_over(1, day("2024-09-03"));
    assets->set_status(1, AssetStatus::kOperating, day("2024-09-04"));
    assets->record_income(1, {0, 900}, kOperatorAccount, yuan_text("100000.00"), day("2025-03-31"));
  }
  // 100,000.00 yuan, three purposes with equal weight (33,333.34 / 33,333.33 / 33,333.33):
  // dividends to 1,234 households weighted by household size 1..6, 公益性岗位 wages to 37 of them,
  // upkeep to the upkeep fund.
  DistributionInput plan_input() {
    DistributionInput in;
    in.plan_id = 2025001;
    in.asset_id = 1;
    in.year = 2025;
    in.income = yuan_text("100000.00");
    in.decision = {"某村村民代表大会决议〔2025〕2号", day("2025-04-01"), 41, 37, 1};
    in.notice = {day("2025-04-02"), day("2025-04-11")};
    in.first_transfer_id = {2025, 1};
    PurposeInput dividends{IncomePurpose::kDividends, 1, Money(), kDividendPayee, {}};
    for (uint64_t h = 1; h <= 1234; ++h) dividends.beneficiaries.push_back({500112001001'0000ull + h, int64_t(1 + h % 6)});
    PurposeInput jobs{IncomePurpose::kPublicWelfareJobs, 1, Money(), kJobsPayee, {}};
    for (uint64_t h = 1; h <= 37; ++h) jobs.beneficiaries.push_back({500112001001'0000ull + 30 * h, 1});
    PurposeInput upkeep{IncomePurpose::kUpkeep, 1, Money(), kUpkeepPayee, {}};
    in.purposes = {dividends, jobs, upkeep};
    return in;
  }
};

TEST_F(Distribution, HundredThousandYuanAmongThreePurposesAnd1234HouseholdsSumsExactly) {
  const DistributionInput in = plan_input();
  const DistributionPlan& plan = assets->add_distribution(in);
  ASSERT_EQ(plan.lines.size(), 3u);
  Money total;
  std::size_t households = 0;
  for (std::size_t i = 0; i < plan.lines.size(); ++i) {
    const DistributionLine& line = plan.lines[i];
    total += line.amount;
    if (line.shares.empty()) continue;
    // Every share is the exact proportional amount rounded down or up by less than one fen, and the
    // shares of a line sum to the line.
    int64_t weight_sum = 0;
    for (const auto& b : in.purposes[i].beneficiaries) weight_sum += b.weight;
    Money sum;
    for (std::size_t j = 0; j < line.shares.size(); ++j) {
      const __int128 exact = static_cast<__int128>(line.amount.units()) * in.purposes[i].beneficiaries[j].weight;
      const __int128 got = static_cast<__int128>(line.shares[j].amount.units()) * weight_sum;
      const __int128 diff = got > exact ? got - exact : exact - got;
      EXPECT_LT(diff, static_cast<__int128>(Money::kUnitsPerFen) * weight_sum) << "line " << i << " share " << j;
      EXPECT_TRUE(line.shares[j].amount.is_whole_fen());
      sum += line.shares[j].amount;
    }
    EXPECT_EQ(sum, line.amount) << "line " << i;
    households += line.shares.size();
  }
  EXPECT_EQ(total, yuan_text("100000.00"));
  EXPECT_EQ(plan.lines[0].amount, yuan_text("33333.34"));  // the largest remainder goes to the first tie
  EXPECT_EQ(plan.lines[1].amount, yuan_text("33333.33"));
  EXPECT_EQ(plan.lines[2].amount, yuan_text("33333.33"));
  EXPECT_EQ(plan.lines[0].shares.size(), 1234u);
  EXPECT_EQ(households, 1234u + 37u);

  // Nothing is paid before the notice ends; then one linked chain pays every line.
  EXPECT_FALSE(plan_is_paid(plan, ledger->ledger()));
  try {
    assets->post_distribution(in.plan_id, day("2025-04-10"));
    ADD_FAILURE() << "paid during the notice";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kRefused);
  }
  assets->post_distribution(in.plan_id, day("2025-04-12"));
  assets->post_distribution(in.plan_id, day("2025-04-12"));  // a replay changes nothing
  EXPECT_EQ(ledger->ledger().balance(kIncomeAccount).available(), Money());
  EXPECT_EQ(ledger->ledger().balance(kDividendPayee).credits_posted, yuan_text("33333.34"));
  EXPECT_EQ(ledger->ledger().balance(kJobsPayee).credits_posted, yuan_text("33333.33"));
  EXPECT_EQ(ledger->ledger().balance(kUpkeepPayee).credits_posted, yuan_text("33333.33"));
  const auto all = ledger->ledger().transfers();
  ASSERT_GE(all.size(), 3u);
  EXPECT_EQ(all[all.size() - 3].flags & transfer_flags::kLinked, transfer_flags::kLinked);
  EXPECT_EQ(all[all.size() - 2].flags & transfer_flags::kLinked, transfer_flags::kLinked);
  EXPECT_EQ(all[all.size() - 1].flags & transfer_flags::kLinked, 0);

  // The plan survives reopening share for share, and the year report agrees.
  const DistributionPlan saved = plan;
  open();
  const DistributionPlan* back = assets->registry().find_plan(in.plan_id);
  ASSERT_NE(back, nullptr);
  ASSERT_EQ(back->lines.size(), saved.lines.size());
  for (std::size_t i = 0; i < saved.lines.size(); ++i) {
    EXPECT_EQ(back->lines[i].amount, saved.lines[i].amount);
    ASSERT_EQ(back->lines[i].shares.size(), saved.lines[i].shares.size());
    for (std::size_t j = 0; j < saved.lines[i].shares.size(); ++j) {
      EXPECT_EQ(back->lines[i].shares[j].household_key, saved.lines[i].shares[j].household_key);
      EXPECT_EQ(back->lines[i].shares[j].amount, saved.lines[i].shares[j].amount);
    }
  }
  EXPECT_TRUE(plan_is_paid(*back, ledger->ledger()));
  const auto years = asset_income_by_year(assets->registry(), ledger->ledger());
  ASSERT_EQ(years.size(), 1u);
  EXPECT_EQ(years[0].year, 2025);
  EXPECT_EQ(years[0].income, yuan_text("100000.00"));
  EXPECT_EQ(years[0].planned, yuan_text("100000.00"));
  EXPECT_EQ(years[0].paid, yuan_text("100000.00"));

  // Public notice: a header and one row per household share plus the upkeep line, zh-CN headers.
  const std::string csv = distribution_notice_csv(assets->registry(), in.plan_id);
  EXPECT_EQ(csv.rfind("\"分配方案编号\",\"资产编号\",\"资产名称\"", 0), 0u);
  std::size_t rows = 0;
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++rows;
  EXPECT_EQ(rows, 1u + 1234u + 37u + 1u);
  EXPECT_NE(csv.find("\"收益分红\""), std::string::npos);
}

TEST_F(Distribution, ForbiddenPurposeIsRefusedAndTheListIsConfigurable) {
  DistributionInput in = plan_input();
  in.purposes[2].purpose = IncomePurpose::kVillageRunningCosts;
  in.purposes[2].payee_account_id = kVillagePayee;
  expect_refused_and_unchanged(*store, ErrorCode::kRefused, "village_running_costs (村级组织运转) is a forbidden use",
                               [&] { (void)assets->add_distribution(in); });
  EXPECT_EQ(assets->registry().find_plan(in.plan_id), nullptr);
  // A county whose rules allow it configures its own list.
  DistributionPolicy policy;
  policy.forbidden_mask &= ~(1u << static_cast<unsigned>(IncomePurpose::kVillageRunningCosts));
  assets->set_distribution_policy(policy);
  EXPECT_EQ(assets->add_distribution(in).lines.size(), 3u);
}

TEST_F(Distribution, PlansWithoutADecisionOrNoticeOrMatchingSumsAreRefused) {
  DistributionInput in = plan_input();
  in.decision.votes_for = 20;  // 20 of 41 is not a majority
  expect_refused_and_unchanged(*store, ErrorCode::kRefused, "was not passed", [&] { (void)assets->add_distribution(in); });
  in = plan_input();
  in.decision.document.clear();
  expect_refused_and_unchanged(*store, ErrorCode::kInvalidArgument, "decision.document",
                               [&] { (void)assets->add_distribution(in); });
  in = plan_input();
  in.notice.end = day("2025-04-04");  // 3 days
  expect_refused_and_unchanged(*store, ErrorCode::kRefused, "lasts 3 days", [&] { (void)assets->add_distribution(in); });
  in = plan_input();
  for (auto& p : in.purposes) p.weight = 0;
  in.purposes[0].amount = yuan_text("50000.00");
  in.purposes[1].amount = yuan_text("30000.00");
  in.purposes[2].amount = yuan_text("19999.99");
  expect_refused_and_unchanged(*store, ErrorCode::kRefused, "sum to 99999.99, not the income 100000.00",
                               [&] { (void)assets->add_distribution(in); });
  in = plan_input();
  in.income = yuan_text("100000.01");  // more than the asset earned in 2025
  expect_refused_and_unchanged(*store, ErrorCode::kRefused, "exceeds the undistributed 2025 income",
                               [&] { (void)assets->add_distribution(in); });
}

TEST_F(Distribution, PurposeAndBeneficiaryBoundsHoldOnePastTheLimit) {
  DistributionInput in = plan_input();
  // 32 purposes pass the count (and then repeat a purpose: only 12 purposes exist), 33 do not.
  in.purposes.resize(DistributionInput::kPurposesMax, in.purposes[2]);
  expect_refused_and_unchanged(*store, ErrorCode::kInvalidArgument, "appears twice",
                               [&] { (void)assets->add_distribution(in); });
  in.purposes.resize(DistributionInput::kPurposesMax + 1, in.purposes[2]);
  expect_refused_and_unchanged(*store, ErrorCode::kLimit, "33 purposes exceed the maximum 32",
                               [&] { (void)assets->add_distribution(in); });
  in = plan_input();
  in.purposes[0].beneficiaries.clear();
  for (uint64_t h = 1; h <= DistributionInput::kBeneficiariesMax + 1 - 37; ++h) in.purposes[0].beneficiaries.push_back({h, 1});
  expect_refused_and_unchanged(*store, ErrorCode::kLimit, "more than 100000 beneficiaries",
                               [&] { (void)assets->add_distribution(in); });
  in.purposes[0].beneficiaries.pop_back();  // exactly 100,000 household shares: accepted
  const DistributionPlan& plan = assets->add_distribution(in);
  EXPECT_EQ(plan.lines[0].shares.size() + plan.lines[1].shares.size(), DistributionInput::kBeneficiariesMax);
}

TEST_F(Distribution, DecisionDocumentOf256BytesIsKeptAnd257AreRefused) {
  DistributionInput in = plan_input();
  in.decision.document.assign(DistributionInput::kDocumentBytesMax + 1, 'd');
  expect_refused_and_unchanged(*store, ErrorCode::kLimit, "kDocumentBytesMax), got 257",
                               [&] { (void)assets->add_distribution(in); });
  in.decision.document.pop_back();
  const DistributionPlan& plan = assets->add_distribution(in);
  EXPECT_EQ(plan.decision.document.size(), DistributionInput::kDocumentBytesMax);
}

}  // namespace
}  // namespace rg::test
