// Private: the "procedure" section of the policy JSON (limits, calendars, roles; issue 16),
// kept beside policy_json.cpp so that each section's reader stays small.
#pragma once

#include <nlohmann/json.hpp>

#include "ruralguard/procedure_policy.hpp"

namespace rg {

// Throws Error(kParse) naming the field ("policy: procedure.roles.steps.verify[0]: unknown role
// 'mayor'"); a limit naming an unknown calendar is left to ProcedurePolicy::validate (kNotFound).
[[nodiscard]] ProcedurePolicy decode_procedure_json(const nlohmann::json& section);
[[nodiscard]] nlohmann::json encode_procedure_json(const ProcedurePolicy& p);

}  // namespace rg
