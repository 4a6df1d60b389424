// ruralguard C++ API: who may do a case step — roles 角色 as data (DOMAIN.md 1.6, 8.3).
//
// Each step of a monitoring case is done by an actor holding a role: the village committee
// 村委会 verifies, reviews and publishes the notice; the township 乡镇 approves; the county 县级
// decides. A vendor maps its own users onto these roles; which roles may do which step, and which
// steps must be done by different people (separation of duties), is a RoleModel carried by the
// policy (JSON "procedure.roles", docs/policy-format.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace rg {

enum class CaseStep : uint8_t;  // monitoring_case.hpp
struct MonitoringCase;
struct StepInput;

// Roles (values pinned; C: RG_ROLE_*).
enum class Role : uint8_t {
  kUnspecified = 0,  // a caller from before roles (see RoleModel::require_role)
  kVillage = 1,      // 村委会 (village committee, incl. the 驻村工作队 acting for it)
  kTownship = 2,     // 乡镇
  kCounty = 3,       // 县级 (县乡村振兴部门 / 县委农村工作领导小组)
  kDepartment = 4,   // 部门 (industry departments: they raise clues, DOMAIN.md 1.5)
};
[[nodiscard]] std::string_view role_name(Role role);                      // "village", ...
[[nodiscard]] std::optional<Role> role_from_name(std::string_view name);  // nullopt if unknown

struct StepRoles {
  CaseStep step;
  std::vector<Role> allowed;  // empty: no role may do the step
};

// Two steps the same actor may not both do within one procedure run (identification, or one
// elimination procedure): the actor of `later` must differ from the actor of `earlier`.
struct SeparatedSteps {
  CaseStep earlier;
  CaseStep later;
};

struct RoleModel {
  // When true a step without a role (Role::kUnspecified) is refused; when false such a step is
  // accepted without the role and separation checks (callers from before issue 16).
  bool require_role = false;
  std::vector<StepRoles> steps;  // a step not listed: any role
  std::vector<SeparatedSteps> separated;

  [[nodiscard]] const StepRoles* roles_of(CaseStep step) const;
};

// DOMAIN.md 1.6 defaults: village verifies, compares, reviews, publishes the notice and starts an
// elimination; township approves; county approves and rolls back; village/township/county may
// reject; separation: verify|township_approve, start_elimination|township_approve,
// township_approve|county_approve (docs/monitoring.md marks which are local choices).
[[nodiscard]] RoleModel default_role_model();

// Throws Error(kRefused) when `in` may not be done under `model` on case `c`: a role not allowed
// for the step (naming the step, the role given and the roles allowed), no role while
// require_role, or the same actor as the earlier step of a separated pair (naming both steps).
void check_step_role(const MonitoringCase& c, const StepInput& in, const RoleModel& model);

}  // namespace rg
