// A case over time in the store (issue 16 part C): the level is derived again after visits and
// reassessments, a rollback restarts every clock, a clue or failed check on an eliminated
// household within the follow-up window re-identifies its case, alert scans cover eliminated
// cases, and the income-stable date is derived from the statements.
#include <gtest/gtest.h>

#include "domain/people.hpp"
#include "monitoring/case_fixtures.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_repo.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

using test::d;
using test::step;

IncomeStatement statement(Date start, Date end, const char* wage, const char* oop_medical,
                          const char* business = "0") {
  IncomeStatement s;
  s.household_id = "H1";
  s.period_start = start;
  s.period_end = end;
  s.wage = Money::parse(wage);
  s.business_income = Money::parse(business);
  s.oop_medical = Money::parse(oop_medical);
  s.family_size = 2;
  return s;
}

// A Yunnan household (8,700 yuan ✔) with a seriously ill member, poor in 2023 (4,500 per person),
// identified on 2024-05-12 (red), with one implemented health measure.
struct World {
  test::TempDir dir;
  Store store{dir.file("case_time.db")};
  Policy policy = default_policy("53", 2025);
  int64_t household = 0;
  int64_t case_id = 0;
  CaseRepository cases{store};

  World() {
    HouseholdRepository repo(store);
    repo.upsert_region(make_region(RegionCode::parse("530102001001"), "红星村"));
    Household h = test::household("H1");
    h.region = RegionCode::parse("530102001001");
    household = repo.upsert_household(h);
    Member sick = test::adult("P1", "H1", "1970-01-01", 1);
    sick.health = Health::kSeriousIllness;
    repo.upsert_member(sick);
    repo.upsert_member(test::adult("P2", "H1", "1972-03-03", 2));
    repo.upsert_income(statement(d(2023, 1, 1), d(2023, 12, 31), "9000", "30000"));
    case_id = cases.open_case(household, ClueChannel::kCadreVisit, d(2024, 4, 30), "住院");
    cases.advance(case_id, test::verify(d(2024, 5, 1)), policy);
    cases.advance(case_id, step(CaseStep::kCompare, d(2024, 5, 2)), policy);
    cases.advance(case_id, test::review(d(2024, 5, 3), 30, 1), policy);
    cases.advance(case_id, test::notice(d(2024, 5, 4), d(2024, 5, 8)), policy);
    cases.advance(case_id, step(CaseStep::kTownshipApprove, d(2024, 5, 9)), policy);
    cases.advance(case_id, test::approve_identification(d(2024, 5, 12)), policy);
    Measure health;
    health.case_id = case_id;
    health.category = MeasureCategory::kHealth;
    health.content = "医疗救助";
    health.start = d(2024, 5, 15);
    health.planned_amount = Money::from_yuan(10000);
    cases.set_measure_status(cases.add_measure(health, "王干部"), MeasureStatus::kImplemented, d(2024, 6, 1), "王干部");
  }

  void recover_income() {
    HouseholdRepository(store).upsert_income(statement(d(2024, 1, 1), d(2024, 12, 31), "32000", "2000"));
  }

  // The elimination procedure from `start` to the county's approval 9 days later.
  MonitoringCase eliminate(Date start, std::optional<Date> caller_stable_since = {}) {
    cases.advance(case_id, step(CaseStep::kStartElimination, start), policy);
    cases.advance(case_id, test::review(start.add_days(1), 20, 0), policy);
    cases.advance(case_id, test::notice(start.add_days(2), start.add_days(6)), policy);
    cases.advance(case_id, step(CaseStep::kTownshipApprove, start.add_days(7)), policy);
    return cases.advance(case_id, step(CaseStep::kCountyApprove, start.add_days(8)), policy, caller_stable_since);
  }
};

