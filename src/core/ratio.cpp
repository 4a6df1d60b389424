#include "ruralguard/ratio.hpp"

#include <limits>

#include "core/checked.hpp"
#include "ruralguard/error.hpp"

namespace rg {
namespace {

constexpr int kDecimalsMax = 18;

[[noreturn]] void ratio_parse_fail(std::string_view text, const char* why) {
  throw Error(ErrorCode::kParse, "ratio " + quote_for_message(text) + " is not valid: " + why);
}

// Parses an optionally signed run of digits with an optional fraction; returns value * 10^frac.
Ratio::Integer parse_decimal(std::string_view text, std::string_view whole, int& frac_digits) {
  Ratio::Integer v = 0;
  std::size_t i = 0;
  bool negative = false;
  if (!whole.empty() && (whole[0] == '-' || whole[0] == '+')) {
    negative = whole[0] == '-';
    i = 1;
  }
  std::size_t digits = 0;
  frac_digits = 0;
  bool in_fraction = false;
  for (; i < whole.size(); ++i) {
    const char c = whole[i];
    if (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      ++digits;
      if (in_fraction) ++frac_digits;
    } else if (c == '.' && !in_fraction && digits > 0) {
      in_fraction = true;
    } else {
      ratio_parse_fail(text, "unexpected character");
    }
    if (digits > 60) ratio_parse_fail(text, "more than 60 digits");
  }
  if (digits == 0 || (in_fraction && frac_digits == 0)) ratio_parse_fail(text, "missing digits");
  return negative ? Ratio::Integer(-v) : v;
}

}  // namespace

Ratio::Ratio(int64_t num, int64_t den) {
  if (den == 0) throw Error(ErrorCode::kInvalidArgument, "ratio: denominator is zero");
  value_ = Rational(num, den);
}

Ratio operator/(const Ratio& a, const Ratio& b) {
  if (b.is_zero()) throw Error(ErrorCode::kInvalidArgument, "ratio: division by zero");
  return Ratio(Ratio::Rational(a.value_ / b.value_));
}

Ratio Ratio::parse(std::string_view text) {
  if (text.empty()) ratio_parse_fail(text, "the text is empty");
  std::string_view body = text;
  bool percent = false;
  if (body.back() == '%') {
    percent = true;
    body.remove_suffix(1);
  }
  const auto slash = body.find('/');
  int frac = 0;
  if (slash != std::string_view::npos) {
    if (percent) ratio_parse_fail(text, "a fraction cannot carry '%'");
    const Integer n = parse_decimal(text, body.substr(0, slash), frac);
    if (frac != 0) ratio_parse_fail(text, "the numerator of a fraction must be an integer");
    const Integer d = parse_decimal(text, body.substr(slash + 1), frac);
    if (frac != 0 || d <= 0) ratio_parse_fail(text, "the denominator must be a positive integer");
    return Ratio(Rational(n, d));
  }
  const Integer n = parse_decimal(text, body, frac);
  Integer d = boost::multiprecision::pow(Integer(10), static_cast<unsigned>(frac + (percent ? 2 : 0)));
  return Ratio(Rational(n, d));
}

bool Ratio::to_int64_pair(int64_t& num, int64_t& den) const {
  const auto& n = boost::multiprecision::numerator(value_);
  const auto& d = boost::multiprecision::denominator(value_);
  constexpr auto kMax = std::numeric_limits<int64_t>::max();
  if (n > kMax || n < -kMax || d > kMax) return false;
  num = static_cast<int64_t>(n);
  den = static_cast<int64_t>(d);
  return true;
}

std::string Ratio::to_decimal(int decimals, Rounding mode) const {
  if (decimals < 0 || decimals > kDecimalsMax) {
    throw Error(ErrorCode::kInvalidArgument, "ratio format: decimals must be 0..18");
  }
  const Integer scale = boost::multiprecision::pow(Integer(10), static_cast<unsigned>(decimals));
  const Integer q = detail::divide_rounded_big(numerator() * scale, denominator(), mode);
  const bool negative = q < 0;
  std::string digits = (negative ? Integer(-q) : q).str();
  if (digits.size() <= static_cast<std::size_t>(decimals)) {
    digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
  }
  std::string out = negative ? "-" : "";
  out += digits.substr(0, digits.size() - static_cast<std::size_t>(decimals));
  if (decimals > 0) out += "." + digits.substr(digits.size() - static_cast<std::size_t>(decimals));
  return out;
}

std::string Ratio::to_percent(int decimals, Rounding mode) const {
  return (*this * Ratio(100, 1)).to_decimal(decimals, mode) + "%";
}

std::string Ratio::to_fraction() const {
  const Integer d = denominator();
  if (d == 1) return numerator().str();
  return numerator().str() + "/" + d.str();
}

}  // namespace rg
