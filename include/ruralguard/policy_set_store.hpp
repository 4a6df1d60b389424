// ruralguard C++ API: policy sets kept in the store (migration 9; DOMAIN-2026 §7.3).
#pragma once

#include <optional>
#include <string>

#include "ruralguard/policy_set.hpp"
#include "ruralguard/store.hpp"

namespace rg {

// Stores the set under (id, version) in one transaction: every member policy (as save_policy:
// a stored (id, version) with other content is Error(kConflict)), the membership by (province,
// year) and the threshold changes. The same content again is a no-op; different content under a
// stored (id, version) is Error(kConflict) and nothing is written.
void save_policy_set(Store& store, const PolicySet& set);
// Loads (id, version), or the highest version when `version` is empty: Error(kNotFound) naming
// it; Error(kLimit) for an id longer than kPolicyIdBytesMax.
[[nodiscard]] PolicySet load_policy_set(Store& store, const std::string& id, std::optional<int32_t> version = {});

}  // namespace rg
