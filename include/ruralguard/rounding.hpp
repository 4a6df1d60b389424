// ruralguard C++ API: rounding modes used at every rounding point.
#pragma once

#include <cstdint>

namespace rg {

// 128-bit intermediates for products and quotients of 64-bit amounts (GCC and Clang).
__extension__ using int128 = __int128;
__extension__ using uint128 = unsigned __int128;

// Values equal the C ABI's RG_ROUND_* constants.
enum class Rounding : int32_t {
  kHalfUp = 0,    // 四舍五入: ties away from zero (the default everywhere)
  kHalfEven = 1,  // banker's rounding: ties to the even neighbour
  kDown = 2,      // toward zero (truncate)
  kUp = 3,        // away from zero
};

// Divides num by den (den != 0) and rounds the quotient to an integer with the given mode.
// Exact for every input where |num| < 2^126 and |den| < 2^63 (the range Money needs).
[[nodiscard]] constexpr int128 divide_rounded(int128 num, int128 den, Rounding mode) {
  if (den < 0) {
    num = -num;
    den = -den;
  }
  const bool negative = num < 0;
  const int128 mag = negative ? -num : num;
  int128 q = mag / den;
  const int128 r = mag % den;
  if (r != 0) {
    switch (mode) {
      case Rounding::kDown: break;
      case Rounding::kUp: ++q; break;
      case Rounding::kHalfUp:
        if (r >= den - r) ++q;
        break;
      case Rounding::kHalfEven:
        if (r > den - r || (r == den - r && (q & 1) != 0)) ++q;
        break;
    }
  }
  return negative ? -q : q;
}

}  // namespace rg
