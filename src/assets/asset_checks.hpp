// Private: field checks shared by capitalisation and the lifecycle calls.
#pragma once

#include <string>

#include "ruralguard/asset.hpp"

namespace rg {

// Throws Error(kInvalidArgument) naming `who` and the field.
void check_management(const std::string& who, const AssetManagement& management);

}  // namespace rg
