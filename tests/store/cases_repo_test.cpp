// Monitoring cases in the store: the whole life of a household with real household records,
// refused steps that change nothing, alert deduplication, and the case report.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "domain/people.hpp"
#include "test_support/fixture_policy.hpp"
#include "monitoring/case_fixtures.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_repo.hpp"
#include "store/store_impl.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

using test::d;
using test::step;

IncomeStatement statement(int year, const char* wage, const char* oop_medical) {
  IncomeStatement s;
  s.household_id = "H1";
  s.period_start = Date::from_ymd(year, 1, 1);
  s.period_end = Date::from_ymd(year, 12, 31);
  s.wage = Money::parse(wage);
  s.oop_medical = Money::parse(oop_medical);
  s.family_size = 2;
  return s;
}

struct World {
  test::TempDir dir;
  Store store{dir.file("cases.db")};
  Policy policy = rg::test::fixture_policy("50", 2024);  // national 6,000 floor
  int64_t household = 0;

  World() {
    HouseholdRepository repo(store);
    repo.upsert_region(make_region(RegionCode::parse("500112001001"), "红星村"));
    household = repo.upsert_household(test::household("H1"));
    Member sick = test::adult("P1", "H1", "1970-01-01", 1);
    sick.health = Health::kSeriousIllness;
    repo.upsert_member(sick);
    repo.upsert_member(test::adult("P2", "H1", "1972-03-03", 2));
    repo.upsert_income(statement(2023, "9000", "30000"));  // 4,500 per person: below 6,000
  }

  DepartmentRecord inpatient(const char* amount, Date period) const {
    DepartmentRecord r;
    r.household_key = household;
    r.department = Department::kMedicalInsurance;
    r.metric = DeptMetric::kInpatientOutOfPocketYtd;
    r.amount = Money::parse(amount);
    r.period = period;
    return r;
  }
};

std::string file_bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

TEST(CasesStore, WholeLifeFromDepartmentAlertToRollback) {
  World w;
  CaseRepository cases(w.store);
  // Department alert: deduplicated on re-ingest.
  auto r = cases.ingest_department_records(std::vector<DepartmentRecord>{w.inpatient("26000", d(2024, 4, 30))}, w.policy);
  EXPECT_EQ(r.clues_raised, 1u);
  EXPECT_EQ(r.cases_opened, 1u);
  r = cases.ingest_department_records(std::vector<DepartmentRecord>{w.inpatient("27000", d(2024, 5, 31))}, w.policy);
  EXPECT_EQ(r.clues_raised, 0u);
  EXPECT_EQ(r.duplicates, 1u);
  const int64_t id = *cases.open_case_of(w.household);

  // Identification in 12 days.
  cases.advance(id, test::verify(d(2024, 5, 1)), w.policy);
  cases.advance(id, step(CaseStep::kCompare, d(2024, 5, 2)), w.policy);
  cases.advance(id, test::review(d(2024, 5, 3), 30, 1), w.policy);
  cases.advance(id, test::notice(d(2024, 5, 4), d(2024, 5, 8)), w.policy);
  cases.advance(id, step(CaseStep::kTownshipApprove, d(2024, 5, 9)), w.policy);
  MonitoringCase c = cases.advance(id, test::approve_identification(d(2024, 5, 12)), w.policy);
  EXPECT_EQ(c.state, CaseState::kMonitored);
  EXPECT_EQ(identification_days(c, d(2024, 5, 12)), 12);

  // Alerts: no measure yet, risk without measure; raised once, not twice.
  auto scan = cases.scan_alerts(w.policy, d(2024, 5, 13));
  EXPECT_GE(scan.raised, 2u);
  EXPECT_EQ(cases.scan_alerts(w.policy, d(2024, 5, 13)).raised, 0u);

  // Measures and visits.
  Measure health;
  health.case_id = id;
  health.category = MeasureCategory::kHealth;
  health.content = "医疗救助";
  health.start = d(2024, 5, 15);
  health.planned_amount = Money::from_yuan(10000);
  const int64_t mid = cases.add_measure(health, "王干部");
  cases.set_measure_status(mid, MeasureStatus::kImplemented, d(2024, 6, 1), "王干部");
  Measure job = health;
  job.category = MeasureCategory::kPublicWelfareJob;
  job.content = "护林员";
  cases.set_measure_status(cases.add_measure(job, "王干部"), MeasureStatus::kImplemented, d(2024, 6, 1), "王干部");
  for (Date v = d(2024, 5, 25); v <= d(2024, 11, 30); v = v.add_days(14)) cases.record_visit({id, v, "王干部", "稳定"});
  scan = cases.scan_alerts(w.policy, d(2024, 12, 1));
  EXPECT_EQ(scan.raised, 0u);
  EXPECT_GE(scan.auto_resolved, 2u);  // the measure alerts no longer hold
  EXPECT_TRUE(cases.list_alerts(AlertState::kActive).empty());

  // Elimination too early and with income still low: refused, every failure named, nothing changed.
  cases.advance(id, step(CaseStep::kStartElimination, d(2024, 10, 20)), w.policy);
  cases.advance(id, test::review(d(2024, 10, 21), 20, 0), w.policy);
  cases.advance(id, test::notice(d(2024, 10, 22), d(2024, 10, 26)), w.policy);
  cases.advance(id, step(CaseStep::kTownshipApprove, d(2024, 10, 28)), w.policy);
  const auto events_before = cases.load_case(id).events.size();
  try {
    (void)cases.advance(id, step(CaseStep::kCountyApprove, d(2024, 11, 1)), w.policy, d(2024, 6, 1));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kRefused);
    const std::string msg = e.what();
    EXPECT_NE(msg.find("monitored 5 whole months"), std::string::npos) << msg;
    EXPECT_NE(msg.find("below the threshold 6,000.00"), std::string::npos) << msg;
  }
  EXPECT_EQ(cases.load_case(id).events.size(), events_before);
  EXPECT_EQ(cases.load_case(id).state, CaseState::kEliminationTownshipApproved);

  // Income recovered (2024: 16,000 per person, medical costs down), six months on: granted.
  HouseholdRepository(w.store).upsert_income(statement(2024, "32000", "2000"));
  c = cases.advance(id, step(CaseStep::kCountyApprove, d(2025, 1, 10)), w.policy, d(2024, 6, 1));
  EXPECT_EQ(c.state, CaseState::kEliminated);
  EXPECT_FALSE(cases.open_case_of(w.household).has_value());

  // Rollback: the illness returns.
  c = cases.advance(id, step(CaseStep::kRollback, d(2025, 4, 1), "复发住院"), w.policy);
  EXPECT_EQ(c.state, CaseState::kMonitored);
  EXPECT_EQ(cases.load_case(id).events.size(), events_before + 2);
  EXPECT_EQ(cases.load_case(id).rollbacks, 1);
}

