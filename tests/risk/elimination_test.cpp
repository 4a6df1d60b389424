#include <gtest/gtest.h>

#include <algorithm>

#include "risk/risk_fixtures.hpp"
#include "ruralguard/elimination.hpp"
#include "ruralguard/error.hpp"

namespace rg {
namespace {

using test::safe_household;
using test::yunnan_2025;

// A case identified 2024-06-15 with one implemented measure and income stable since 2024-07-01.
CaseFacts ready_case() {
  CaseFacts c;
  c.identified = Date::from_ymd(2024, 6, 15);
  c.measures_implemented = 1;
  c.income_stable_since = Date::from_ymd(2024, 7, 1);
  return c;
}

bool fails(const EliminationCheck& r, EliminationCondition c) {
  return std::any_of(r.failures.begin(), r.failures.end(), [c](const auto& f) { return f.condition == c; });
}

const Date kAsOf = Date::from_ymd(2025, 3, 1);

TEST(Elimination, ReadyHouseholdIsEligibleAsAided) {
  const auto r = check_elimination(ready_case(), safe_household(), yunnan_2025(), kAsOf, EliminationKind::kAided);
  EXPECT_TRUE(r.eligible) << (r.failures.empty() ? "" : r.failures[0].message_en);
  EXPECT_EQ(r.kind, EliminationKind::kAided);
}

TEST(Elimination, SixMonthsMinusOneDayIsTooEarly) {
  CaseFacts c = ready_case();
  c.identified = Date::from_ymd(2024, 9, 2);  // + 6 months = 2025-03-02, one day after as-of
  c.income_stable_since = Date::from_ymd(2024, 8, 1);
  auto r = check_elimination(c, safe_household(), yunnan_2025(), kAsOf, EliminationKind::kAided);
  EXPECT_FALSE(r.eligible);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].condition, EliminationCondition::kMonthsMonitored);
  EXPECT_NE(r.failures[0].message_en.find("until 2025-03-02"), std::string::npos) << r.failures[0].message_en;
  c.identified = Date::from_ymd(2024, 9, 1);  // exactly six months
  EXPECT_TRUE(check_elimination(c, safe_household(), yunnan_2025(), kAsOf, EliminationKind::kAided).eligible);
}

TEST(Elimination, NoLabourHouseholdIsNeverEliminated) {
  auto h = safe_household();
  h.labour_capable = 0;
  h.weak_labour = 0;
  h.per_capita_income = Money::from_yuan(20000);  // secured by transfers
  const auto r = check_elimination(ready_case(), h, yunnan_2025(), kAsOf, EliminationKind::kAided);
  EXPECT_FALSE(r.eligible);
  EXPECT_TRUE(fails(r, EliminationCondition::kHasLabour));
}

TEST(Elimination, IncomeAboveLineButUninsuredIsVetoed) {
  auto h = safe_household();
  h.guarantee_failures = kGuaranteeUninsured;
  const auto r = check_elimination(ready_case(), h, yunnan_2025(), kAsOf, EliminationKind::kAided);
  EXPECT_FALSE(r.eligible);
  EXPECT_TRUE(fails(r, EliminationCondition::kGuarantees));
  EXPECT_TRUE(fails(r, EliminationCondition::kVeto));
  EXPECT_TRUE(fails(r, EliminationCondition::kRisksGone));  // illness (uninsured) still present
}

TEST(Elimination, EveryFailingConditionIsListed) {
  CaseFacts c;
  c.identified = Date::from_ymd(2025, 2, 10);
  c.measures_implemented = 0;
  auto h = safe_household();
  h.per_capita_income = Money::from_yuan(8000);
  const auto r = check_elimination(c, h, yunnan_2025(), kAsOf, EliminationKind::kAided);
  EXPECT_FALSE(r.eligible);
  for (auto cond : {EliminationCondition::kMonthsMonitored, EliminationCondition::kMeasuresImplemented,
                    EliminationCondition::kIncomeStable, EliminationCondition::kIncomeAboveThreshold,
                    EliminationCondition::kNotTooSoon, EliminationCondition::kRisksGone}) {
    EXPECT_TRUE(fails(r, cond)) << static_cast<int>(cond);
  }
}

TEST(Elimination, NaturalEliminationNeedsNoMeasureButEverythingElse) {
  CaseFacts c = ready_case();
  c.measures_implemented = 0;
  EXPECT_FALSE(check_elimination(c, safe_household(), yunnan_2025(), kAsOf, EliminationKind::kAided).eligible);
  const auto r = check_elimination(c, safe_household(), yunnan_2025(), kAsOf, EliminationKind::kNatural);
  EXPECT_TRUE(r.eligible);
  EXPECT_EQ(r.kind, EliminationKind::kNatural);
}

TEST(Elimination, ConfigurableVetoList) {
  auto h = safe_household();
  h.seriously_ill = 1;  // treated, costs below screening: no illness risk
  Policy p = yunnan_2025();
  EXPECT_TRUE(check_elimination(ready_case(), h, p, kAsOf, EliminationKind::kAided).eligible);
  p.elimination.veto_list.push_back(VetoItem::kSeriousIllness);
  const auto r = check_elimination(ready_case(), h, p, kAsOf, EliminationKind::kAided);
  ASSERT_FALSE(r.eligible);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].veto, VetoItem::kSeriousIllness);
}

TEST(Elimination, AsOfBeforeIdentificationIsAnError) {
  EXPECT_THROW((void)check_elimination(ready_case(), safe_household(), yunnan_2025(), Date::from_ymd(2024, 6, 1),
                                       EliminationKind::kAided),
               Error);
}

TEST(PostElimination, ConsistencyRulesFire) {
  PostEliminationFacts f;
  f.kind = EliminationKind::kAided;
  f.per_capita_income = Money::from_yuan(8000);
  f.threshold = Money::from_yuan(8700);
  f.has_employment_or_public_job_measure = true;
  f.has_social_security_measure = true;
  f.has_industry_measure = true;
  const auto findings = check_post_elimination(f);
  ASSERT_EQ(findings.size(), 4u);
  EXPECT_EQ(findings[0].rule_id, "4_11_010");
  EXPECT_EQ(findings[3].rule_id, "5_11_013");
  f.per_capita_income = Money::from_yuan(9000);
  f.wage_income = Money::from_yuan(1);
  f.transfer_income = Money::from_yuan(1);
  f.business_income = Money::from_yuan(1);
  EXPECT_TRUE(check_post_elimination(f).empty());
}

}  // namespace
}  // namespace rg
