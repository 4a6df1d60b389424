// ruralguard C++ API: exact money.
//
// Money is a signed count of 1/10000 yuan held in an int64 (C: rg_money). It never touches
// floating point. Every operation checks overflow and throws rg::Error(kOverflow) rather than wrap;
// every rounding point takes an explicit Rounding mode. See docs/money.md for the full contract.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/ratio.hpp"
#include "ruralguard/rounding.hpp"

namespace rg {

struct MoneyParseOptions {
  // Accept "1,234,567.89" (groups of exactly three digits). Off by default: in vendor files a
  // comma is far more often a mistyped decimal point ("12,34") than a separator.
  bool allow_thousands_separator = false;
};

struct MoneyFormatOptions {
  int decimals = 2;  // 0..4 places after the point
  Rounding rounding = Rounding::kHalfUp;
  bool thousands_separator = false;  // "1,234,567.89"
};

class Money {
 public:
  static constexpr int64_t kUnitsPerYuan = 10000;  // one unit = 1/10000 yuan
  static constexpr int64_t kUnitsPerFen = 100;
  static constexpr int kDecimalsMax = 4;
  // Longest amount text parse() accepts (C: RG_MONEY_TEXT_MAX); longer text is Error(kLimit).
  // Generous: the longest meaningful amount is about 40 bytes.
  static constexpr std::size_t kTextBytesMax = 256;

  constexpr Money() = default;
  [[nodiscard]] static constexpr Money from_units(int64_t units) { return Money(units); }
  // Throws Error(kOverflow) when the amount does not fit.
  [[nodiscard]] static Money from_yuan(int64_t yuan);
  [[nodiscard]] static Money from_fen(int64_t fen);

  // Parses a decimal amount with an optional unit suffix: 元, 万, 万元, 亿, 亿元. Up to 4 decimal
  // places in yuan (8 with 万, 12 with 亿). Rejects exponents, NaN, whitespace, empty text, a
  // leading or trailing point, and more precision than 1/10000 yuan (kPrecision). Throws
  // Error(kParse | kPrecision | kOverflow) whose message quotes the text and says what is wrong;
  // Error(kLimit) for text longer than kTextBytesMax bytes.
  [[nodiscard]] static Money parse(std::string_view text, MoneyParseOptions options = {});

  [[nodiscard]] constexpr int64_t units() const noexcept { return units_; }
  [[nodiscard]] constexpr bool is_whole_fen() const noexcept { return units_ % kUnitsPerFen == 0; }
  [[nodiscard]] constexpr bool is_zero() const noexcept { return units_ == 0; }
  [[nodiscard]] constexpr bool is_negative() const noexcept { return units_ < 0; }
  // Whole fen (throws Error(kPrecision) naming the amount when it has a sub-fen part).
  [[nodiscard]] int64_t to_fen() const;

  // "1234.56" with the chosen number of decimals and rounding. A value that rounds to zero is
  // printed without a sign ("0.00", never "-0.00").
  [[nodiscard]] std::string format(MoneyFormatOptions options = {}) const;
  [[nodiscard]] std::string to_string() const { return format({}); }

  // Rounds to `decimals` places (0..4) and returns the rounded amount.
  [[nodiscard]] Money round(int decimals, Rounding mode = Rounding::kHalfUp) const;

  // Checked arithmetic: throws Error(kOverflow).
  [[nodiscard]] Money operator-() const;
  // Inline so that sums in hot loops compile to an add and a branch.
  friend Money operator+(Money a, Money b) {
    int64_t r = 0;
    if (__builtin_add_overflow(a.units_, b.units_, &r)) throw_overflow("Money add");
    return Money(r);
  }
  friend Money operator-(Money a, Money b) {
    int64_t r = 0;
    if (__builtin_sub_overflow(a.units_, b.units_, &r)) throw_overflow("Money subtract");
    return Money(r);
  }
  Money& operator+=(Money other) { return *this = *this + other; }
  Money& operator-=(Money other) { return *this = *this - other; }
  friend constexpr auto operator<=>(Money a, Money b) = default;

  // Exact product with an integer (overflow checked).
  [[nodiscard]] Money times(int64_t factor) const;
  // this * num / den, computed exactly in 128 bits and rounded once to `decimals` places (0..4).
  // Throws kInvalidArgument for den == 0 or decimals out of range, kOverflow if it does not fit.
  [[nodiscard]] Money mul_ratio(int64_t num, int64_t den, Rounding mode = Rounding::kHalfUp,
                                int decimals = kDecimalsMax) const;
  // Same with a Ratio of any size.
  [[nodiscard]] Money mul(const Ratio& ratio, Rounding mode = Rounding::kHalfUp,
                          int decimals = kDecimalsMax) const;
  // this / divisor rounded once to `decimals` places.
  [[nodiscard]] Money divide(int64_t divisor, Rounding mode = Rounding::kHalfUp,
                             int decimals = kDecimalsMax) const;
  // Exact quotient of two amounts (a share, a progress rate). Throws kInvalidArgument on zero.
  [[nodiscard]] Ratio ratio_to(Money denominator) const;

 private:
  constexpr explicit Money(int64_t units) : units_(units) {}
  [[noreturn]] static void throw_overflow(const char* what);
  int64_t units_ = 0;
};

// Splits `total` into weights.size() parts proportional to the weights by the largest-remainder
// method, in units of 1/10000 yuan. The parts always sum to `total` exactly; leftover units go to
// the parts with the largest remainders, ties to the lower position. Weights must be >= 0 with a
// positive sum (kInvalidArgument otherwise); a negative total is split as -(split of -total).
// At most kAllocatePartsMax parts (C: RG_ALLOCATE_PARTS_MAX); more is Error(kLimit).
inline constexpr std::size_t kAllocatePartsMax = 10'000'000;
[[nodiscard]] std::vector<Money> allocate(Money total, std::span<const int64_t> weights);
// The same in whole fen: `total` must be whole fen (kPrecision) and every part is whole fen.
[[nodiscard]] std::vector<Money> allocate_fen(Money total, std::span<const int64_t> weights);
// Allocation into a caller buffer (the C ABI and batch path; no allocation of the result).
// `step_units` is the indivisible unit: 1 (1/10000 yuan) or 100 (fen).
void allocate_into(Money total, std::span<const int64_t> weights, int64_t step_units,
                   std::span<Money> parts_out);

}  // namespace rg
