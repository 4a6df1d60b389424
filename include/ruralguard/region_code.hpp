// ruralguard C++ API: 12-digit administrative division codes (统计用区划代码).
//
// Layout: province 2 digits, city 2, county 2, township 3, village 3. A code's level is the last
// non-zero segment; once a segment is zero, every later segment must be zero too.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace rg {

// Values equal the C ABI's RG_REGION_* constants.
enum class RegionLevel : uint8_t {
  kProvince = 1,  // 省
  kCity = 2,      // 市
  kCounty = 3,    // 县
  kTownship = 4,  // 乡镇
  kVillage = 5,   // 村
};

class RegionCode {
 public:
  static constexpr int kDigits = 12;

  // Throws Error(kParse) unless the text is exactly 12 ASCII digits, and Error(kRange) naming the
  // segment when the structure is impossible (province 00, a village under township 000, ...).
  static RegionCode parse(std::string_view text);
  // Same checks on the numeric form.
  static RegionCode from_value(uint64_t value);

  [[nodiscard]] constexpr uint64_t value() const noexcept { return value_; }
  [[nodiscard]] std::string to_string() const;  // always 12 digits
  [[nodiscard]] RegionLevel level() const;
  // The code of the enclosing region; throws Error(kRange) for a province.
  [[nodiscard]] RegionCode parent() const;
  // The significant prefix: 2 digits for a province, 4, 6, 9 or 12.
  [[nodiscard]] std::string prefix() const;
  // True when this region lies in (or is) the region given by a 2/4/6/9/12-digit prefix.
  // Throws Error(kParse) for a prefix of another length or with non-digits.
  [[nodiscard]] bool is_within(std::string_view prefix) const;
  [[nodiscard]] bool is_within(RegionCode ancestor) const;

  friend constexpr auto operator<=>(RegionCode a, RegionCode b) = default;

 private:
  constexpr explicit RegionCode(uint64_t value) : value_(value) {}
  uint64_t value_ = 0;
};

// Digits of the significant prefix for each level: 2, 4, 6, 9, 12.
[[nodiscard]] int region_prefix_digits(RegionLevel level);

// The one region-prefix helper. A prefix of 2, 4, 6, 9 or 12 digits ("" = every region) as the
// range of 12-digit region values it covers; Error(kParse) naming the prefix otherwise.
struct RegionRange {
  uint64_t lo = 0;
  uint64_t hi = 999'999'999'999;
  [[nodiscard]] bool contains(uint64_t region) const { return region >= lo && region <= hi; }
};
[[nodiscard]] RegionRange region_prefix_range(std::string_view prefix);
// 10^(12 - digits): a region value divided by it is its prefix of `digits` digits. Error(kInvalidArgument)
// naming `context` when digits is not 2, 4, 6, 9 or 12.
[[nodiscard]] uint64_t region_prefix_divisor(int digits, std::string_view context);

}  // namespace rg
