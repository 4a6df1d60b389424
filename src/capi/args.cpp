// C ABI: the argument layer (capi/args.hpp).
#include "capi/args.hpp"

#include "ruralguard/error.hpp"

namespace rg::capi {
namespace {

[[noreturn]] void invalid(const char* function, const std::string& what) {
  throw Error(ErrorCode::kInvalidArgument, std::string(function) + ": " + what);
}

std::string where(std::string_view param, std::size_t row) {
  std::string s = row == kNoRow ? std::string() : "row " + std::to_string(row) + ": ";
  return s.append(param);
}

}  // namespace

std::string_view text_arg(const char* text, std::size_t len, const char* param,
                          const char* function) {
  if (text == nullptr) {
    if (len != 0)
      invalid(function,
              std::string("argument '") + param + "' is NULL with length " + std::to_string(len));
    return {};
  }
  return {text, len};
}

void check_struct_size(uint32_t given, std::size_t known, const char* type, const char* function) {
  if (given < known) {
    invalid(function, std::string(type) + ".struct_size is " + std::to_string(given) +
                          ", smaller than the " + std::to_string(known) +
                          " bytes of this library's " + type +
                          " (a larger struct is accepted, a smaller one never)");
  }
}

void required_arg(const void* pointer, const char* param, const char* function) {
  if (pointer == nullptr) invalid(function, std::string("argument '") + param + "' is NULL");
}

bool flag_arg(uint8_t value, std::string_view param, const char* function) {
  if (value > 1)
    invalid(function, where(param, kNoRow) + " must be 0 or 1, got " + std::to_string(value));
  return value != 0;
}

void bad_enum(int64_t value, const CEnumInfo& info, std::string_view param, const char* function,
              std::size_t row) {
  std::string range = std::to_string(info.lo);
  if (info.gap == kNoGap) {
    range += ".." + std::to_string(info.hi);
  } else {
    if (info.gap - 1 > info.lo) range += ".." + std::to_string(info.gap - 1);
    range += ", " + std::to_string(info.gap + 1);
    if (info.hi > info.gap + 1) range += ".." + std::to_string(info.hi);
  }
  const char* article = info.family[0] == 'R' ? "an " : "a ";
  invalid(function, where(param, row) + " " + std::to_string(value) + " is not " + article +
                        info.family + " value (" + range + ")");
}

}  // namespace rg::capi
