#include <gtest/gtest.h>

#include "ruralguard/clues.hpp"
#include "ruralguard/error.hpp"

namespace rg {
namespace {

DepartmentRecord inpatient(int64_t household, const char* amount, Date period, bool formerly_poor) {
  DepartmentRecord r;
  r.household_key = household;
  r.department = Department::kMedicalInsurance;
  r.metric = DeptMetric::kInpatientOutOfPocketYtd;
  r.amount = Money::parse(amount);
  r.period = period;
  r.formerly_poor = formerly_poor;
  return r;
}

TEST(Clues, ThresholdsByPopulationAndDeduplication) {
  const Policy p = default_policy("53", 2025);
  const std::vector<DepartmentRecord> records{
      inpatient(1, "4999.99", Date::from_ymd(2025, 1, 31), true),   // below 5,000
      inpatient(1, "5000.00", Date::from_ymd(2025, 2, 28), true),   // hit
      inpatient(1, "7000.00", Date::from_ymd(2025, 3, 31), true),   // same trigger this year
      inpatient(2, "19999.99", Date::from_ymd(2025, 3, 31), false), // below 20,000
      inpatient(3, "20000.00", Date::from_ymd(2025, 3, 31), false), // hit
      inpatient(1, "6000.00", Date::from_ymd(2026, 1, 31), true),   // next year: a new trigger
  };
  const auto r = screen_department_records(records, p);
  ASSERT_EQ(r.clues.size(), 3u);
  EXPECT_EQ(r.clues[0].household_key, 1);
  EXPECT_EQ(r.clues[0].record_index, 1u);
  EXPECT_EQ(r.clues[1].household_key, 3);
  EXPECT_EQ(r.clues[2].period_key, 2026);
  EXPECT_EQ(r.below_threshold, 2u);
  EXPECT_EQ(r.duplicates, 1u);
}

TEST(Clues, EventsAlwaysRaiseAndBadRecordsAreMarked) {
  const Policy p = default_policy("53", 2025);
  DepartmentRecord disaster;
  disaster.household_key = 9;
  disaster.department = Department::kEmergency;
  disaster.metric = DeptMetric::kDisasterLoss;
  disaster.period = Date::from_ymd(2025, 7, 2);
  DepartmentRecord wrong = disaster;
  wrong.department = Department::kEducation;  // disaster loss is not an education metric
  DepartmentRecord negative = inpatient(4, "-1", Date::from_ymd(2025, 1, 1), false);
  const auto r = screen_department_records(std::vector<DepartmentRecord>{disaster, wrong, negative}, p);
  ASSERT_EQ(r.clues.size(), 1u);
  EXPECT_EQ(r.status[0], 0);
  EXPECT_EQ(r.status[1], static_cast<int32_t>(ErrorCode::kRange));
  EXPECT_EQ(r.status[2], static_cast<int32_t>(ErrorCode::kRange));
}

}  // namespace
}  // namespace rg
