// Private: the named-limit check shared by the C ABI shims (docs/limits.md).
#pragma once

#include <cstddef>
#include <string>

#include "ruralguard/error.hpp"

namespace rg::capi {

// Throws Error(kLimit) naming the function, the field, the limit and the length when
// length > max; `limit_name` is the RG_*_MAX macro a C caller can look up.
inline void check_length(std::size_t length, std::size_t max, const char* function, const char* field,
                         const char* limit_name) {
  if (length > max) {
    throw Error(ErrorCode::kLimit, std::string(function) + ": " + field + " is " + std::to_string(length) +
                                       " bytes, longer than " + limit_name + " (" + std::to_string(max) + ")");
  }
}

}  // namespace rg::capi
