// Private: the C ABI's argument layer (docs/c-abi.md, "Arguments"). Every shim reads its text,
// options structs and enum values through these helpers, so one rule holds for each kind of
// argument and every refusal is RG_EINVAL with a message naming the function, the argument and
// the value:
//   - text_arg: pointer + length; NULL is allowed only with length 0.
//   - check_struct_size: a caller's struct may be larger than the library's (newer header; the
//     extra bytes are ignored), never smaller (it would be read past its end).
//   - enum_arg<E>: a C integer becomes the C++ enum E only when it is one of E's RG_* values
//     (the ranges are in capi/c_enums.hpp, pinned to the macros in enums_check.cpp).
//   - flag_arg: a uint8_t boolean is 0 or 1.
// They throw rg::Error(kInvalidArgument); call them inside rg::capi::guard.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

namespace rg::capi {

// Text argument `param` of `function`.
std::string_view text_arg(const char* text, std::size_t len, const char* param,
                          const char* function);

// `type` is the C struct's name ("rg_household_record"); `known` is sizeof the library's struct.
void check_struct_size(uint32_t given, std::size_t known, const char* type, const char* function);

// The *_init functions: zero *s and set its struct_size; false (nothing done) for NULL.
template <typename T>
bool init_struct(T* s) {
  if (s == nullptr) return false;
  *s = T{};
  s->struct_size = sizeof(T);
  return true;
}

bool flag_arg(uint8_t value, std::string_view param, const char* function);

// A pointer the call needs that sits inside a struct or depends on a count ("rows->kind"):
// the same message as RG_CHECK_ARG, thrown.
void required_arg(const void* pointer, const char* param, const char* function);

// The C family of one C++ enum: "RG_CHANNEL_*", its smallest and largest value, and a value
// inside that range that is not one of them (kNoGap when there is none).
inline constexpr int64_t kNoGap = std::numeric_limits<int64_t>::min();
struct CEnumInfo {
  const char* family;
  int64_t lo;
  int64_t hi;
  int64_t gap = kNoGap;
};
// Specialised in capi/c_enums.hpp: static constexpr CEnumInfo info.
template <typename E>
struct CEnum;

// Where a value sits when it is one of many (a row of a batch): named "row N: param".
inline constexpr std::size_t kNoRow = std::numeric_limits<std::size_t>::max();

[[noreturn]] void bad_enum(int64_t value, const CEnumInfo& info, std::string_view param,
                           const char* function, std::size_t row);

template <typename E>
constexpr bool enum_value_ok(int64_t v) {
  constexpr CEnumInfo info = CEnum<E>::info;
  return v >= info.lo && v <= info.hi && v != info.gap;
}

// The enum E for a C integer, or Error(kInvalidArgument): "rg_case_open: channel 9 is not an
// RG_CHANNEL_* value (1..7)".
template <typename E, typename Int>
E enum_arg(Int value, std::string_view param, const char* function, std::size_t row = kNoRow) {
  static_assert(std::is_enum_v<E> && std::is_integral_v<Int>);
  static_assert(sizeof(Int) < sizeof(int64_t) || std::is_signed_v<Int>,
                "every value must fit int64_t");
  using U = std::underlying_type_t<E>;
  constexpr CEnumInfo info = CEnum<E>::info;
  static_assert(info.lo <= info.hi);
  static_assert(info.lo >= static_cast<int64_t>(std::numeric_limits<U>::min()) &&
                    info.hi <= static_cast<int64_t>(std::numeric_limits<U>::max()),
                "the RG_* range must fit the enum's underlying type");
  const auto v = static_cast<int64_t>(value);
  if (!enum_value_ok<E>(v)) bad_enum(v, info, param, function, row);
  return static_cast<E>(v);
}

// For values the engine itself checks row by row and reports in a documented per-row result
// (ledger account and transfer records, department records, batch columns): the C integer is
// kept as is, with no truncation, so that result can name it.
template <typename E, typename Int>
constexpr E engine_checked_enum(Int value) {
  static_assert(std::is_enum_v<E> && std::is_integral_v<Int>);
  static_assert(
      std::numeric_limits<Int>::min() >= std::numeric_limits<std::underlying_type_t<E>>::min() &&
          std::numeric_limits<Int>::max() <= std::numeric_limits<std::underlying_type_t<E>>::max(),
      "the C field must fit the enum's underlying type unchanged");
  return static_cast<E>(value);
}

}  // namespace rg::capi
