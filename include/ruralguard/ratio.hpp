// ruralguard C++ API: exact ratios (percentages, growth rates, shares, indices).
//
// A Ratio is an exact rational of unbounded size (Boost.Multiprecision cpp_rational). Ratios stay
// exact through every computation and are rounded once, explicitly, when presented.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>
#include <string>
#include <string_view>

#include "ruralguard/rounding.hpp"

namespace rg {

class Ratio {
 public:
  using Rational = boost::multiprecision::cpp_rational;
  using Integer = boost::multiprecision::cpp_int;

  Ratio() = default;  // zero
  // num/den; throws Error(kInvalidArgument) when den == 0.
  Ratio(int64_t num, int64_t den);
  static Ratio from_integer(int64_t value) { return Ratio(value, 1); }
  explicit Ratio(Rational value) : value_(std::move(value)) {}

  // Parses "3/8", "-2/3", "0.125", "60.84%". Throws Error(kParse) naming the text.
  static Ratio parse(std::string_view text);

  [[nodiscard]] const Rational& value() const noexcept { return value_; }
  [[nodiscard]] Integer numerator() const { return boost::multiprecision::numerator(value_); }
  [[nodiscard]] Integer denominator() const { return boost::multiprecision::denominator(value_); }
  [[nodiscard]] int sign() const { return value_.sign(); }
  [[nodiscard]] bool is_zero() const { return value_.is_zero(); }

  // Numerator and denominator when both fit in int64 (the fast path for Money); false otherwise.
  [[nodiscard]] bool to_int64_pair(int64_t& num, int64_t& den) const;

  Ratio operator-() const { return Ratio(Rational(-value_)); }
  friend Ratio operator+(const Ratio& a, const Ratio& b) { return Ratio(Rational(a.value_ + b.value_)); }
  friend Ratio operator-(const Ratio& a, const Ratio& b) { return Ratio(Rational(a.value_ - b.value_)); }
  friend Ratio operator*(const Ratio& a, const Ratio& b) { return Ratio(Rational(a.value_ * b.value_)); }
  // Throws Error(kInvalidArgument) on division by zero.
  friend Ratio operator/(const Ratio& a, const Ratio& b);
  friend bool operator==(const Ratio& a, const Ratio& b) { return a.value_ == b.value_; }
  friend bool operator<(const Ratio& a, const Ratio& b) { return a.value_ < b.value_; }
  friend bool operator<=(const Ratio& a, const Ratio& b) { return a.value_ <= b.value_; }
  friend bool operator>(const Ratio& a, const Ratio& b) { return a.value_ > b.value_; }
  friend bool operator>=(const Ratio& a, const Ratio& b) { return a.value_ >= b.value_; }

  // Decimal text with exactly `decimals` places (0..18), rounded once: "0.6084".
  [[nodiscard]] std::string to_decimal(int decimals, Rounding mode = Rounding::kHalfUp) const;
  // Percent text with exactly `decimals` places and a '%' sign: 22.4/36.82 -> "60.84%".
  [[nodiscard]] std::string to_percent(int decimals, Rounding mode = Rounding::kHalfUp) const;
  // "num/den" in lowest terms ("3/8", "-1/2", "5").
  [[nodiscard]] std::string to_fraction() const;

 private:
  Rational value_;
};

}  // namespace rg
