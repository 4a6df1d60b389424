#include "ruralguard/region_code.hpp"

#include "ruralguard/error.hpp"

namespace rg {
namespace {

constexpr uint64_t kMaxValue = 999'999'999'999ULL;
// Segment boundaries as powers of ten below each segment: province | city | county | township | village.
constexpr int kPrefixDigits[] = {2, 4, 6, 9, 12};
constexpr const char* kSegmentNames[] = {"province", "city", "county", "township", "village"};

uint64_t pow10(int n) {
  uint64_t v = 1;
  for (int i = 0; i < n; ++i) v *= 10;
  return v;
}

// Segment k (0..4) of a 12-digit value.
uint64_t segment(uint64_t value, int k) {
  const int end = kPrefixDigits[k];
  const int start = k == 0 ? 0 : kPrefixDigits[k - 1];
  return (value / pow10(12 - end)) % pow10(end - start);
}

std::string pad12(uint64_t value) {
  std::string s = std::to_string(value);
  if (s.size() < 12) s.insert(0, 12 - s.size(), '0');
  return s;
}

}  // namespace

int region_prefix_digits(RegionLevel level) { return kPrefixDigits[static_cast<int>(level) - 1]; }

RegionCode RegionCode::from_value(uint64_t value) {
  if (value > kMaxValue) {
    throw Error(ErrorCode::kRange, "region code " + std::to_string(value) + " has more than 12 digits");
  }
  if (segment(value, 0) < 11) {
    throw Error(ErrorCode::kRange, "region code " + pad12(value) +
                                       ": province segment must be 11..99, got " + pad12(value).substr(0, 2));
  }
  bool zero_seen = false;
  for (int k = 1; k < 5; ++k) {
    const bool zero = segment(value, k) == 0;
    if (!zero && zero_seen) {
      throw Error(ErrorCode::kRange, "region code " + pad12(value) + ": " + kSegmentNames[k] +
                                         " segment is set under an empty " + kSegmentNames[k - 1] +
                                         " segment");
    }
    zero_seen = zero_seen || zero;
  }
  return RegionCode(value);
}

RegionCode RegionCode::parse(std::string_view text) {
  if (text.size() != kDigits) {
    throw Error(ErrorCode::kParse, "region code " + quote_for_message(text) + " must have exactly 12 digits, has " +
                                       std::to_string(text.size()) + " characters");
  }
  uint64_t v = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') {
      throw Error(ErrorCode::kParse, "region code " + quote_for_message(text) + ": character " +
                                         std::to_string(i + 1) + " is not a digit");
    }
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return from_value(v);
}

std::string RegionCode::to_string() const { return pad12(value_); }

RegionLevel RegionCode::level() const {
  for (int k = 4; k >= 1; --k) {
    if (segment(value_, k) != 0) return static_cast<RegionLevel>(k + 1);
  }
  return RegionLevel::kProvince;
}

RegionCode RegionCode::parent() const {
  const auto lvl = static_cast<int>(level());
  if (lvl == 1) throw Error(ErrorCode::kRange, "region code " + to_string() + " is a province: no parent");
  const uint64_t keep = pow10(12 - kPrefixDigits[lvl - 2]);
  return RegionCode(value_ / keep * keep);
}

std::string RegionCode::prefix() const { return to_string().substr(0, static_cast<std::size_t>(region_prefix_digits(level()))); }

bool RegionCode::is_within(std::string_view prefix_text) const {
  if (prefix_text.empty()) {  // here a prefix must name a region
    throw Error(ErrorCode::kParse, "region prefix '' is not 2, 4, 6, 9 or 12 digits");
  }
  return region_prefix_range(prefix_text).contains(value_);
}

RegionRange region_prefix_range(std::string_view prefix) {
  RegionRange r;
  if (prefix.empty()) return r;
  bool length_ok = false;
  for (int d : kPrefixDigits) length_ok = length_ok || prefix.size() == static_cast<std::size_t>(d);
  if (!length_ok || prefix.find_first_not_of("0123456789") != std::string_view::npos) {
    throw Error(ErrorCode::kParse, "region prefix " + quote_for_message(prefix) + " is not 2, 4, 6, 9 or 12 digits");
  }
  uint64_t value = 0;
  for (char c : prefix) value = value * 10 + static_cast<uint64_t>(c - '0');
  const uint64_t scale = pow10(12 - static_cast<int>(prefix.size()));
  r.lo = value * scale;
  r.hi = r.lo + scale - 1;
  return r;
}

uint64_t region_prefix_divisor(int digits, std::string_view context) {
  for (int d : kPrefixDigits) {
    if (digits == d) return pow10(12 - digits);
  }
  throw Error(ErrorCode::kInvalidArgument,
              std::string(context) + ": prefix_digits " + std::to_string(digits) + " is not 2, 4, 6, 9 or 12");
}

bool RegionCode::is_within(RegionCode ancestor) const {
  const uint64_t keep = pow10(12 - region_prefix_digits(ancestor.level()));
  return value_ / keep == ancestor.value_ / keep;
}

}  // namespace rg
