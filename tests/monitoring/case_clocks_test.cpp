// The clocks of a case derived from its events, the follow-up window after elimination, the
// level reassessment step, and the income-stable date derived from dated statements (issue 16
// part C).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "monitoring/case_fixtures.hpp"
#include "ruralguard/assistance.hpp"
#include "ruralguard/case_clocks.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/income_stability.hpp"

namespace rg {
namespace {

using test::d;
using test::step;

const Policy& yunnan() {
  static const Policy p = default_policy("53", 2025);
  return p;
}

// Identified 2024-05-12 (found 2024-04-30), eliminated 2025-01-10 with the gate's facts given.
MonitoringCase eliminated_case() {
  MonitoringCase c = test::identified_case(yunnan(), d(2024, 4, 30));
  c.state = CaseState::kEliminated;
  c.eliminated = d(2025, 1, 10);
  c.level = WarningLevel::kNone;
  c.events.push_back({static_cast<int32_t>(c.events.size()) + 1, CaseStep::kCountyApprove,
                      CaseState::kEliminationTownshipApproved, CaseState::kEliminated, d(2025, 1, 10), "县", ""});
  return c;
}

// DOMAIN.md 8.3 (ELIMINATED -> ACTIVE): a rollback restarts the monitoring clock.
TEST(CaseClocks, TheMonitoringClockStartsAtTheLaterOfIdentificationAndTheLastRollback) {
  MonitoringCase c = test::identified_case(yunnan(), d(2024, 4, 30));
  EXPECT_EQ(monitoring_clock_start(c), d(2024, 5, 12));
  EXPECT_EQ(last_rollback(c), std::nullopt);
  c = eliminated_case();
  c = apply_step(c, step(CaseStep::kRollback, d(2025, 4, 1), "复发"), yunnan());
  EXPECT_EQ(monitoring_clock_start(c), d(2025, 4, 1));
  EXPECT_EQ(c.level, WarningLevel::kRed);
  EXPECT_EQ(monitoring_clock_start(test::new_case(d(2024, 4, 30))), std::nullopt);
}

// DOMAIN.md 1.9, 8.4 rule 5: months monitored count from the rollback, named in the refusal.
TEST(CaseClocks, TheEliminationGateCountsMonthsFromTheRollback) {
  CaseFacts facts;
  facts.identified = d(2025, 4, 1);
  facts.clock_from_rollback = true;
  facts.measures_implemented = 1;
  facts.income_stable_since = d(2024, 1, 1);
  HouseholdFacts h;
  h.members = 2;
  h.labour_capable = 2;
  h.per_capita_income = Money::from_yuan(16000);
  h.income_period_end = d(2024, 12, 31);
  const EliminationCheck check = check_elimination(facts, h, yunnan(), d(2025, 4, 10), EliminationKind::kNatural);
  ASSERT_FALSE(check.eligible);
  EXPECT_EQ(check.failures[0].condition, EliminationCondition::kMonthsMonitored);
  EXPECT_EQ(check.failures[0].message_en, "monitored 0 whole months since the rollback of 2025-04-01, needs 6 (until 2025-10-01)");
}

// DOMAIN.md 1.9 (after elimination): the follow-up window and the check schedule.
TEST(CaseClocks, TheFollowUpWindowAndThePostEliminationScheduleComeFromThePolicy) {
  const MonitoringCase c = eliminated_case();
  const EliminationRules& rules = yunnan().elimination;
  EXPECT_EQ(follow_up_window_end(c, rules), d(2026, 1, 10));
  EXPECT_TRUE(in_follow_up_window(c, rules, d(2025, 1, 10)));
  EXPECT_TRUE(in_follow_up_window(c, rules, d(2026, 1, 10)));
  EXPECT_FALSE(in_follow_up_window(c, rules, d(2026, 1, 11)));
  EXPECT_FALSE(in_follow_up_window(c, rules, d(2025, 1, 9)));
  EXPECT_EQ(next_post_elimination_check(c, rules, std::nullopt), d(2025, 7, 10));
  EXPECT_EQ(next_post_elimination_check(c, rules, d(2025, 7, 20)), std::nullopt);  // 2026-01-20 is past the window
  EliminationRules quarterly = rules;
  quarterly.post_check_interval_months = 3;
  EXPECT_EQ(next_post_elimination_check(c, quarterly, d(2025, 4, 12)), d(2025, 7, 12));
  EXPECT_FALSE(follow_up_window_end(test::identified_case(yunnan(), d(2024, 4, 30)), rules).has_value());
}

// DOMAIN.md 1.9: alert scans cover an eliminated case in its window, not after it.
TEST(CaseClocks, AnEliminatedCaseGetsACheckDueAlertOnlyInsideItsWindow) {
  const MonitoringCase c = eliminated_case();
  CaseSnapshot snap{&c, {}, std::nullopt, true, std::nullopt};
  EXPECT_TRUE(scan_alerts(snap, yunnan(), {}, d(2025, 7, 9)).empty());
  const auto due = scan_alerts(snap, yunnan(), {}, d(2025, 7, 10));
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].kind, AlertKind::kPostEliminationCheckDue);
  EXPECT_NE(due[0].message.find("follow-up until 2026-01-10"), std::string::npos) << due[0].message;
  snap.last_post_check = d(2025, 7, 11);
  EXPECT_TRUE(scan_alerts(snap, yunnan(), {}, d(2025, 12, 1)).empty());
  snap.last_post_check.reset();
  EXPECT_TRUE(scan_alerts(snap, yunnan(), {}, d(2026, 1, 11)).empty());
}

