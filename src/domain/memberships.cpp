// Memberships, the registered-poor history and the assistance exit: checks of one record
// (memberships.hpp; DOMAIN-2026 §7.1 rows 7.4 and 7.7).
#include "ruralguard/memberships.hpp"

#include <array>

#include "ruralguard/error.hpp"

namespace rg {
namespace {

struct KindName {
  MembershipKind kind;
  std::string_view code;
  std::string_view zh;
};
constexpr std::array<KindName, kMembershipKindCount> kKinds{{
    {MembershipKind::kMonitored, "monitored", "防止返贫致贫对象"},
    {MembershipKind::kDibao, "dibao", "低保"},
    {MembershipKind::kTekun, "tekun", "特困"},
    {MembershipKind::kDibaoEdge, "dibao_edge", "低保边缘"},
    {MembershipKind::kRigidExpenditure, "rigid_expenditure", "刚性支出困难"},
    {MembershipKind::kOtherLowIncome, "other_low_income", "其他困难人员"},
}};

void check_text(std::string_view text, std::string_view what, std::string_view field, bool required) {
  if (required && text.empty()) {
    throw Error(ErrorCode::kInvalidArgument, std::string(what) + ": " + std::string(field) + " is required");
  }
  if (text.size() > kStatusTextMax) {
    throw Error(ErrorCode::kLimit, std::string(what) + ": " + std::string(field) + " of " +
                                                 std::to_string(text.size()) + " bytes exceeds " +
                                                 std::to_string(kStatusTextMax) + " (kStatusTextMax)");
  }
}

}  // namespace

std::string_view membership_kind_code(MembershipKind kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k.code;
  }
  return {};
}

std::string_view membership_kind_name_zh(MembershipKind kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k.zh;
  }
  return {};
}

std::optional<MembershipKind> membership_kind_from_code(std::string_view code) {
  for (const auto& k : kKinds) {
    if (k.code == code) return k.kind;
  }
  return std::nullopt;
}

void check_membership(const Membership& m) {
  const auto k = static_cast<int>(m.kind);
  if (k < 1 || k > kMembershipKindCount) {
    throw Error(ErrorCode::kInvalidArgument,
                "membership: unknown kind " + std::to_string(k) + " (1..6: monitored, dibao, tekun, dibao_edge, "
                                                                  "rigid_expenditure, other_low_income)");
  }
  check_text(m.household_id, "membership", "household_id", true);
  check_text(m.authority, "membership", "authority (the identifying authority)", true);
  check_text(m.evidence, "membership", "evidence", false);
  if (m.end && *m.end < m.start) {
    throw Error(ErrorCode::kRange, "membership " + std::string(membership_kind_code(m.kind)) + ": end " +
                                       m.end->to_string() + " is before start " + m.start.to_string());
  }
}

void check_registered_poor(const RegisteredPoorHistory& h) {
  check_text(h.household_id, "registered-poor history", "household_id", true);
  check_text(h.source, "registered-poor history", "source", true);
  if (h.registered_year < kRegisteredPoorFirstYear || h.registered_year > kRegisteredPoorLastYear) {
    throw Error(ErrorCode::kRange, "registered-poor history: registered year " + std::to_string(h.registered_year) +
                                       " is outside the 建档立卡 years 2014..2020");
  }
  if (h.exit_year && (*h.exit_year < h.registered_year || *h.exit_year > kRegisteredPoorLastYear)) {
    throw Error(ErrorCode::kRange, "registered-poor history: exit year " + std::to_string(*h.exit_year) +
                                       " is outside " + std::to_string(h.registered_year) + "..2020");
  }
}

void check_assistance_exit(const AssistanceExit& e) {
  check_text(e.household_id, "assistance exit", "household_id", true);
  check_text(e.assessment, "assistance exit", "assessment (the reference of the assessment)", true);
  check_text(e.authority, "assistance exit", "authority", true);
  check_text(e.evidence, "assistance exit", "evidence", false);
  if (e.date.year() < kAssistanceExitFirstYear) {
    throw Error(ErrorCode::kRange, "assistance exit on " + e.date.to_string() +
                                       ": former registered-poor households exit assistance from 2026-01-01 "
                                       "(2026 中央一号文件 §(八))");
  }
  if (e.assessment_date > e.date) {
    throw Error(ErrorCode::kRange, "assistance exit on " + e.date.to_string() + ": the assessment of " +
                                       e.assessment_date.to_string() + " comes after it");
  }
}

}  // namespace rg
