// Private: checked integer arithmetic shared by the core types.
#pragma once

#include <cstdint>
#include <limits>
#include <string>

#include "ruralguard/error.hpp"
#include "ruralguard/ratio.hpp"
#include "ruralguard/rounding.hpp"

namespace rg::detail {

[[noreturn]] inline void throw_overflow(const char* what) {
  throw Error(ErrorCode::kOverflow, std::string(what) + ": result does not fit in 64 bits");
}

inline int64_t add_checked(int64_t a, int64_t b, const char* what) {
  int64_t r = 0;
  if (__builtin_add_overflow(a, b, &r)) throw_overflow(what);
  return r;
}

inline int64_t sub_checked(int64_t a, int64_t b, const char* what) {
  int64_t r = 0;
  if (__builtin_sub_overflow(a, b, &r)) throw_overflow(what);
  return r;
}

inline int64_t mul_checked(int64_t a, int64_t b, const char* what) {
  int64_t r = 0;
  if (__builtin_mul_overflow(a, b, &r)) throw_overflow(what);
  return r;
}

inline int64_t narrow_checked(int128 v, const char* what) {
  if (v > std::numeric_limits<int64_t>::max() || v < std::numeric_limits<int64_t>::min()) {
    throw_overflow(what);
  }
  return static_cast<int64_t>(v);
}

// divide_rounded for unbounded integers (den != 0).
inline Ratio::Integer divide_rounded_big(const Ratio::Integer& num, const Ratio::Integer& den_in,
                                         Rounding mode) {
  Ratio::Integer n = num;
  Ratio::Integer den = den_in;
  if (den < 0) {
    n = -n;
    den = -den;
  }
  const bool negative = n < 0;
  if (negative) n = -n;
  Ratio::Integer q = n / den;
  Ratio::Integer r = n % den;
  if (r != 0) {
    const Ratio::Integer other = den - r;
    switch (mode) {
      case Rounding::kDown: break;
      case Rounding::kUp: ++q; break;
      case Rounding::kHalfUp:
        if (r >= other) ++q;
        break;
      case Rounding::kHalfEven:
        if (r > other || (r == other && boost::multiprecision::bit_test(q, 0))) ++q;
        break;
    }
  }
  return negative ? Ratio::Integer(-q) : q;
}

}  // namespace rg::detail
