// Private: copying library text into a caller buffer with the C ABI's length convention.
#pragma once

#include <cstring>
#include <string>

#include "ruralguard/error.hpp"

namespace rg::capi {

// Writes text + NUL into out; *out_length always receives text.size(). Throws
// Error(kBufferTooSmall) when the buffer cannot hold it (nothing written then).
inline void copy_text_out(const std::string& text, char* out, std::size_t capacity, std::size_t* out_length,
                          const char* function) {
  *out_length = text.size();
  if (out == nullptr || text.size() + 1 > capacity) {
    throw Error(ErrorCode::kBufferTooSmall, std::string(function) + ": needs " + std::to_string(text.size() + 1) +
                                                " bytes, capacity is " + std::to_string(capacity));
  }
  std::memcpy(out, text.c_str(), text.size() + 1);
}

}  // namespace rg::capi
