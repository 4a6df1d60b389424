// Private: an exact non-negative sum that runs in native 128 bits and spills to cpp_int.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include "ruralguard/rounding.hpp"

namespace rg::measures::detail {

using BigInt = boost::multiprecision::cpp_int;

// Adds native terms with an overflow check; on overflow the running total moves into `spill_`.
// cpp_rational costs ~350 ns per operation (PLATFORM.md); this keeps a 10M-income sum near 1 ns
// per term while staying exact for any input.
class WideSum {
 public:
  void add(uint128 term) {
    uint128 r = 0;
    if (__builtin_add_overflow(fast_, term, &r)) {
      spill_ += BigInt(fast_);
      spill_ += BigInt(term);
      fast_ = 0;
      return;
    }
    fast_ = r;
  }
  void add(const BigInt& term) { spill_ += term; }
  [[nodiscard]] BigInt total() const { return spill_ + BigInt(fast_); }

 private:
  uint128 fast_ = 0;
  BigInt spill_ = 0;
};

// w * gap^alpha exactly: native when it fits, else cpp_int.
inline void add_power_term(WideSum& sum, uint64_t weight, uint128 gap, int alpha) {
  uint128 term = weight;
  bool fits = true;
  for (int i = 0; i < alpha && fits; ++i) fits = !__builtin_mul_overflow(term, gap, &term);
  if (fits) {
    sum.add(term);
    return;
  }
  sum.add(BigInt(weight) * boost::multiprecision::pow(BigInt(gap), static_cast<unsigned>(alpha)));
}

}  // namespace rg::measures::detail
