// ruralguard C++ API: risk elimination 风险消除 — may a monitored household be marked safe?
//
// Every condition of DOMAIN.md 1.9 is checked and every failure is listed: the one-item veto
// 一项否决 means a single failure blocks elimination.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/risk.hpp"

namespace rg {

enum class EliminationKind : uint8_t {
  kAided = 1,    // 帮扶消除: the risk was removed by assistance
  kNatural = 2,  // 自然消除: the risk disappeared by itself
};

// What the monitoring case knows (the case issue stores it; callers can also fill it by hand).
struct CaseFacts {
  Date identified = Date::from_ymd(2021, 1, 1);  // 识别监测时间
  MonitoringCategory category = MonitoringCategory::kMarginal;
  int32_t measures_implemented = 0;           // assistance measures with status implemented
  std::optional<Date> income_stable_since;    // income above the threshold continuously since
  bool has_contact_person = true;             // 监测联系人 assigned
  // True when `identified` holds the date of the last rollback 风险消除回退, which restarted the
  // clocks (the messages then name the rollback).
  bool clock_from_rollback = false;
};

// Conditions of the elimination gate (C: RG_ELIM_*; values pinned).
enum class EliminationCondition : uint8_t {
  kMonthsMonitored = 1,       // monitored at least min_months_monitored
  kMeasuresImplemented = 2,   // at least min_measures_implemented measures implemented (aided)
  kIncomeStable = 3,          // income above the threshold for min_months_income_stable months
  kIncomeAboveThreshold = 4,  // current per-capita income at or above the threshold
  kRigidExpenditure = 5,      // large rigid expenditure resolved
  kGuarantees = 6,            // 两不愁三保障 and drinking water secure
  kRisksGone = 7,             // no risk type present any more (identified or new)
  kHasLabour = 8,             // not a household without any labour (整户无劳动力)
  kNotTooSoon = 9,            // aided: not in the identification month or the next one
  kVeto = 10,                 // an item of the policy's veto list holds (`veto` says which)
};

struct EliminationFailure {
  EliminationCondition condition;
  std::optional<VetoItem> veto;
  std::string message_en;
  std::string message_zh;
};

struct EliminationCheck {
  bool eligible = false;
  EliminationKind kind = EliminationKind::kAided;
  std::vector<EliminationFailure> failures;  // empty when eligible
};

// Throws Error(kRange) when as_of precedes the identification date or the facts are inconsistent.
[[nodiscard]] EliminationCheck check_elimination(const CaseFacts& case_facts, const HouseholdFacts& household,
                                                 const Policy& policy, Date as_of, EliminationKind kind);

// Post-elimination consistency checks (DOMAIN.md 1.9, peer rules 4_11_010/012/013, 5_11_013).
struct PostEliminationFacts {
  EliminationKind kind = EliminationKind::kAided;
  Money per_capita_income;   // at elimination
  Money threshold;           // the provincial range that applied
  Money wage_income;
  Money business_income;
  Money transfer_income;
  bool has_employment_or_public_job_measure = false;  // 就业帮扶 / 公益岗位
  bool has_social_security_measure = false;           // 低保 / 特困 / 残疾人补贴
  bool has_industry_measure = false;                  // 产业帮扶
};

struct ConsistencyFinding {
  std::string rule_id;  // "4_11_010", ...
  std::string message_en;
  std::string message_zh;
};

[[nodiscard]] std::vector<ConsistencyFinding> check_post_elimination(const PostEliminationFacts& facts);

}  // namespace rg
