// Comparing a policy (or policy set) stored by an earlier release with this release's form.
#pragma once

#include <string>

namespace rg::store {

// Whether `stored` (JSON written by any release) describes the same policy as `json` (this
// release's policy_to_json). Sections added since a policy was stored (procedure limits and roles,
// follow-up parameters, ...) read back as their defaults, so the stored text is compared after one
// round trip through this release's reader; unreadable stored text is never the same.
[[nodiscard]] bool same_policy_json(const std::string& stored, const std::string& json);
// The same for a policy set (policy_set_to_json).
[[nodiscard]] bool same_policy_set_json(const std::string& stored, const std::string& json);

}  // namespace rg::store
