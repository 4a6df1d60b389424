#include "ruralguard/money.hpp"

#include <algorithm>
#include <limits>

#include "core/checked.hpp"
#include "ruralguard/error.hpp"

namespace rg {
namespace {

constexpr int64_t kPow10[] = {1,          10,          100,          1000,         10000,
                              100000,     1000000,     10000000,     100000000,    1000000000,
                              10000000000, 100000000000, 1000000000000};

void check_decimals(int decimals, const char* what) {
  if (decimals < 0 || decimals > Money::kDecimalsMax) {
    throw Error(ErrorCode::kInvalidArgument, std::string(what) + ": decimals must be 0..4, got " +
                                                 std::to_string(decimals));
  }
}

// Rounds `units` to a multiple of 10^(4 - decimals) units.
int64_t round_units(int128 units_scaled_num, int128 den, int decimals, Rounding mode,
                    const char* what) {
  const int64_t step = kPow10[Money::kDecimalsMax - decimals];
  const int128 q = divide_rounded(units_scaled_num, den * step, mode);
  return detail::narrow_checked(q * step, what);
}

struct SuffixInfo {
  std::string_view text;
  int extra_digits;  // 万 multiplies by 10^4, 亿 by 10^8
};
constexpr SuffixInfo kSuffixes[] = {
    {"万元", 4}, {"亿元", 8}, {"元", 0}, {"万", 4}, {"亿", 8},
};

[[noreturn]] void parse_fail(std::string_view text, const std::string& why) {
  throw Error(ErrorCode::kParse, "amount " + quote_for_message(text) + " is not a decimal amount: " + why);
}

}  // namespace

Money Money::from_yuan(int64_t yuan) {
  return Money(detail::mul_checked(yuan, kUnitsPerYuan, "Money::from_yuan"));
}

Money Money::from_fen(int64_t fen) {
  return Money(detail::mul_checked(fen, kUnitsPerFen, "Money::from_fen"));
}

Money Money::parse(std::string_view text, MoneyParseOptions options) {
  if (text.size() > kTextBytesMax) {
    throw Error(ErrorCode::kLimit, "amount " + quote_for_message(text) + " is " + std::to_string(text.size()) +
                                       " bytes, longer than the maximum " + std::to_string(kTextBytesMax) +
                                       " (Money::kTextBytesMax)");
  }
  if (text.empty()) parse_fail(text, "the text is empty");
  std::string_view body = text;
  int extra_digits = 0;
  for (const auto& s : kSuffixes) {
    if (body.size() > s.text.size() && body.ends_with(s.text)) {
      body.remove_suffix(s.text.size());
      extra_digits = s.extra_digits;
      break;
    }
  }
  bool negative = false;
  if (body.front() == '-' || body.front() == '+') {
    negative = body.front() == '-';
    body.remove_prefix(1);
  }
  if (body.empty()) parse_fail(text, "no digits");
  // Integer part, optionally with thousands separators in groups of exactly three.
  // Checks run in a fixed order whatever the text: malformed (kParse), then finer than 1/10000
  // yuan (kPrecision), then too large (kOverflow). Digits stop accumulating once mag passes
  // kMagMax (far beyond int64), so the scan never overflows and the syntax is still checked.
  uint128 mag = 0;
  constexpr uint128 kMagMax = (static_cast<uint128>(1) << 100);
  bool too_large = false;
  auto push_digit = [&](char c) {
    if (too_large) return;
    mag = mag * 10 + static_cast<unsigned>(c - '0');
    too_large = mag > kMagMax;
  };
  std::size_t i = 0;
  std::size_t int_digits = 0;
  std::size_t group_len = 0;
  bool saw_separator = false;
  for (; i < body.size(); ++i) {
    const char c = body[i];
    if (c >= '0' && c <= '9') {
      push_digit(c);
      ++int_digits;
      ++group_len;
    } else if (c == ',') {
      if (!options.allow_thousands_separator) {
        parse_fail(text, "',' at position " + std::to_string(i + 1) +
                             " (thousands separators are not allowed; the decimal point is '.')");
      }
      if (int_digits == 0 || (saw_separator ? group_len != 3 : group_len > 3)) {
        parse_fail(text, "misplaced thousands separator at position " + std::to_string(i + 1));
      }
      saw_separator = true;
      group_len = 0;
    } else {
      break;
    }
  }
  if (int_digits == 0) parse_fail(text, "no digit before the decimal point");
  if (saw_separator && group_len != 3) parse_fail(text, "the last thousands group must have 3 digits");
  // Fraction digits finer than 1/10000 yuan (4 places, 8 with 万, 12 with 亿) must all be zero.
  // They are checked but never accumulated, so "10." followed by any number of zeros is exactly
  // 10 yuan rather than an overflow of the accumulator.
  const int kept_digits_max = kDecimalsMax + extra_digits;
  int frac_digits = 0;  // digits accumulated into mag (at most kept_digits_max)
  bool saw_fraction_digit = false;
  bool finer_than_unit = false;  // a non-zero digit beyond kept_digits_max
  if (i < body.size() && body[i] == '.') {
    ++i;
    for (; i < body.size() && body[i] >= '0' && body[i] <= '9'; ++i) {
      saw_fraction_digit = true;
      if (frac_digits == kept_digits_max) {
        finer_than_unit = finer_than_unit || body[i] != '0';
        continue;
      }
      push_digit(body[i]);
      ++frac_digits;
    }
    if (!saw_fraction_digit) parse_fail(text, "no digit after the decimal point");
  }
  if (i != body.size()) {
    const auto position = static_cast<std::size_t>(body.data() - text.data()) + i + 1;
    parse_fail(text, "unexpected character " + quote_for_message(body.substr(i, 1)) +
                         " at byte " + std::to_string(position));
  }
  if (finer_than_unit) {
    throw Error(ErrorCode::kPrecision, "amount " + quote_for_message(text) +
                                           " has more than 4 decimal places of a yuan");
  }
  // value = mag * 10^(4 + extra_digits - frac_digits) units, and the shift is never negative.
  for (int k = frac_digits; k < kept_digits_max; ++k) push_digit('0');
  if (too_large) {
    throw Error(ErrorCode::kOverflow, "amount " + quote_for_message(text) + " is too large");
  }
  // int64 is asymmetric: -9223372036854775808 units is representable (and formatted), so it
  // must parse back too.
  const auto limit = static_cast<uint128>(std::numeric_limits<int64_t>::max()) + (negative ? 1 : 0);
  if (mag > limit) {
    throw Error(ErrorCode::kOverflow, "amount " + quote_for_message(text) +
                                          " is outside the representable range (about ±922 trillion yuan)");
  }
  if (negative) return Money(static_cast<int64_t>(-static_cast<int128>(mag)));
  return Money(static_cast<int64_t>(mag));
}

int64_t Money::to_fen() const {
  if (!is_whole_fen()) {
    throw Error(ErrorCode::kPrecision,
                "amount " + format({.decimals = 4}) + " is not a whole number of fen");
  }
  return units_ / kUnitsPerFen;
}

Money Money::round(int decimals, Rounding mode) const {
  check_decimals(decimals, "Money::round");
  return Money(round_units(units_, 1, decimals, mode, "Money::round"));
}

std::string Money::format(MoneyFormatOptions options) const {
  check_decimals(options.decimals, "Money::format");
  const int64_t step = kPow10[kDecimalsMax - options.decimals];
  const int128 q = divide_rounded(units_, step, options.rounding);  // in 10^-decimals yuan
  const bool negative = q < 0;
  uint128 mag = negative ? static_cast<uint128>(-q) : static_cast<uint128>(q);
  const auto scale = static_cast<uint128>(kPow10[options.decimals]);
  uint128 whole = mag / scale;
  uint128 frac = mag % scale;
  std::string digits;
  do {
    digits.push_back(static_cast<char>('0' + static_cast<int>(whole % 10)));
    whole /= 10;
  } while (whole != 0);
  std::string out;
  out.reserve(digits.size() + 8);
  if (negative) out.push_back('-');
  for (std::size_t k = digits.size(); k-- > 0;) {
    out.push_back(digits[k]);
    if (options.thousands_separator && k != 0 && k % 3 == 0) out.push_back(',');
  }
  if (options.decimals > 0) {
    out.push_back('.');
    std::string f(static_cast<std::size_t>(options.decimals), '0');
    for (int k = options.decimals - 1; k >= 0; --k) {
      f[static_cast<std::size_t>(k)] = static_cast<char>('0' + static_cast<int>(frac % 10));
      frac /= 10;
    }
    out += f;
  }
  return out;
}

Money Money::operator-() const {
  return Money(detail::sub_checked(0, units_, "Money negate"));
}

void Money::throw_overflow(const char* what) { detail::throw_overflow(what); }

Money Money::times(int64_t factor) const {
  return Money(detail::mul_checked(units_, factor, "Money times"));
}

Money Money::mul_ratio(int64_t num, int64_t den, Rounding mode, int decimals) const {
  if (den == 0) throw Error(ErrorCode::kInvalidArgument, "Money::mul_ratio: denominator is zero");
  check_decimals(decimals, "Money::mul_ratio");
  const int128 product = static_cast<int128>(units_) * num;
  return Money(round_units(product, den, decimals, mode, "Money multiply"));
}

Money Money::mul(const Ratio& ratio, Rounding mode, int decimals) const {
  int64_t num = 0;
  int64_t den = 1;
  if (ratio.to_int64_pair(num, den)) return mul_ratio(num, den, mode, decimals);
  check_decimals(decimals, "Money::mul");
  const int64_t step = kPow10[kDecimalsMax - decimals];
  Ratio::Integer n = ratio.numerator() * units_;
  Ratio::Integer d = ratio.denominator() * step;
  Ratio::Integer q = detail::divide_rounded_big(n, d, mode) * step;
  if (q > std::numeric_limits<int64_t>::max() || q < std::numeric_limits<int64_t>::min()) {
    throw Error(ErrorCode::kOverflow, "Money multiply: result does not fit");
  }
  return Money(static_cast<int64_t>(q));
}

Money Money::divide(int64_t divisor, Rounding mode, int decimals) const {
  if (divisor == 0) throw Error(ErrorCode::kInvalidArgument, "Money::divide: divisor is zero");
  check_decimals(decimals, "Money::divide");
  return Money(round_units(units_, divisor, decimals, mode, "Money divide"));
}

Ratio Money::ratio_to(Money denominator) const {
  if (denominator.units_ == 0) {
    throw Error(ErrorCode::kInvalidArgument, "ratio of amounts: the denominator amount is zero");
  }
  return Ratio(units_, denominator.units_);
}

namespace {
void check_parts(std::size_t count) {
  if (count > kAllocatePartsMax) {
    throw Error(ErrorCode::kLimit, "allocate: " + std::to_string(count) + " parts exceed kAllocatePartsMax (" +
                                       std::to_string(kAllocatePartsMax) + ")");
  }
}
}  // namespace

void allocate_into(Money total, std::span<const int64_t> weights, int64_t step_units,
                   std::span<Money> parts_out) {
  check_parts(weights.size());
  if (weights.empty()) throw Error(ErrorCode::kInvalidArgument, "allocate: no weights");
  if (parts_out.size() != weights.size()) {
    throw Error(ErrorCode::kInvalidArgument, "allocate: output size differs from weight count");
  }
  if (step_units != 1 && step_units != Money::kUnitsPerFen) {
    throw Error(ErrorCode::kInvalidArgument, "allocate: step must be 1 unit or 1 fen");
  }
  if (total.units() % step_units != 0) {
    throw Error(ErrorCode::kPrecision, "allocate: total " + total.format({.decimals = 4}) +
                                           " is not a whole number of fen");
  }
  int128 weight_sum = 0;
  for (std::size_t k = 0; k < weights.size(); ++k) {
    if (weights[k] < 0) {
      throw Error(ErrorCode::kInvalidArgument,
                  "allocate: weight " + std::to_string(k) + " is negative (" + std::to_string(weights[k]) + ")");
    }
    weight_sum += weights[k];
  }
  if (weight_sum == 0) throw Error(ErrorCode::kInvalidArgument, "allocate: the weights sum to zero");
  if (total.units() == std::numeric_limits<int64_t>::min()) {
    throw Error(ErrorCode::kOverflow, "allocate: the total has no positive counterpart");
  }
  const bool negative = total.units() < 0;
  const int128 steps = (negative ? -static_cast<int128>(total.units()) : total.units()) / step_units;
  struct Remainder {
    int128 value;
    std::size_t index;
  };
  std::vector<Remainder> remainders;
  remainders.reserve(weights.size());
  int128 assigned = 0;
  for (std::size_t k = 0; k < weights.size(); ++k) {
    const int128 p = steps * weights[k];  // < 2^63 * 2^63: fits
    const int128 q = p / weight_sum;
    parts_out[k] = Money::from_units(static_cast<int64_t>(q));
    assigned += q;
    remainders.push_back({p % weight_sum, k});
  }
  auto leftover = static_cast<std::size_t>(steps - assigned);  // < weights.size()
  auto larger = [](const Remainder& a, const Remainder& b) {
    return a.value != b.value ? a.value > b.value : a.index < b.index;
  };
  if (leftover > 0) {
    std::nth_element(remainders.begin(), remainders.begin() + static_cast<std::ptrdiff_t>(leftover - 1),
                     remainders.end(), larger);
    for (std::size_t k = 0; k < leftover; ++k) {
      const std::size_t idx = remainders[k].index;
      parts_out[idx] = Money::from_units(parts_out[idx].units() + 1);
    }
  }
  for (auto& part : parts_out) {
    const int64_t u = part.units() * step_units;  // <= |total|: fits
    part = Money::from_units(negative ? -u : u);
  }
}

std::vector<Money> allocate(Money total, std::span<const int64_t> weights) {
  check_parts(weights.size());
  std::vector<Money> parts(weights.size());
  allocate_into(total, weights, 1, parts);
  return parts;
}

std::vector<Money> allocate_fen(Money total, std::span<const int64_t> weights) {
  check_parts(weights.size());
  std::vector<Money> parts(weights.size());
  allocate_into(total, weights, Money::kUnitsPerFen, parts);
  return parts;
}

}  // namespace rg
