// The whole life of one household, as the acceptance test describes it: department alert
// -> identification within 15 days -> measures -> visits -> elimination refused (with the failing
// conditions) -> elimination granted -> rollback.
#include <gtest/gtest.h>

#include "monitoring/case_fixtures.hpp"
#include "ruralguard/assistance.hpp"
#include "ruralguard/clues.hpp"
#include "ruralguard/error.hpp"

namespace rg {
namespace {

using test::d;
using test::step;

TEST(CaseLifecycle, FromDepartmentAlertToEliminationAndRollback) {
  const Policy policy = default_policy("53", 2025);

  // 1. The medical-insurance bureau pushes year-to-date inpatient out-of-pocket spending.
  DepartmentRecord rec;
  rec.household_key = 7;
  rec.department = Department::kMedicalInsurance;
  rec.metric = DeptMetric::kInpatientOutOfPocketYtd;
  rec.amount = Money::from_yuan(26000);
  rec.period = d(2024, 4, 30);
  const auto screened = screen_department_records(std::vector<DepartmentRecord>{rec}, policy);
  ASSERT_EQ(screened.clues.size(), 1u);

  // 2. Identification within 15 days of the clue.
  MonitoringCase c = test::new_case(d(2024, 5, 5));
  c = apply_step(c, test::verify(d(2024, 5, 6)), policy);
  c = apply_step(c, step(CaseStep::kCompare, d(2024, 5, 7)), policy);
  c = apply_step(c, test::review(d(2024, 5, 8), 25, 1), policy);
  c = apply_step(c, test::notice(d(2024, 5, 9), d(2024, 5, 13)), policy);
  c = apply_step(c, step(CaseStep::kTownshipApprove, d(2024, 5, 15)), policy);
  c = apply_step(c, test::approve_identification(d(2024, 5, 17)), policy);
  ASSERT_EQ(c.state, CaseState::kMonitored);
  EXPECT_LE(identification_days(c, d(2024, 6, 1)), 15);
  EXPECT_TRUE(scan_alerts({&c, {}, {}, true}, policy, {}, d(2024, 5, 17)).size() >= 2);  // no measure yet

  // 3. Measures: health aid for the illness and a public-welfare job for the worker.
  Measure health;
  health.measure_id = 1;
  health.case_id = c.case_id;
  health.category = MeasureCategory::kHealth;
  health.content = "医疗救助 + 大病保险二次报销";
  health.start = d(2024, 5, 20);
  health.planned_amount = Money::from_yuan(8000);
  validate_measure(health);
  health = advance_measure(health, MeasureStatus::kImplemented);
  Measure job = health;
  job.measure_id = 2;
  job.category = MeasureCategory::kPublicWelfareJob;
  job.content = "护林员公益岗位";
  job.planned_amount = Money::from_yuan(6000);
  const std::vector<Measure> measures{health, job};

  // 4. Visits on the red schedule keep the alerts quiet.
  std::optional<Date> last_visit;
  for (Date v = d(2024, 5, 30); v < d(2024, 12, 1); v = v.add_days(14)) last_visit = v;
  const auto quiet = scan_alerts({&c, measures, last_visit, true}, policy, {}, d(2024, 12, 1));
  EXPECT_TRUE(quiet.empty()) << quiet.front().message;

  // 5. Elimination, first too early: the gate lists the failing conditions; nothing changes.
  HouseholdFacts h;
  h.region_code = 530122001001ULL;
  h.kind = HouseholdKind::kOrdinary;
  h.per_capita_income = Money::from_yuan(11000);
  h.net_income = Money::from_yuan(44000);
  h.income_period_end = d(2024, 10, 31);
  h.members = 4;
  h.labour_capable = 2;
  h.seriously_ill = 1;
  h.medical_out_of_pocket = Money::from_yuan(3000);
  EliminationContext ctx{h, 1, d(2024, 9, 1)};
  MonitoringCase e = apply_step(c, step(CaseStep::kStartElimination, d(2024, 11, 1)), policy);
  e = apply_step(e, test::review(d(2024, 11, 2), 20, 0), policy);
  e = apply_step(e, test::notice(d(2024, 11, 3), d(2024, 11, 7)), policy);
  e = apply_step(e, step(CaseStep::kTownshipApprove, d(2024, 11, 8)), policy);
  StepInput approve = step(CaseStep::kCountyApprove, d(2024, 11, 10));
  try {
    (void)apply_step(e, approve, policy, {}, &ctx);
    FAIL() << "elimination should be refused";
  } catch (const Error& err) {
    EXPECT_EQ(err.code(), ErrorCode::kRefused);
    const std::string msg = err.what();
    EXPECT_NE(msg.find("monitored 5 whole months"), std::string::npos) << msg;
    EXPECT_NE(msg.find("income stable only since 2024-09-01"), std::string::npos) << msg;
  }
  EXPECT_EQ(e.state, CaseState::kEliminationTownshipApproved);

  // 6. Later, with six months monitored and six months of stable income, it is granted.
  approve.date = d(2025, 3, 5);
  ctx.household.income_period_end = d(2025, 2, 28);
  e = apply_step(e, approve, policy, {}, &ctx);
  EXPECT_EQ(e.state, CaseState::kEliminated);
  EXPECT_EQ(e.elimination_kind, EliminationKind::kAided);
  EXPECT_EQ(e.eliminated, d(2025, 3, 5));

  // 7. The risk comes back: roll back to monitored; the history keeps every step.
  e = apply_step(e, step(CaseStep::kRollback, d(2025, 6, 1), "复发住院"), policy);
  EXPECT_EQ(e.state, CaseState::kMonitored);
  EXPECT_EQ(e.rollbacks, 1);
  EXPECT_FALSE(e.eliminated.has_value());
  EXPECT_EQ(e.events.size(), 12u);
  EXPECT_EQ(e.events.back().note, "复发住院");
}

}  // namespace
}  // namespace rg