// DOMAIN.md 1.9 + 8.3: 风险消除回退 restarts the clocks; elimination needs 6 months monitored
// again, counted from the rollback (issue 16: a household was eliminated again 9 days after a
// rollback).
TEST(CaseTime, EliminationNineDaysAfterARollbackIsRefusedNamingTheMonthsSinceTheRollback) {
  World w;
  w.recover_income();
  ASSERT_EQ(w.eliminate(d(2025, 1, 2), d(2024, 6, 1)).state, CaseState::kEliminated);
  w.cases.advance(w.case_id, step(CaseStep::kRollback, d(2025, 4, 1), "复发住院"), w.policy);
  const auto events = w.cases.load_case(w.case_id).events.size();
  try {
    (void)w.eliminate(d(2025, 4, 2), d(2024, 6, 1));  // county approval on 2025-04-10
    FAIL() << "eliminated 9 days after the rollback";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kRefused);
    const std::string msg = e.what();
    EXPECT_NE(msg.find("monitored 0 whole months since the rollback of 2025-04-01, needs 6"), std::string::npos) << msg;
    EXPECT_NE(msg.find("aided elimination in the identification month or the month after"), std::string::npos) << msg;
  }
  EXPECT_EQ(w.cases.load_case(w.case_id).state, CaseState::kEliminationTownshipApproved);
  EXPECT_EQ(w.cases.load_case(w.case_id).events.size(), events + 4);  // the refused approval wrote nothing
}

// DOMAIN.md 1.7: the colour is derived again at every visit and reassessment; each change is a
// case event kept in the level history, and the visit schedule follows the new colour.
TEST(CaseTime, AVisitReassessmentChangesTheColourAndTheVisitSchedule) {
  World w;
  ASSERT_EQ(w.cases.load_case(w.case_id).level, WarningLevel::kRed);
  // A visit that records its finding as a level.
  VisitOutcome v = w.cases.record_visit({w.case_id, d(2024, 6, 10), "王干部", "病情稳定"}, w.policy, true,
                                        WarningLevel::kYellow);
  EXPECT_TRUE(v.level_changed);
  EXPECT_EQ(v.level, WarningLevel::kYellow);
  MonitoringCase c = w.cases.load_case(w.case_id);
  EXPECT_EQ(c.level, WarningLevel::kYellow);
  EXPECT_EQ(c.events.back().step, CaseStep::kReassess);
  EXPECT_EQ(next_visit_due(c, w.cases.last_visit(w.case_id), w.policy), d(2024, 7, 10));  // yellow: monthly
  // A plain visit changes nothing.
  v = w.cases.record_visit({w.case_id, d(2024, 7, 1), "王干部", "走访"}, w.policy, false);
  EXPECT_FALSE(v.level_changed);
  // Reassessed from the household's current facts: income recovered and costs down, so the
  // policy's scorecard no longer says yellow; a monitored case keeps at least blue.
  w.recover_income();
  c = w.cases.reassess(w.case_id, w.policy, d(2025, 1, 5), "李镇长");
  EXPECT_EQ(c.level, WarningLevel::kBlue);
  EXPECT_EQ(next_visit_due(c, w.cases.last_visit(w.case_id), w.policy), d(2024, 10, 1));  // blue: quarterly
  const auto history = w.cases.level_history(w.case_id);
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[0].step, CaseStep::kCountyApprove);
  EXPECT_EQ(history[0].to, WarningLevel::kRed);
  EXPECT_EQ(history[1].from, WarningLevel::kRed);
  EXPECT_EQ(history[1].to, WarningLevel::kYellow);
  EXPECT_EQ(history[1].date, d(2024, 6, 10));
  EXPECT_EQ(history[2].to, WarningLevel::kBlue);
  EXPECT_EQ(history[2].step, CaseStep::kReassess);
}

