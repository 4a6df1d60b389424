// Private: writing results into caller buffers with the C ABI's length conventions.
#pragma once

#include <algorithm>
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

// Copies text into a fixed char array of a result struct (capacity >= 1), cut to fit, never
// inside a multi-byte UTF-8 character, always NUL-terminated.
inline void copy_text_cut(char* out, std::size_t capacity, const std::string& text) {
  std::size_t n = std::min(text.size(), capacity - 1);
  if (n < text.size()) {
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  }
  std::memcpy(out, text.data(), n);
  out[n] = '\0';
}

// A list call's rows: Error(kBufferTooSmall) naming the function when `count` rows do not fit
// in the caller's `capacity` (the caller has already been told the count).
inline void check_rows_fit(const char* function, std::size_t count, std::size_t capacity,
                           const char* what = "rows") {
  if (capacity < count) {
    throw Error(ErrorCode::kBufferTooSmall, std::string(function) + ": " + std::to_string(count) +
                                                " " + what + " do not fit in capacity " +
                                                std::to_string(capacity));
  }
}

}  // namespace rg::capi
