// The alert life cycle and the matching of a scan against stored alerts, as pure rules
// (docs/monitoring.md; the store only commits what reconcile_alerts decides).
#include <gtest/gtest.h>

#include <algorithm>

#include "ruralguard/assistance.hpp"
#include "ruralguard/error.hpp"

namespace rg {
namespace {

Alert alert(AlertKind kind, int64_t case_id, std::string detail = {}) {
  Alert a;
  a.kind = kind;
  a.case_id = case_id;
  a.detail = std::move(detail);
  return a;
}

TEST(AlertLifeCycle, OnlyActiveToAcknowledgedToResolvedIsAllowed) {
  EXPECT_NO_THROW(check_alert_move(1, AlertState::kActive, AlertState::kAcknowledged, "cadre"));
  EXPECT_NO_THROW(check_alert_move(1, AlertState::kAcknowledged, AlertState::kResolved, "cadre"));
  for (auto [from, to] : {std::pair{AlertState::kActive, AlertState::kResolved},
                          std::pair{AlertState::kResolved, AlertState::kAcknowledged},
                          std::pair{AlertState::kAcknowledged, AlertState::kAcknowledged}}) {
    try {
      check_alert_move(7, from, to, "cadre");
      FAIL() << alert_state_name(from) << " -> " << alert_state_name(to) << " was allowed";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kState);
      const std::string m = e.what();
      EXPECT_NE(m.find("alert 7 is " + std::string(alert_state_name(from))), std::string::npos) << m;
      EXPECT_NE(m.find("cannot become " + std::string(alert_state_name(to))), std::string::npos) << m;
    }
  }
}

TEST(AlertLifeCycle, AMoveNeedsWhoMadeIt) {
  try {
    check_alert_move(3, AlertState::kActive, AlertState::kAcknowledged, "");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument);
  }
}

TEST(AlertScan, AnAlertThatStillHoldsIsNotRaisedTwiceAndOneThatNoLongerHoldsIsResolved) {
  const std::vector<Alert> holding{alert(AlertKind::kNoMeasure, 1), alert(AlertKind::kRiskWithoutMeasure, 2, "illness"),
                                   alert(AlertKind::kRiskWithoutMeasure, 2, "housing")};
  const std::vector<OpenAlert> open{{10, AlertKind::kNoMeasure, 1, ""},
                                    {11, AlertKind::kRiskWithoutMeasure, 2, "illness"},
                                    {12, AlertKind::kVisitOverdue, 3, ""}};
  const AlertChanges c = reconcile_alerts(holding, open);
  EXPECT_EQ(c.still_open, 2u);
  ASSERT_EQ(c.raise.size(), 1u);  // same kind and case, another detail: a new alert
  EXPECT_EQ(c.raise[0].detail, "housing");
  EXPECT_EQ(c.resolve, std::vector<int64_t>{12});
}

TEST(AlertScan, NothingHoldingResolvesEveryOpenAlert) {
  const std::vector<OpenAlert> open{{1, AlertKind::kNoMeasure, 5, ""}, {2, AlertKind::kVisitOverdue, 5, ""}};
  AlertChanges c = reconcile_alerts({}, open);
  std::sort(c.resolve.begin(), c.resolve.end());
  EXPECT_EQ(c.resolve, (std::vector<int64_t>{1, 2}));
  EXPECT_TRUE(c.raise.empty());
}

TEST(CaseStates, OpenIdentifyingAndUnderMonitoringPartitionTheStates) {
  for (int s = 1; s <= 13; ++s) {
    const auto state = static_cast<CaseState>(s);
    const bool closed = state == CaseState::kRejected || state == CaseState::kEliminated;
    EXPECT_EQ(is_open_case(state), !closed) << s;
    if (is_open_case(state)) {
      EXPECT_NE(is_identifying(state), is_under_monitoring(state)) << "state " << s << " is in neither or both";
    } else {
      EXPECT_FALSE(is_identifying(state) || is_under_monitoring(state)) << s;
    }
  }
}

}  // namespace
}  // namespace rg