// DOMAIN.md 1.9 + 8.3 (ELIMINATED -> ACTIVE on a new risk): a department alert on an eliminated
// household within the follow-up window rolls its case back instead of opening a second case.
TEST(CaseTime, ADepartmentClueWithinTheFollowUpWindowRollsTheEliminatedCaseBack) {
  World w;
  w.recover_income();
  ASSERT_EQ(w.eliminate(d(2025, 1, 2)).state, CaseState::kEliminated);
  DepartmentRecord r;
  r.household_key = w.household;
  r.department = Department::kMedicalInsurance;
  r.metric = DeptMetric::kInpatientOutOfPocketYtd;
  r.amount = Money::parse("26000");
  r.period = d(2025, 5, 31);
  const IngestResult result = w.cases.ingest_department_records(std::vector<DepartmentRecord>{r}, w.policy);
  EXPECT_EQ(result.clues_raised, 1u);
  EXPECT_EQ(result.cases_opened, 0u);
  EXPECT_EQ(result.cases_rolled_back, 1u);
  EXPECT_EQ(w.cases.open_case_of(w.household), w.case_id);
  const MonitoringCase c = w.cases.load_case(w.case_id);
  EXPECT_EQ(c.state, CaseState::kMonitored);
  EXPECT_EQ(c.rollbacks, 1);
  EXPECT_EQ(monitoring_clock_start(c), d(2025, 5, 31));
}

// DOMAIN.md 1.9: the same for a clue of another channel; after the window a clue opens a new case;
// without the policy the window cannot be known, so the clue is refused, not a second case.
TEST(CaseTime, AClueReidentifiesWithinTheWindowAndOpensANewCaseAfterIt) {
  World w;
  w.recover_income();
  ASSERT_EQ(w.eliminate(d(2025, 1, 2)).state, CaseState::kEliminated);  // eliminated 2025-01-10
  EXPECT_THROW((void)w.cases.open_case(w.household, ClueChannel::kHotline12317, d(2025, 3, 1), "12317"), Error);
  EXPECT_FALSE(w.cases.open_case_of(w.household).has_value());
  const ClueOutcome in_window = w.cases.open_clue(w.household, ClueChannel::kHotline12317, d(2025, 3, 1), "12317", w.policy);
  EXPECT_TRUE(in_window.reidentified);
  EXPECT_EQ(in_window.case_id, w.case_id);
  // Eliminated again later; a clue after the 12-month window opens a new case.
  World late;
  late.recover_income();
  ASSERT_EQ(late.eliminate(d(2025, 1, 2)).state, CaseState::kEliminated);
  const ClueOutcome after = late.cases.open_clue(late.household, ClueChannel::kSelfDeclared, d(2026, 1, 11), "申报",
                                                 late.policy);
  EXPECT_FALSE(after.reidentified);
  EXPECT_NE(after.case_id, late.case_id);
}

