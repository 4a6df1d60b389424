// Roles and separation of duties for case steps (include/ruralguard/case_roles.hpp).
#include "ruralguard/case_roles.hpp"

#include <algorithm>

#include "ruralguard/error.hpp"
#include "ruralguard/monitoring_case.hpp"

namespace rg {
namespace {

std::string roles_text(const std::vector<Role>& roles) {
  std::string out;
  for (Role r : roles) out += (out.empty() ? "" : ", ") + std::string(role_name(r));
  return out.empty() ? "none" : out;
}

[[noreturn]] void refuse(const MonitoringCase& c, const std::string& why) {
  throw Error(ErrorCode::kRefused, "case " + std::to_string(c.case_id) + ": " + why);
}

// The step that starts a procedure run: an earlier step of a separated pair is looked for back to
// (and including) the latest of these, so an elimination is not compared with the identification.
bool starts_run(CaseStep s) {
  return s == CaseStep::kStartElimination || s == CaseStep::kRollback;
}

}  // namespace

std::string_view role_name(Role role) {
  switch (role) {
    case Role::kUnspecified:
      return "unspecified";
    case Role::kVillage:
      return "village";
    case Role::kTownship:
      return "township";
    case Role::kCounty:
      return "county";
    case Role::kDepartment:
      return "department";
  }
  return "unknown";
}

std::optional<Role> role_from_name(std::string_view name) {
  for (Role r : {Role::kVillage, Role::kTownship, Role::kCounty, Role::kDepartment}) {
    if (role_name(r) == name) return r;
  }
  return std::nullopt;
}

const StepRoles* RoleModel::roles_of(CaseStep step) const {
  for (const auto& s : steps) {
    if (s.step == step) return &s;
  }
  return nullptr;
}

RoleModel default_role_model() {
  RoleModel m;
  using S = CaseStep;
  const Role v = Role::kVillage, t = Role::kTownship, c = Role::kCounty;
  m.steps = {
      {S::kVerify, {v}},            // 入户核实 by the village committee / 帮扶联系人 ✔
      {S::kCompare, {v, t, c}},     // 信息比对: local practice varies (◐)
      {S::kReview, {v}},            // 村级民主评议 ✔
      {S::kNotice, {v}},            // 村内公示, only in the village ✔
      {S::kTownshipApprove, {t}},   // 乡镇审核 ✔
      {S::kCountyApprove, {c}},     // 县级审定 ✔
      {S::kReject, {v, t, c}},      // 不纳入 at the level that finds it (◐ local choice)
      {S::kStartElimination, {v}},  // elimination's 入户核实 ✔ (mirrors identification)
      {S::kRollback, {c}},          // 风险消除回退 decided by the county (◐ local choice)
      {S::kReassess, {v, t, c}},    // 动态调整 of the warning level at a visit, by whoever visits (◐)
  };
  m.separated = {{S::kVerify, S::kTownshipApprove},
                 {S::kStartElimination, S::kTownshipApprove},
                 {S::kTownshipApprove, S::kCountyApprove}};
  return m;
}

void check_step_role(const MonitoringCase& c, const StepInput& in, const RoleModel& model) {
  const std::string step(case_step_name(in.step));
  if (in.role == Role::kUnspecified) {
    if (model.require_role)
      refuse(c, "step '" + step + "' needs the role of its actor (require_role)");
    return;  // a caller from before roles: documented compatibility (docs/monitoring.md)
  }
  if (role_name(in.role) == "unknown") {
    throw Error(ErrorCode::kInvalidArgument, "case " + std::to_string(c.case_id) +
                                                 ": unknown role " +
                                                 std::to_string(static_cast<int>(in.role)));
  }
  if (const StepRoles* allowed = model.roles_of(in.step);
      allowed != nullptr && std::find(allowed->allowed.begin(), allowed->allowed.end(), in.role) ==
                                allowed->allowed.end()) {
    refuse(c, "step '" + step + "' may not be done by role '" + std::string(role_name(in.role)) +
                  "'; allowed roles: " + roles_text(allowed->allowed));
  }
  for (const auto& pair : model.separated) {
    if (pair.later != in.step) continue;
    for (auto e = c.events.rbegin(); e != c.events.rend(); ++e) {
      if (e->step == pair.earlier && e->role != Role::kUnspecified) {
        if (e->actor == in.actor) {
          refuse(c, "step '" + step + "' by '" + in.actor +
                        "' must be done by someone other than the actor of step '" +
                        std::string(case_step_name(pair.earlier)) + "' (" + e->date.to_string() +
                        ")");
        }
        break;
      }
      if (starts_run(e->step)) break;
    }
  }
}

}  // namespace rg
