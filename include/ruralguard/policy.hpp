// ruralguard C++ API: the monitoring policy (data, not code).
//
// A Policy holds every number the risk rules use for one province and year: the monitoring
// threshold, screening thresholds, scorecard weights, warning cutoffs, visit intervals and the
// elimination rules. Defaults come from DOMAIN.md with sources in docs/policy.md; every value can
// be overridden in the JSON form (docs/policy-format.md), which is validated field by field.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/procedure_policy.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/ratio.hpp"
#include "ruralguard/regime.hpp"

namespace rg {

// Risk types 返贫/致贫风险类型 (DOMAIN.md 1.4). Values are bit positions in risk masks and are
// pinned (C: RG_RISK_*).
enum class RiskType : uint8_t {
  kIllness = 0,              // 因病
  kDisability = 1,           // 因残
  kEducation = 2,            // 因学
  kNaturalDisaster = 3,      // 因自然灾害
  kAccident = 4,             // 因意外事故
  kUnstableEmployment = 5,   // 因务工就业不稳
  kIndustryFailure = 6,      // 因产业项目失败
  kLackOfLabour = 7,         // 缺劳动力
  kHousing = 8,              // 因安全住房
  kDrinkingWater = 9,        // 因安全饮水
  kHighRigidExpenditure = 10,  // 刚性支出大
  kIncomeDrop = 11,          // 收入大幅缩减
  kOther = 12,               // 其他
};
inline constexpr int kRiskTypeCount = 13;

// Stable lower-case code used in JSON and reports ("illness", "lack_of_labour", ...).
[[nodiscard]] std::string_view risk_type_code(RiskType type);
[[nodiscard]] std::optional<RiskType> risk_type_from_code(std::string_view code);

// Items of the one-item veto list 一项否决 that a county may switch on (DOMAIN.md 1.9; the
// national list is not published, so the catalogue is ours: docs/policy.md).
enum class VetoItem : uint8_t {
  kUninsuredMember = 0,       // a member lacks basic medical insurance
  kUnsafeHouse = 1,           // unsafe or damaged house
  kUnsafeWater = 2,           // drinking water not secured
  kChildOutOfSchool = 3,      // compulsory-school-age child out of school
  kSeriousIllness = 4,        // a member has a serious illness
  kIncomeBelowThreshold = 5,  // current per-capita income below the threshold
  kNoContactPerson = 6,       // no monitoring contact person assigned
};
inline constexpr int kVetoItemCount = 7;
[[nodiscard]] std::string_view veto_item_code(VetoItem item);
[[nodiscard]] std::optional<VetoItem> veto_item_from_code(std::string_view code);

// Monitoring threshold 监测范围 for one province and year: a fixed amount, or k x the local
// rural 低保 standard (annual), with optional per-county overrides (6-digit county code).
struct MonitoringThreshold {
  Money amount = Money::from_yuan(6000);  // per capita per year
  std::optional<Ratio> dibao_multiple;    // when set: amount = multiple x dibao_annual
  Money dibao_annual;                     // annual rural 低保 standard per person
  std::map<uint32_t, Money> county_overrides;  // 6-digit county code (500112) -> amount