// DOMAIN.md 1.9 (after elimination, 4_11_010/012/013, 5_11_013): alert scans cover eliminated
// cases in the follow-up window; the check falls due on the policy's schedule, a passing check
// resolves the alert, a failed one rolls the case back.
TEST(CaseTime, PostEliminationChecksRunOnTheScheduleRaiseAlertsAndRollBackOnFailure) {
  World w;
  w.recover_income();
  ASSERT_EQ(w.eliminate(d(2025, 1, 2)).state, CaseState::kEliminated);  // 2025-01-10
  EXPECT_EQ(w.cases.scan_alerts(w.policy, d(2025, 7, 9)).raised, 0u);
  EXPECT_EQ(w.cases.scan_alerts(w.policy, d(2025, 7, 10)).raised, 1u);  // 6 months: check due
  auto alerts = w.cases.list_alerts(AlertState::kActive);
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].alert.kind, AlertKind::kPostEliminationCheckDue);
  EXPECT_EQ(alerts[0].alert.case_id, w.case_id);
  const PostEliminationCheckRecord passed = w.cases.check_after_elimination(w.case_id, w.policy, d(2025, 7, 12), "王干部");
  EXPECT_TRUE(passed.findings.empty());
  EXPECT_FALSE(passed.rolled_back);
  EXPECT_EQ(w.cases.scan_alerts(w.policy, d(2025, 7, 13)).auto_resolved, 1u);
  // An industry measure with no business income: 5_11_013 fails, the case is rolled back.
  Measure industry;
  industry.case_id = w.case_id;
  industry.category = MeasureCategory::kIndustry;
  industry.content = "庭院经济";
  industry.start = d(2025, 8, 1);
  w.cases.set_measure_status(w.cases.add_measure(industry, "王干部"), MeasureStatus::kImplemented, d(2025, 8, 2), "王干部");
  const PostEliminationCheckRecord failed = w.cases.check_after_elimination(w.case_id, w.policy, d(2025, 9, 1), "王干部");
  ASSERT_EQ(failed.findings.size(), 1u);
  EXPECT_EQ(failed.findings[0].rule_id, "5_11_013");
  EXPECT_TRUE(failed.rolled_back);
  EXPECT_EQ(w.cases.load_case(w.case_id).state, CaseState::kMonitored);
  const auto stored = w.cases.post_elimination_checks(w.case_id);
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[1].findings.at(0).rule_id, "5_11_013");
  EXPECT_TRUE(stored[1].rolled_back);
  // Not eliminated any more: no further check.
  EXPECT_THROW((void)w.cases.check_after_elimination(w.case_id, w.policy, d(2025, 9, 2), "王干部"), Error);
}

// DOMAIN.md 1.9: outside the follow-up window no check is due and none can be recorded.
TEST(CaseTime, NoPostEliminationCheckAfterTheFollowUpWindow) {
  World w;
  w.recover_income();
  ASSERT_EQ(w.eliminate(d(2025, 1, 2)).state, CaseState::kEliminated);
  EXPECT_EQ(w.cases.scan_alerts(w.policy, d(2026, 1, 11)).raised, 0u);
  try {
    (void)w.cases.check_after_elimination(w.case_id, w.policy, d(2026, 1, 11), "王干部");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kRefused);
    EXPECT_NE(std::string(e.what()).find("outside the follow-up window 2025-01-10 to 2026-01-10"), std::string::npos)
        << e.what();
  }
  EXPECT_TRUE(w.cases.post_elimination_checks(w.case_id).empty());
}

// DOMAIN.md 1.9 criterion 1 and DESIGN.md 7: the income-stable date is derived from the income
// statements; a caller's earlier date is refused naming both dates.
TEST(CaseTime, TheIncomeStableDateIsDerivedFromTheStatementsNotAsserted) {
  World w;
  // Below the threshold up to mid-2024, above in the calendar year 2024: stable since 2024-07-01
  // (the overlapping period only proves the months after the low one).
  HouseholdRepository repo(w.store);
  repo.upsert_income(statement(d(2023, 7, 1), d(2024, 6, 30), "9000", "30000"));
  w.recover_income();
  EXPECT_EQ(w.cases.income_stable_since(w.case_id, w.policy, d(2025, 1, 10)), d(2024, 7, 1));
  EXPECT_EQ(w.cases.income_stable_since(w.case_id, w.policy, d(2024, 12, 30)), std::nullopt);
  try {
    (void)w.eliminate(d(2025, 1, 2), d(2024, 3, 1));
    FAIL() << "the caller's income-stable date was taken";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kRefused);
    const std::string msg = e.what();
    EXPECT_NE(msg.find("2024-03-01"), std::string::npos) << msg;
    EXPECT_NE(msg.find("derived from the income statements, 2024-07-01"), std::string::npos) << msg;
  }
  // Without a caller's date the derived one governs: 2024-07-01 + 6 months <= 2025-01-10.
  EXPECT_EQ(w.cases.advance(w.case_id, step(CaseStep::kCountyApprove, d(2025, 1, 10)), w.policy).state,
            CaseState::kEliminated);
}

}  // namespace
}  // namespace rg
