#include "store/stored_json.hpp"

#include "ruralguard/error.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/policy_set.hpp"

namespace rg::store {

bool same_policy_json(const std::string& stored, const std::string& json) {
  if (stored == json) return true;
  try {
    return policy_to_json(policy_from_json(stored)) == json;
  } catch (const Error&) {
    return false;
  }
}

bool same_policy_set_json(const std::string& stored, const std::string& json) {
  if (stored == json) return true;
  try {
    return policy_set_to_json(policy_set_from_json(stored)) == json;
  } catch (const Error&) {
    return false;
  }
}

}  // namespace rg::store
