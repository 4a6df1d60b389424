// Private: rg_case_step grew at its end in issue 16 (role, proposed_category). A caller built
// against an older header passes a smaller struct_size: it is accepted down to the old size and
// read into a full struct whose new fields are zero (RG_ROLE_UNSPECIFIED, RG_CATEGORY_NONE).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "capi/args.hpp"
#include "ruralguard/ruralguard.h"

namespace rg::capi {

// The size of rg_case_step before issue 16 (ruralguard 0.1.0).
inline constexpr std::size_t kCaseStepSizeV1 = offsetof(rg_case_step, role);

inline rg_case_step case_step_prefix(const rg_case_step* given, const char* function) {
  if (given->struct_size < kCaseStepSizeV1)
    check_struct_size(given->struct_size, sizeof(rg_case_step), "rg_case_step", function);
  rg_case_step full{};
  std::memcpy(&full, given, std::min<std::size_t>(given->struct_size, sizeof full));
  return full;
}

}  // namespace rg::capi
