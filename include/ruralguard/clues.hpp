// ruralguard C++ API: clues from department data 部门筛查预警.
//
// Departments push records (e.g. year-to-date inpatient out-of-pocket spending per household);
// screening applies the policy's thresholds and raises at most one clue per trigger.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/policy.hpp"

namespace rg {

// Departments (values pinned; C: RG_DEPT_*).
enum class Department : uint8_t {
  kMedicalInsurance = 1,  // 医保
  kEducation = 2,         // 教育
  kHousing = 3,           // 住建
  kWater = 4,             // 水利
  kCivilAffairs = 5,      // 民政
  kDisability = 6,        // 残联
  kEmergency = 7,         // 应急
  kHumanResources = 8,    // 人社
};

// What a record measures (values pinned; C: RG_METRIC_*). Amount metrics are compared with the
// policy's screening thresholds; event metrics always raise a clue.
enum class DeptMetric : uint8_t {
  kInpatientOutOfPocketYtd = 1,  // amount, year to date (threshold by population)
  kOutpatientSpecialMonthly = 2, // amount, one month (门特)
  kSchoolCostYear = 3,           // amount, one school year
  kHouseDamaged = 4,             // event
  kWaterSupplyCut = 5,           // event
  kDisasterLoss = 6,             // event
  kNewDisability = 7,            // event
  kDibaoApplication = 8,         // event
  kJobLoss = 9,                  // event
};

struct DepartmentRecord {
  int64_t household_key = 0;
  Department department = Department::kMedicalInsurance;
  DeptMetric metric = DeptMetric::kInpatientOutOfPocketYtd;
  Money amount;
  Date period = Date::from_ymd(2021, 1, 1);  // the record's date (month or day it covers)
  bool formerly_poor = false;                // population for the medical threshold
};

struct RaisedClue {
  int64_t household_key = 0;
  Department department = Department::kMedicalInsurance;
  DeptMetric metric = DeptMetric::kInpatientOutOfPocketYtd;
  int32_t period_key = 0;  // year (YTD, school year), year*100+month (monthly) or day (events)
  Money amount;
  Date period = Date::from_ymd(2021, 1, 1);
  std::size_t record_index = 0;  // the first record that raised it
};

// Screens a batch. Records below their threshold raise nothing; records that repeat a trigger
// already raised in this batch are counted as duplicates. A record with a negative amount, an
// unknown department or metric, or a metric that does not belong to its department gets its
// status set (Error code) and is skipped. Returns the clues in record order.
struct ScreeningResult {
  std::vector<RaisedClue> clues;
  std::size_t below_threshold = 0;
  std::size_t duplicates = 0;
  std::vector<int32_t> status;  // per record: 0 or an rg_status
};
[[nodiscard]] ScreeningResult screen_department_records(std::span<const DepartmentRecord> records,
                                                        const Policy& policy);

// The deduplication key of a trigger (see RaisedClue::period_key).
[[nodiscard]] int32_t trigger_period_key(DeptMetric metric, Date period);

}  // namespace rg
