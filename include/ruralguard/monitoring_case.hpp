// ruralguard C++ API: monitoring cases 监测对象 — from the first clue to risk eliminated.
//
// A MonitoringCase is a strict state machine (DOMAIN.md 1.6, 1.9, 8.3). Every transition is an
// event with actor, date and note; an invalid one is Error(kState) naming the current state and
// the allowed next steps, and leaves the case unchanged (transitions work on a copy).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/case_roles.hpp"
#include "ruralguard/date.hpp"
#include "ruralguard/elimination.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/risk.hpp"

namespace rg {

// Discovery channels 发现渠道 (values pinned; C: RG_CHANNEL_*).
enum class ClueChannel : uint8_t {
  kSelfDeclared = 1,      // 农户自主申报
  kHotline12317 = 2,      // 12317 热线
  kPhoneApp = 3,          // 手机APP / 小程序 / 一键申报
  kCadreVisit = 4,        // 基层干部排查
  kDepartmentData = 5,    // 部门筛查预警 / 数据比对
  kPlatformAnalysis = 6,  // 平台监测分析
  kSupervision = 7,       // 监督渠道反馈
};

// Case states (values pinned; C: RG_CASE_*).
enum class CaseState : uint8_t {
  kClue = 1,                  // 风险线索: awaiting the home visit
  kVerified = 2,              // 入户核实 + 承诺授权 done
  kCompared = 3,              // 信息比对 done
  kReviewed = 4,              // 村级民主评议 passed
  kNoticed = 5,               // 村内公示 done
  kTownshipApproved = 6,      // 乡镇审核 done
  kMonitored = 7,             // 县级审定: 风险未消除
  kRejected = 8,              // 不纳入 (terminal)
  kEliminationVerified = 9,   // elimination: 入户核实 done
  kEliminationReviewed = 10,  // elimination: 民主评议 passed
  kEliminationNoticed = 11,   // elimination: 公示 done
  kEliminationTownshipApproved = 12,  // elimination: 乡镇审核 done
  kEliminated = 13,           // 风险消除
};

[[nodiscard]] std::string_view case_state_name(CaseState state);

// The states that end a case: a household with a case in neither of them has an open case
// (at most one per household). The store binds these values; no state number is written in SQL.
inline constexpr CaseState kClosedCaseStates[] = {CaseState::kRejected, CaseState::kEliminated};
// Open: neither rejected nor eliminated.
[[nodiscard]] bool is_open_case(CaseState state);
// Identification under way: clue .. township approved.
[[nodiscard]] bool is_identifying(CaseState state);
// Under monitoring (监测中): monitored, or in the elimination procedure before the county's gate.
[[nodiscard]] bool is_under_monitoring(CaseState state);

// The steps a case can take (values pinned; C: RG_STEP_*).
enum class CaseStep : uint8_t {
  kVerify = 1,            // home verification with signed consent
  kCompare = 2,           // information comparison (assets, vehicles, payroll ...)
  kReview = 3,            // democratic review with votes
  kNotice = 4,            // village public notice, once, >= min days
  kTownshipApprove = 5,
  kCountyApprove = 6,     // identification: -> monitored; elimination: -> eliminated (gate checked)
  kReject = 7,            // identification: -> rejected; elimination: back to monitored
  kStartElimination = 8,  // monitored -> elimination procedure
  kRollback = 9,          // eliminated -> monitored (风险消除回退)
  kReassess = 10,         // 预警等级重新评定: the level is derived again (a visit or reassessment)
};
// The highest step value: steps are 1..kLastCaseStep (loops over every step use it).
inline constexpr CaseStep kLastCaseStep = CaseStep::kReassess;

[[nodiscard]] std::string_view case_step_name(CaseStep step);

// Limits of the procedure (DOMAIN.md 8.1 ProcedureLimits). Kept so that old callers compile:
// apply_step and the alert scan read the limits from Policy::procedure (calendar or working
// days, docs/policy-format.md "procedure"); these fields are no longer read.
struct ProcedureLimits {
  int32_t identify_max_days = 15;  // clue found -> county approval, calendar days
  int32_t notice_min_days = 5;     // 公示 at least this many days, counted inclusively
};

struct ContactPerson {
  std::string name;   // 监测联系人
  std::string phone;
  std::string rank;   // e.g. 乡科级领导干部
};

// What a step carries. Only the fields its step uses are read.
struct StepInput {
  CaseStep step = CaseStep::kVerify;
  Date date = Date::from_ymd(2021, 1, 1);
  std::string actor;
  Role role = Role::kUnspecified;        // the actor's role (case_roles.hpp; policy's role model)
  std::string note;
  // kVerify / kReview (identification): the category the village proposes, shown by the running
  // notice until the county records the category (kNone: none proposed).
  MonitoringCategory proposed_category = MonitoringCategory::kNone;
  bool consent_signed = false;           // kVerify (identification): 承诺授权书 signed
  bool comparison_passed = true;         // kCompare: no excluding asset found
  int32_t votes_for = 0;                 // kReview
  int32_t votes_against = 0;
  std::optional<Date> notice_start;      // kNotice
  std::optional<Date> notice_end;
  // kCountyApprove (identification): what is recorded.
  MonitoringCategory category = MonitoringCategory::kNone;
  uint32_t risk_mask = 0;
  WarningLevel level = WarningLevel::kNone;  // also kRollback's and kReassess's new level
  std::optional<ContactPerson> contact;
  // kCountyApprove (elimination): the gate's inputs.
  EliminationKind elimination_kind = EliminationKind::kAided;
};

struct CaseEvent {
  int32_t sequence = 0;
  CaseStep step = CaseStep::kVerify;
  CaseState from = CaseState::kClue;
  CaseState to = CaseState::kClue;
  Date date = Date::from_ymd(2021, 1, 1);
  std::string actor;
  std::string note;
  Role role = Role::kUnspecified;
};

struct MonitoringCase {
  int64_t case_id = 0;
  int64_t household_key = 0;
  ClueChannel channel = ClueChannel::kCadreVisit;
  Date found = Date::from_ymd(2021, 1, 1);  // clue found
  CaseState state = CaseState::kClue;
  MonitoringCategory category = MonitoringCategory::kNone;
  MonitoringCategory proposed_category = MonitoringCategory::kNone;  // by verify / review
  uint32_t risk_mask = 0;
  WarningLevel level = WarningLevel::kNone;
  std::optional<ContactPerson> contact;
  std::optional<Date> identified;   // county approval date (识别监测时间)
  std::optional<Date> notice_start;
  std::optional<Date> notice_end;
  int32_t votes_for = 0;
  int32_t votes_against = 0;
  std::optional<Date> eliminated;
  std::optional<EliminationKind> elimination_kind;
  int32_t rollbacks = 0;
  std::string rejection_reason;
  std::vector<CaseEvent> events;
};

// Everything the elimination gate needs besides the case (the store fills it from households,
// measures and income records).
struct EliminationContext {
  HouseholdFacts household;
  int32_t measures_implemented = 0;
  std::optional<Date> income_stable_since;
};

// The steps allowed from a state.
[[nodiscard]] std::vector<CaseStep> allowed_steps(CaseState state);

// Applies a step and returns the updated case; `c` is not modified. Throws:
//  - Error(kState) for a step not allowed in the current state, naming the state and the allowed
//    steps ("case 12 is in state 'reviewed': step 'township_approve' is not allowed; allowed:
//    notice, reject");
//  - Error(kRefused) when the step is allowed but its rule fails: no signed consent, a notice
//    shorter than the minimum or starting before the review, township review before the notice
//    ended, a missing contact person or category at approval, an elimination gate failure
//    (every failing condition listed);
//  - Error(kRange) for dates before the previous event.
// `elimination` is required for the elimination's county approval.
[[nodiscard]] MonitoringCase apply_step(const MonitoringCase& c, const StepInput& input, const Policy& policy,
                                        const ProcedureLimits& limits = {},
                                        const EliminationContext* elimination = nullptr);

// Days from clue to county approval (or to `as_of` while still open); used for the time limit.
[[nodiscard]] int64_t identification_days(const MonitoringCase& c, Date as_of);

// The village public notice (zh-CN) with ID number, phone, bank account and health redacted: the
// notice shows only the masked household head name given, the village, category and dates.
struct NoticeSubject {
  std::string village_name;
  std::string head_name_masked;   // e.g. "张*"
  std::string household_id;       // 户编号 (not personal)
  int32_t members = 0;
};
[[nodiscard]] std::string render_public_notice(const MonitoringCase& c, const NoticeSubject& subject,
                                               bool elimination);

}  // namespace rg
