#include "ruralguard/error.hpp"

namespace rg {

const char* error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::kInvalidArgument: return "RG_EINVAL";
    case ErrorCode::kParse: return "RG_EPARSE";
    case ErrorCode::kOverflow: return "RG_EOVERFLOW";
    case ErrorCode::kRange: return "RG_ERANGE";
    case ErrorCode::kPrecision: return "RG_EPRECISION";
    case ErrorCode::kNotFound: return "RG_ENOTFOUND";
    case ErrorCode::kExists: return "RG_EEXISTS";
    case ErrorCode::kConflict: return "RG_ECONFLICT";
    case ErrorCode::kState: return "RG_ESTATE";
    case ErrorCode::kLimit: return "RG_ELIMIT";
    case ErrorCode::kIo: return "RG_EIO";
    case ErrorCode::kCorrupt: return "RG_ECORRUPT";
    case ErrorCode::kBusy: return "RG_EBUSY";
    case ErrorCode::kVersion: return "RG_EVERSION";
    case ErrorCode::kBalance: return "RG_EBALANCE";
    case ErrorCode::kRefused: return "RG_EREFUSED";
    case ErrorCode::kBufferTooSmall: return "RG_EBUFFER";
    case ErrorCode::kNoMemory: return "RG_ENOMEM";
    case ErrorCode::kInternal: return "RG_EINTERNAL";
  }
  return "RG_E?";
}

std::string quote_for_message(std::string_view text) {
  constexpr std::size_t kQuotedBytesMax = 64;
  std::string out = "'";
  const std::size_t n = text.size() < kQuotedBytesMax ? text.size() : kQuotedBytesMax;
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) {
      static const char* kHex = "0123456789abcdef";
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xf];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += "'";
  if (text.size() > kQuotedBytesMax) out += " (" + std::to_string(text.size()) + " bytes, cut)";
  return out;
}

void check_column_length(std::size_t rows, std::size_t expected, std::string_view what, std::string_view column,
                         std::string_view base, bool empty_allowed) {
  if (rows == expected || (empty_allowed && rows == 0)) return;
  throw Error(ErrorCode::kInvalidArgument, std::string(what) + ": column '" + std::string(column) + "' has " +
                                               std::to_string(rows) + " rows, " + std::string(base) + " has " +
                                               std::to_string(expected));
}

}  // namespace rg
