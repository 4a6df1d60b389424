// ruralguard C++ API: errors.
//
// C++ code throws rg::Error; the C ABI maps its code to an rg_status value (same numbers).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace rg {

// Values equal the C ABI's rg_status codes and are pinned forever (tests/c checks them).
enum class ErrorCode : int32_t {
  kInvalidArgument = -1,  // NULL pointer, bad size, parameter outside its documented range
  kParse = -2,            // malformed text: amount, date, code, CSV field, JSON
  kOverflow = -3,         // a result does not fit its type
  kRange = -4,            // well-formed value outside the allowed domain (e.g. 2023-02-29)
  kPrecision = -5,        // more decimal places than allowed (e.g. sub-fen ledger amount)
  kNotFound = -6,         // unknown id
  kExists = -7,           // the same record already exists (idempotent replay)
  kConflict = -8,         // an id is reused with different fields
  kState = -9,            // transition not allowed from the current state
  kLimit = -10,           // a named maximum (batch size, string length, ...) is exceeded
  kIo = -11,              // file or database I/O failed
  kCorrupt = -12,         // stored data failed an integrity check
  kBusy = -13,            // database is locked by another connection
  kVersion = -14,         // unsupported schema, format or library version
  kBalance = -15,         // a balance limit would be exceeded
  kRefused = -16,         // a policy or business rule refuses the operation
  kBufferTooSmall = -17,  // caller's output buffer is too small
  kNoMemory = -18,        // allocation failed
  kInternal = -99,        // a bug: an unexpected exception reached the boundary
};

// Stable name of a code, e.g. "RG_EPARSE".
[[nodiscard]] const char* error_code_name(ErrorCode code) noexcept;

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  [[nodiscard]] ErrorCode code() const noexcept { return code_; }

 private:
  ErrorCode code_;
};

// Quotes user text for error messages, cut to a bounded length so that a huge or binary input
// cannot produce a huge message.
[[nodiscard]] std::string quote_for_message(std::string_view text);

// Columns of one batch must have the same length: Error(kInvalidArgument) "<what>: column
// '<column>' has <rows> rows, <base> has <expected>" unless rows == expected (or rows == 0 when
// the column may be left empty).
void check_column_length(std::size_t rows, std::size_t expected, std::string_view what, std::string_view column,
                         std::string_view base, bool empty_allowed = false);

}  // namespace rg
