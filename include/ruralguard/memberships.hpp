// ruralguard C++ API: statuses that overlap — the memberships a household or a person holds at
// once, the permanent registered-poor history and the 2026 assistance exit (DOMAIN-2026 §7.1 rows
// 7.4 and 7.7, §7.3).
//
// A household (or one of its members) may hold several memberships at the same time, each with
// the authority that identified it, its start, its end (open while absent) and its evidence: a
// 低保 household may also be a monitored household. Ending a membership keeps it (history is
// kept, never overwritten). The registered-poor history 建档立卡/脱贫 is permanent. Pure rules
// here; the store persists them (status_repo.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ruralguard/date.hpp"

namespace rg {

// Membership kinds (values pinned; C: RG_MEMBERSHIP_*). The civil-affairs low-income layers of
// DOMAIN-2026 §7.1 row 7.4 plus the monitored households of the prevention mechanism.
enum class MembershipKind : uint8_t {
  kMonitored = 1,          // 防止返贫致贫对象 (monitoring object)
  kDibao = 2,              // 低保 (minimum living guarantee)
  kTekun = 3,              // 特困 (extreme-poverty support)
  kDibaoEdge = 4,          // 低保边缘 (just above the 低保 line)
  kRigidExpenditure = 5,   // 刚性支出困难 (rigid-expenditure hardship)
  kOtherLowIncome = 6,     // 其他困难人员 (other low income)
};
inline constexpr int kMembershipKindCount = 6;

// Bytes of each text of a membership, history or exit (authority, evidence, assessment, source).
inline constexpr std::size_t kStatusTextMax = 256;

struct Membership {
  int64_t membership_id = 0;     // set by the store
  std::string household_id;      // 户编号
  std::string person_id;         // empty: the whole household; else a member of it
  MembershipKind kind = MembershipKind::kMonitored;
  std::string authority;         // who identified it (e.g. "XX县民政局"); required
  Date start = Date::from_ymd(2021, 1, 1);
  std::optional<Date> end;       // open while absent; inclusive last day
  std::string evidence;          // document or file reference
};

// The household's 建档立卡 history: the year it was registered poor and the year it was lifted
// out (脱贫). Permanent: written once, never deleted or changed (an absent exit year may be
// filled in later).
struct RegisteredPoorHistory {
  std::string household_id;
  int32_t registered_year = 2014;       // 建档立卡 year
  std::optional<int32_t> exit_year;     // 脱贫 year
  std::string source;                   // register or document it comes from; required
};

// Years of the targeted-poverty campaign: registration began in 2014, the last exits were in
// 2020 (DOMAIN.md 1.1; the register closed with the campaign).
inline constexpr int32_t kRegisteredPoorFirstYear = 2014;
inline constexpr int32_t kRegisteredPoorLastYear = 2020;

// A former registered-poor household leaving assistance after an assessment (原建档立卡脱贫人口
// 有序退出帮扶; DOMAIN-2026 §7.1 row 7.7, 2026 中央一号文件 §(八)). Only from 2026-01-01.
struct AssistanceExit {
  std::string household_id;
  Date date = Date::from_ymd(2026, 1, 1);   // exit date
  Date assessment_date = Date::from_ymd(2026, 1, 1);
  std::string assessment;   // reference of the assessment of finances and self-development capacity
  std::string authority;    // who decided
  std::string evidence;
};
inline constexpr int32_t kAssistanceExitFirstYear = 2026;  // exits are dated 2026-01-01 or later

// Checks of one record on its own (the store adds the checks that need other rows). Each throws
// Error(kInvalidArgument) naming the field (unknown kind, missing authority/assessment/source),
// Error(kLimit) for a text over kStatusTextMax bytes, Error(kRange) for an end before the start, a year outside the campaign, an
// exit before 2026 or an assessment after the exit.
void check_membership(const Membership& m);
void check_registered_poor(const RegisteredPoorHistory& h);
void check_assistance_exit(const AssistanceExit& e);

// English code ("dibao") and Chinese name ("低保") of a kind; "" for an unknown value.
[[nodiscard]] std::string_view membership_kind_code(MembershipKind kind);
[[nodiscard]] std::string_view membership_kind_name_zh(MembershipKind kind);
// The kind for a code, or nullopt.
[[nodiscard]] std::optional<MembershipKind> membership_kind_from_code(std::string_view code);

}  // namespace rg