  // The province-wide amount: `amount`, or the formula rounded half-up to the fen once.
  [[nodiscard]] Money base() const;
  // The threshold for a household in the region with this 12-digit code (county override first).
  [[nodiscard]] Money for_region(uint64_t region_code) const;
};

// Department screening thresholds 部门筛查 (DOMAIN.md 1.5), year-to-date compliant out-of-pocket.
struct ScreeningThresholds {
  Money medical_oop_formerly_poor = Money::from_yuan(5000);  // 脱贫人口 inpatient out-of-pocket
  Money medical_oop_other = Money::from_yuan(20000);         // other rural people
  Money outpatient_special_monthly = Money::from_yuan(500);  // 门特 / outpatient pooling per month
  Money school_cost = Money::from_yuan(10000);               // senior high / vocational per year
  // Rigid expenditure is "large" when medical + school out-of-pocket exceeds this share of the
  // household's net income (Anhui 2020: spending clearly above last year's income).
  Ratio rigid_expenditure_share{1, 1};
  // Income drop: current per-capita income below (1 - share) x the previous period's.
  Ratio income_drop_share{3, 10};
  // Lack of labour: labour-capable members are at most this share of all members.
  Ratio lack_of_labour_share{1, 4};
};

// Points per reason of the transparent scorecard (integers only).
struct ScorecardWeights {
  int32_t income_below_threshold = 30;
  int32_t income_gap_per_tenth = 5;  // per full 10% of the threshold the income falls short
  std::array<int32_t, kRiskTypeCount> risk{20, 15, 15, 20, 20, 10, 10, 15, 40, 40, 20, 15, 10};
  int32_t guarantee_failure = 40;    // per failed 两不愁三保障 / water item
};

// Warning levels by score; any failed guarantee is red regardless of score.
struct WarningCutoffs {
  int32_t blue = 20;
  int32_t yellow = 40;
  int32_t red = 60;
};

// Visit intervals per warning level (DOMAIN.md 1.7 local defaults).
struct VisitIntervals {
  int32_t red_days = 15;
  int32_t yellow_months = 1;
  int32_t blue_months = 3;
};

// Elimination rules 风险消除 (DOMAIN.md 1.9).
struct EliminationRules {
  int32_t min_months_monitored = 6;
  int32_t min_months_income_stable = 6;
  int32_t min_measures_implemented = 1;
  bool forbid_no_labour = true;           // 整户无劳动力: keep tracking, never eliminate
  bool forbid_same_or_next_month = true;  // aided elimination not in the identification month or the next
  std::vector<VetoItem> veto_list{VetoItem::kUninsuredMember, VetoItem::kUnsafeHouse,
                                  VetoItem::kUnsafeWater, VetoItem::kChildOutOfSchool};
  // Follow-up after elimination 消除后跟踪 (DOMAIN.md 1.9 "过渡期内定期更新"; the length is not in the
  // sources ✖, these are local defaults ◐, docs/policy.md): within the window a new clue, alert or
  // failed check rolls the case back; the post-elimination checks fall due every interval.
  int32_t follow_up_months = 12;           // ◐ one yearly income cycle after elimination
  int32_t post_check_interval_months = 6;  // ◐ half-yearly, the stability period of criterion 1
};

// Named bounds of a policy (C: RG_POLICY_ID_MAX, RG_POLICY_JSON_MAX); beyond them Error(kLimit).
inline constexpr std::size_t kPolicyIdBytesMax = 64;        // Policy::id, UTF-8 bytes
inline constexpr std::size_t kPolicySourceBytesMax = 1000;  // Policy::source, UTF-8 bytes
inline constexpr std::size_t kPolicyJsonBytesMax = 1 << 20; // policy_from_json text (1 MiB)

struct Policy {
  std::string id = "default";
  int32_t version = 1;
  std::string province = "00";  // 2-digit province code; "00" = national defaults
  int32_t year = 2021;
  Date effective = Date::from_ymd(2021, 1, 1);
  std::string source;  // where the numbers come from (document number, URL)

  MonitoringThreshold threshold;
  // Transfer income items (transfer_item_code of include/ruralguard/income.hpp) NOT counted in
  // net income; the default is the items DOMAIN.md section 2 lists as one-off or earmarked.
  std::vector<std::string> excluded_income_items{
      "condolence",         "temporary_aid",  "one_off_relief",        "relocation_subsidy",
      "housing_renovation", "pen_renovation", "medical_reimbursement", "student_aid"};
  ScreeningThresholds screening;
  ScorecardWeights weights;
  WarningCutoffs cutoffs;
  VisitIntervals visits;
  EliminationRules elimination;
  // Regime 政策阶段 (DOMAIN-2026 §7.3): absent = the built-in rules of the regime in force on
  // `effective` (regime_rules below); present = this province's own choice (JSON "regime").
  std::optional<RegimeRules> regime;
  // Procedure limits, working-day calendars and the role model (JSON "procedure", issue 16).
  ProcedurePolicy procedure;

  // Throws Error(kRange) naming the first invalid field (negative amounts, cutoffs out of order...).
  void validate() const;
};

class IncomeItemPolicyTable;
// The policy's income-item rule in the form the households module applies (HouseholdColumnOptions,
// income computations): every transfer item counts except excluded_income_items, for the
// policy's province and year, or for every province when the policy is national ("00").
[[nodiscard]] IncomeItemPolicyTable income_item_policies(const Policy& policy);

// The regime rules a policy assesses under: its own `regime`, else builtin_regime_rules of
// regime_for_date(effective).
[[nodiscard]] RegimeRules regime_rules(const Policy& policy);

// The sourced built-in policy for a province and year from the catalogue of docs/policy.md
// (builtin_policy_catalogue in policy_set.hpp). A bad province code or year is Error(kRange); a
// combination the catalogue does not hold is Error(kNotFound) naming it and listing what the
// catalogue has. There is no fallback to the national floor ("00") for a province.
[[nodiscard]] Policy default_policy(std::string_view province, int32_t year);

// JSON form (docs/policy-format.md). from_json rejects unknown fields, wrong types and
// out-of-range values with Error(kParse | kRange) naming the field path, e.g.
// "policy: weights.risk.illness: expected an integer 0..1000, got -3"; text above
// kPolicyJsonBytesMax, an id or source above its maximum, is Error(kLimit).
[[nodiscard]] Policy policy_from_json(std::string_view json_text);
[[nodiscard]] std::string policy_to_json(const Policy& policy);

}  // namespace rg
