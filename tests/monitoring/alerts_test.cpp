#include <gtest/gtest.h>

#include <algorithm>

#include "monitoring/case_fixtures.hpp"
#include "ruralguard/assistance.hpp"
#include "ruralguard/error.hpp"

namespace rg {
namespace {

using test::d;

const Policy kPolicy = default_policy("53", 2025);

bool has(const std::vector<Alert>& alerts, AlertKind kind, const std::string& detail = {}) {
  return std::any_of(alerts.begin(), alerts.end(),
                     [&](const Alert& a) { return a.kind == kind && (detail.empty() || a.detail == detail); });
}

Measure measure(MeasureCategory cat, MeasureStatus status) {
  Measure m;
  m.measure_id = 1;
  m.case_id = 42;
  m.category = cat;
  m.status = status;
  m.start = d(2024, 3, 20);
  return m;
}

TEST(Alerts, IdentificationPastTheLimit) {
  MonitoringCase c = test::new_case(d(2024, 3, 1));
  EXPECT_TRUE(scan_alerts({&c, {}, {}, false}, kPolicy, {}, d(2024, 3, 16)).empty());  // 15 days: fine
  const auto alerts = scan_alerts({&c, {}, {}, false}, kPolicy, {}, d(2024, 3, 17));
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].kind, AlertKind::kIdentificationOverdue);
  EXPECT_NE(alerts[0].message.find("16 days"), std::string::npos) << alerts[0].message;
}

TEST(Alerts, MonitoredCaseWithoutMeasuresAndOverdueVisit) {
  const MonitoringCase c = test::identified_case(kPolicy, d(2024, 3, 1));  // red, identified 03-13
  auto alerts = scan_alerts({&c, {}, {}, true}, kPolicy, {}, d(2024, 3, 29));
  EXPECT_TRUE(has(alerts, AlertKind::kNoMeasure));
  EXPECT_TRUE(has(alerts, AlertKind::kVisitOverdue));  // due 03-28 (15 days)
  EXPECT_TRUE(has(alerts, AlertKind::kRiskWithoutMeasure, "illness"));
  const std::vector<Measure> ms{measure(MeasureCategory::kHealth, MeasureStatus::kImplemented)};
  alerts = scan_alerts({&c, ms, d(2024, 3, 27), true}, kPolicy, {}, d(2024, 3, 29));
  EXPECT_TRUE(alerts.empty());
}

TEST(Alerts, LabourWithoutDevelopmentMeasureAfterSixMonths) {
  const MonitoringCase c = test::identified_case(kPolicy, d(2024, 3, 1));
  const std::vector<Measure> ms{measure(MeasureCategory::kHealth, MeasureStatus::kImplemented)};
  EXPECT_FALSE(has(scan_alerts({&c, ms, d(2024, 9, 10), true}, kPolicy, {}, d(2024, 9, 12)),
                   AlertKind::kNoDevelopmentMeasure));  // 6 months end 09-13
  EXPECT_TRUE(has(scan_alerts({&c, ms, d(2024, 9, 10), true}, kPolicy, {}, d(2024, 9, 13)),
                  AlertKind::kNoDevelopmentMeasure));
  EXPECT_FALSE(has(scan_alerts({&c, ms, d(2024, 9, 10), false}, kPolicy, {}, d(2024, 9, 13)),
                   AlertKind::kNoDevelopmentMeasure));  // no labour: security aid is right
}

TEST(Measures, StatusOnlyMovesForward) {
  Measure m = measure(MeasureCategory::kIndustry, MeasureStatus::kPlanned);
  m = advance_measure(m, MeasureStatus::kImplemented);
  EXPECT_THROW((void)advance_measure(m, MeasureStatus::kPlanned), Error);
  m = advance_measure(m, MeasureStatus::kEnded);
  EXPECT_EQ(m.status, MeasureStatus::kEnded);
  Measure bad = measure(MeasureCategory::kIndustry, MeasureStatus::kPlanned);
  bad.end = d(2024, 1, 1);
  EXPECT_THROW(validate_measure(bad), Error);
  EXPECT_TRUE(is_development_measure(MeasureCategory::kPublicWelfareJob));
  EXPECT_FALSE(is_development_measure(MeasureCategory::kSocialSecurity));
}

TEST(Visits, NextVisitFollowsTheLevel) {
  MonitoringCase c = test::identified_case(kPolicy, d(2024, 3, 1));
  EXPECT_EQ(next_visit_due(c, std::nullopt, kPolicy), d(2024, 3, 28));
  c.level = WarningLevel::kYellow;
  EXPECT_EQ(next_visit_due(c, d(2024, 3, 31), kPolicy), d(2024, 4, 30));
  c.level = WarningLevel::kBlue;
  EXPECT_EQ(next_visit_due(c, d(2024, 3, 31), kPolicy), d(2024, 6, 30));
}

}  // namespace
}  // namespace rg