// DOMAIN.md 1.7: a reassessment records the level found; each change is one event.
TEST(CaseClocks, AReassessmentChangesTheLevelAsAnEvent) {
  const MonitoringCase c = test::identified_case(yunnan(), d(2024, 4, 30));
  StepInput in = step(CaseStep::kReassess, d(2024, 6, 1), "visit");
  in.level = WarningLevel::kYellow;
  const MonitoringCase n = apply_step(c, in, yunnan());
  EXPECT_EQ(n.level, WarningLevel::kYellow);
  EXPECT_EQ(n.state, CaseState::kMonitored);
  const auto change = level_change(c, n);
  ASSERT_TRUE(change.has_value());
  EXPECT_EQ(change->from, WarningLevel::kRed);
  EXPECT_EQ(change->to, WarningLevel::kYellow);
  EXPECT_EQ(change->sequence, n.events.back().sequence);
  EXPECT_EQ(next_visit_due(n, d(2024, 6, 1), yunnan()), d(2024, 7, 1));  // yellow: monthly
  in.level = WarningLevel::kNone;
  EXPECT_THROW((void)apply_step(c, in, yunnan()), Error);
  in.level = WarningLevel::kBlue;
  EXPECT_THROW((void)apply_step(test::new_case(d(2024, 4, 30)), in, yunnan()), Error);  // not monitored
}

DatedIncome income(Date start, Date end, int64_t yuan) { return {start, end, Money::from_yuan(yuan)}; }

// DOMAIN.md 1.9 criterion 1, DESIGN.md 7: the income-stable date derived from the statements.
TEST(IncomeStability, TheStableDateIsTheStartOfTheLatestRunAboveTheThreshold) {
  const Money threshold = Money::from_yuan(8700);
  const std::vector<DatedIncome> s{income(d(2022, 1, 1), d(2022, 12, 31), 9000),
                                   income(d(2023, 1, 1), d(2023, 12, 31), 4500),
                                   income(d(2024, 1, 1), d(2024, 12, 31), 16000),
                                   income(d(2025, 1, 1), d(2025, 12, 31), 12000)};
  EXPECT_EQ(income_stable_since(s, threshold, d(2026, 1, 31)), d(2024, 1, 1));
  EXPECT_EQ(income_stable_since(s, threshold, d(2024, 12, 30)), std::nullopt);  // latest known: 2023, low
  EXPECT_EQ(income_stable_since(std::span(s).first(1), threshold, d(2023, 1, 1)), d(2022, 1, 1));
  EXPECT_EQ(income_stable_since({}, threshold, d(2026, 1, 1)), std::nullopt);
  // A period overlapping the low one proves only the months after it.
  const std::vector<DatedIncome> overlap{income(d(2023, 7, 1), d(2024, 6, 30), 4500),
                                         income(d(2024, 1, 1), d(2024, 12, 31), 16000)};
  EXPECT_EQ(income_stable_since(overlap, threshold, d(2025, 1, 1)), d(2024, 7, 1));
  // Exactly the threshold counts as above it (at or above, DOMAIN.md 1.9 criterion 2).
  EXPECT_EQ(income_stable_since(std::vector<DatedIncome>{income(d(2024, 1, 1), d(2024, 12, 31), 8700)}, threshold,
                                d(2025, 1, 1)),
            d(2024, 1, 1));
  EXPECT_THROW((void)income_stable_since(std::vector<DatedIncome>{income(d(2024, 12, 31), d(2024, 1, 1), 9000)},
                                         threshold, d(2025, 1, 1)),
               Error);
}

// docs/policy-format.md: the follow-up window and check interval are policy data, validated.
TEST(CaseClocks, TheFollowUpParametersRoundTripThroughThePolicyJsonAndAreValidated) {
  Policy p = yunnan();
  p.elimination.follow_up_months = 24;
  p.elimination.post_check_interval_months = 3;
  const Policy back = policy_from_json(policy_to_json(p));
  EXPECT_EQ(back.elimination.follow_up_months, 24);
  EXPECT_EQ(back.elimination.post_check_interval_months, 3);
  nlohmann::json j = nlohmann::json::parse(policy_to_json(p));
  j["elimination"]["post_check_interval_months"] = 0;
  try {
    (void)policy_from_json(j.dump());
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("elimination.post_check_interval_months"), std::string::npos) << e.what();
  }
  j["elimination"].erase("post_check_interval_months");
  j["elimination"].erase("follow_up_months");
  const Policy old = policy_from_json(j.dump());  // files written before issue 16: the ◐ defaults
  EXPECT_EQ(old.elimination.follow_up_months, 12);
  EXPECT_EQ(old.elimination.post_check_interval_months, 6);
}

}  // namespace
}  // namespace rg