TEST(CasesStore, RefusedStepsChangeNothingInTheFile) {
  World w;
  CaseRepository cases(w.store);
  const int64_t id = cases.open_case(w.household, ClueChannel::kHotline12317, d(2024, 3, 1), "12317 来电");
  cases.advance(id, test::verify(d(2024, 3, 2)), w.policy);
  cases.advance(id, step(CaseStep::kCompare, d(2024, 3, 3)), w.policy);
  cases.advance(id, test::review(d(2024, 3, 4), 10, 1), w.policy);
  // Move everything into the main file, then compare the main file and the WAL afterwards.
  rg::store::database_of(w.store).sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
  const std::string before = file_bytes(w.dir.file("cases.db")) + "|" + file_bytes(w.dir.file("cases.db-wal"));
  EXPECT_THROW((void)cases.advance(id, step(CaseStep::kTownshipApprove, d(2024, 3, 5)), w.policy), Error);  // skip notice
  EXPECT_THROW((void)cases.advance(id, test::notice(d(2024, 3, 5), d(2024, 3, 7)), w.policy), Error);  // 3 days
  EXPECT_THROW((void)cases.advance(id, test::approve_identification(d(2024, 3, 6)), w.policy), Error);
  EXPECT_THROW((void)cases.open_case(w.household, ClueChannel::kCadreVisit, d(2024, 3, 6), "again"), Error);
  EXPECT_THROW((void)cases.open_case(999, ClueChannel::kCadreVisit, d(2024, 3, 6), "unknown"), Error);
  EXPECT_EQ(file_bytes(w.dir.file("cases.db")) + "|" + file_bytes(w.dir.file("cases.db-wal")), before);
  EXPECT_EQ(cases.load_case(id).state, CaseState::kReviewed);
}

TEST(CasesStore, AlertsMoveActiveAcknowledgedResolved) {
  World w;
  CaseRepository cases(w.store);
  (void)cases.open_case(w.household, ClueChannel::kSelfDeclared, d(2024, 3, 1), "申报");
  EXPECT_EQ(cases.scan_alerts(w.policy, d(2024, 3, 20)).raised, 1u);  // identification overdue
  const auto alerts = cases.list_alerts(AlertState::kActive);
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].alert.kind, AlertKind::kIdentificationOverdue);
  EXPECT_THROW(cases.resolve_alert(alerts[0].alert_id, "李", d(2024, 3, 21), "done"), Error);  // must ack first
  cases.acknowledge_alert(alerts[0].alert_id, "李", d(2024, 3, 21), "在办");
  cases.resolve_alert(alerts[0].alert_id, "李", d(2024, 3, 22), "已处理");
  EXPECT_EQ(cases.list_alerts(AlertState::kResolved).size(), 1u);
  EXPECT_THROW(cases.acknowledge_alert(alerts[0].alert_id, "李", d(2024, 3, 23), ""), Error);
}

TEST(CasesStore, ReportCountsAndShares) {
  World w;
  CaseRepository cases(w.store);
  const int64_t id = cases.open_case(w.household, ClueChannel::kCadreVisit, d(2024, 3, 1), "走访");
  cases.advance(id, test::verify(d(2024, 3, 2)), w.policy);
  cases.advance(id, step(CaseStep::kCompare, d(2024, 3, 3)), w.policy);
  cases.advance(id, test::review(d(2024, 3, 4), 10, 1), w.policy);
  cases.advance(id, test::notice(d(2024, 3, 5), d(2024, 3, 9)), w.policy);
  cases.advance(id, step(CaseStep::kTownshipApprove, d(2024, 3, 10)), w.policy);
  cases.advance(id, test::approve_identification(d(2024, 3, 11)), w.policy);
  auto r = cases.report(w.policy, d(2024, 4, 1));
  EXPECT_EQ(r.under_monitoring, 1);
  EXPECT_EQ(r.with_measure, 0);
  EXPECT_EQ(r.measure_coverage(), Ratio());
  EXPECT_EQ(r.average_identification_days(), Ratio(10, 1));
  EXPECT_EQ(r.overdue_visits, 1);  // red: due 03-26
  EXPECT_EQ(r.by_category[MonitoringCategory::kMarginal], 1);
}

}  // namespace
}  // namespace rg
