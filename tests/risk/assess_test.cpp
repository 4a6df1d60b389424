#include <gtest/gtest.h>

#include "risk/risk_fixtures.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/risk.hpp"

namespace rg {
namespace {

using test::as_of_2025;
using test::has_risk;
using test::safe_household;
using test::yunnan_2025;

TEST(Assess, SafeHouseholdIsNotMonitored) {
  const auto a = assess(safe_household(), yunnan_2025(), as_of_2025());
  EXPECT_FALSE(a.within_monitoring);
  EXPECT_EQ(a.category, MonitoringCategory::kNone);
  EXPECT_EQ(a.risk_mask, 0u);
  EXPECT_EQ(a.score, 0);
  EXPECT_EQ(a.level, WarningLevel::kNone);
  EXPECT_FALSE(a.next_visit.has_value());
  EXPECT_EQ(a.threshold, Money::from_yuan(8700));
}

TEST(Assess, IncomeExactlyAtTheThresholdIsNotBelowIt) {
  auto f = safe_household();
  f.per_capita_income = Money::from_yuan(8700);
  EXPECT_FALSE(assess(f, yunnan_2025(), as_of_2025()).within_monitoring);
  f.per_capita_income = Money::parse("8699.99");
  const auto a = assess(f, yunnan_2025(), as_of_2025());
  EXPECT_TRUE(a.within_monitoring);
  EXPECT_EQ(a.category, MonitoringCategory::kMarginal);
  EXPECT_TRUE(has_risk(a, RiskType::kOther));  // low income alone: cause found at the home visit
  EXPECT_EQ(a.score, 30 + 10);                  // below threshold + other; gap under 10%
  EXPECT_EQ(a.level, WarningLevel::kYellow);
  EXPECT_EQ(a.next_visit, Date::from_ymd(2025, 4, 1));
}

TEST(Assess, FormerlyPoorBelowThresholdIsUnstableFormerlyPoorWithGapPoints) {
  auto f = safe_household();
  f.kind = HouseholdKind::kFormerlyPoor;
  f.per_capita_income = Money::from_yuan(6000);  // 31% short of 8,700: 3 full tenths
  f.labour_capable = 0;
  f.weak_labour = 1;
  const auto a = assess(f, yunnan_2025(), as_of_2025());
  EXPECT_EQ(a.category, MonitoringCategory::kUnstableFormerlyPoor);
  EXPECT_TRUE(has_risk(a, RiskType::kLackOfLabour));
  EXPECT_EQ(a.score, 30 + 3 * 5 + 15);
  EXPECT_EQ(a.level, WarningLevel::kRed);
  EXPECT_EQ(a.next_visit, Date::from_ymd(2025, 3, 16));  // red: 15 days
}

TEST(Assess, GuaranteeFailureWithHighIncomeIsRedSuddenSevere) {
  auto f = safe_household();
  f.per_capita_income = Money::from_yuan(30000);
  f.guarantee_failures = kGuaranteeUnsafeHouse;
  const auto a = assess(f, yunnan_2025(), as_of_2025());
  EXPECT_TRUE(a.within_monitoring);
  EXPECT_EQ(a.category, MonitoringCategory::kSuddenSevere);
  EXPECT_TRUE(has_risk(a, RiskType::kHousing));
  EXPECT_EQ(a.score, 40 + 40);
  EXPECT_EQ(a.level, WarningLevel::kRed);
}

TEST(Assess, ScoreAloneCannotMakeRedWithoutCutoff) {
  auto f = safe_household();
  f.per_capita_income = Money::from_yuan(30000);
  f.guarantee_failures = kGuaranteeUninsured;  // any failed guarantee is red even at 60 points
  Policy p = yunnan_2025();
  p.cutoffs = {100, 200, 300};
  EXPECT_EQ(assess(f, p, as_of_2025()).level, WarningLevel::kRed);
}

TEST(Assess, IllnessNeedsOutOfPocketAtTheScreeningThresholdForThePopulation) {
  auto f = safe_household();
  f.seriously_ill = 1;
  f.medical_out_of_pocket = Money::parse("19999.99");
  EXPECT_FALSE(has_risk(assess(f, yunnan_2025(), as_of_2025()), RiskType::kIllness));
  f.medical_out_of_pocket = Money::from_yuan(20000);  // other rural people: >= 20,000
  EXPECT_TRUE(has_risk(assess(f, yunnan_2025(), as_of_2025()), RiskType::kIllness));
  auto g = safe_household();
  g.kind = HouseholdKind::kFormerlyPoor;
  g.chronically_ill = 1;
  g.medical_out_of_pocket = Money::from_yuan(5000);  // formerly poor: >= 5,000
  EXPECT_TRUE(has_risk(assess(g, yunnan_2025(), as_of_2025()), RiskType::kIllness));
}

TEST(Assess, SuddenSevereNeedsAShockAndSevereDifficulty) {
  auto f = safe_household();  // 15,000 per capita, 4 members, net 60,000
  f.seriously_ill = 1;
  f.medical_out_of_pocket = Money::from_yuan(30000);  // rigid 30,000 <= net income: not "large"
  auto a = assess(f, yunnan_2025(), as_of_2025());
  EXPECT_TRUE(has_risk(a, RiskType::kIllness));
  EXPECT_FALSE(has_risk(a, RiskType::kHighRigidExpenditure));
  // income after rigid spending: (60,000 - 30,000) / 4 = 7,500 < 8,700: severe difficulty
  EXPECT_TRUE(a.within_monitoring);
  EXPECT_EQ(a.category, MonitoringCategory::kSuddenSevere);
  f.medical_out_of_pocket = Money::from_yuan(20000);  // (60,000 - 20,000)/4 = 10,000: copes
  a = assess(f, yunnan_2025(), as_of_2025());
  EXPECT_TRUE(has_risk(a, RiskType::kIllness));
  EXPECT_FALSE(a.within_monitoring);
  f.events = kEventSevereDifficulty;  // the cadre's judgement overrides
  EXPECT_EQ(assess(f, yunnan_2025(), as_of_2025()).category, MonitoringCategory::kSuddenSevere);
}

TEST(Assess, RigidExpenditureAndIncomeDropUsePolicyShares) {
  auto f = safe_household();
  f.education_out_of_pocket = Money::parse("60000.01");  // above 1 x net income
  EXPECT_TRUE(has_risk(assess(f, yunnan_2025(), as_of_2025()), RiskType::kHighRigidExpenditure));
  auto g = safe_household();
  g.previous_per_capita_income = Money::from_yuan(21430);  // 15,000 < 0.7 x 21,430 = 15,001
  EXPECT_TRUE(has_risk(assess(g, yunnan_2025(), as_of_2025()), RiskType::kIncomeDrop));
  g.previous_per_capita_income = Money::parse("21428.58");  // 0.7 x = 15,000.006: still a drop
  EXPECT_TRUE(has_risk(assess(g, yunnan_2025(), as_of_2025()), RiskType::kIncomeDrop));
  g.previous_per_capita_income = Money::parse("21428.57");  // 0.7 x = 14,999.999: no drop
  EXPECT_FALSE(has_risk(assess(g, yunnan_2025(), as_of_2025()), RiskType::kIncomeDrop));
}

TEST(Assess, CountyOverrideThresholdApplies) {
  Policy p = yunnan_2025();
  p.threshold.county_overrides[530122] = Money::from_yuan(16000);
  const auto a = assess(safe_household(), p, as_of_2025());
  EXPECT_TRUE(a.within_monitoring);
  EXPECT_EQ(a.threshold, Money::from_yuan(16000));
}

TEST(Assess, AsOfBeforeTheIncomePeriodIsRefused) {
  try {
    (void)assess(safe_household(), yunnan_2025(), Date::from_ymd(2024, 12, 30));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kRange);
    EXPECT_NE(std::string(e.what()).find("before the end of the income period 2024-12-31"), std::string::npos);
  }
}

TEST(Assess, InconsistentFactsAreNamed) {
  auto f = safe_household();
  f.labour_capable = 5;
  try {
    (void)assess(f, yunnan_2025(), as_of_2025());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "household facts: labour_capable: must be 0..4 (members), got 5");
  }
  f = safe_household();
  f.members = 0;
  EXPECT_THROW((void)assess(f, yunnan_2025(), as_of_2025()), Error);
}

TEST(Explain, RendersEveryReasonInBothLanguages) {
  auto f = safe_household();
  f.kind = HouseholdKind::kFormerlyPoor;
  f.per_capita_income = Money::from_yuan(6000);
  f.guarantee_failures = kGuaranteeUnsafeWater;
  const auto a = assess(f, yunnan_2025(), as_of_2025());
  const std::string en = explain(a, Language::kEn);
  const std::string zh = explain(a, Language::kZhCN);
  EXPECT_NE(en.find("per-capita net income 6,000.00 yuan is below the monitoring threshold 8,700.00 yuan (+30 points)"),
            std::string::npos) << en;
  EXPECT_NE(en.find("guarantee failed: drinking water is not secured (+40 points)"), std::string::npos) << en;
  EXPECT_NE(en.find("next visit 2025-03-16"), std::string::npos) << en;
  EXPECT_NE(zh.find("脱贫不稳定户"), std::string::npos) << zh;
  EXPECT_NE(zh.find("因安全饮水"), std::string::npos) << zh;
  EXPECT_NE(zh.find("预警等级 红色"), std::string::npos) << zh;
}

}  // namespace
}  // namespace rg
