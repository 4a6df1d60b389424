// libFuzzer target: region codes through the C ABI (rg_region_parse / parent / is_within).
// Properties: a parsed code is the 12 digits read as a number; its level matches the significant
// prefix; the parent has a lower level and contains the code; the code lies within every
// ancestor's prefix and its own; the numeric form parses the same way as its text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "fuzz_check.hpp"
#include "ruralguard/ruralguard.h"

namespace {

constexpr int kPrefixDigits[] = {0, 2, 4, 6, 9, 12};

void check_code(uint64_t code, uint8_t level) {
  FUZZ_CHECK(level >= RG_REGION_PROVINCE && level <= RG_REGION_VILLAGE, "level %u", level);
  char text[16];
  std::snprintf(text, sizeof text, "%012llu", static_cast<unsigned long long>(code));
  FUZZ_CHECK(std::strlen(text) == 12, "code %llu has more than 12 digits", static_cast<unsigned long long>(code));
  // Digits after the significant prefix are zero; the last segment of the prefix is not.
  for (int i = kPrefixDigits[level]; i < 12; ++i) FUZZ_CHECK(text[i] == '0', "'%s' level %u", text, level);
  uint8_t within = 0;
  FUZZ_CHECK(rg_region_is_within(&within, code, text, static_cast<std::size_t>(kPrefixDigits[level])) == RG_OK &&
                 within == 1, "'%s' not within its own prefix", text);
  FUZZ_CHECK(rg_region_is_within(&within, code, text, 12) == RG_OK && within == 1, "'%s' not within itself", text);
  uint64_t parent = 0;
  const rg_status status = rg_region_parent(&parent, code);
  if (level == RG_REGION_PROVINCE) {
    FUZZ_CHECK(status == RG_ERANGE, "province '%s' has a parent", text);
    return;
  }
  FUZZ_CHECK(status == RG_OK, "'%s': parent: %s", text, rg_last_error_message());
  char parent_text[16];
  std::snprintf(parent_text, sizeof parent_text, "%012llu", static_cast<unsigned long long>(parent));
  uint64_t reparsed = 0;
  uint8_t parent_level = 0;
  FUZZ_CHECK(rg_region_parse(&reparsed, &parent_level, parent_text, 12) == RG_OK && reparsed == parent,
             "parent '%s' of '%s' does not parse", parent_text, text);
  FUZZ_CHECK(parent_level < level, "parent '%s' level %u, child '%s' level %u", parent_text, parent_level, text, level);
  FUZZ_CHECK(std::memcmp(parent_text, text, static_cast<std::size_t>(kPrefixDigits[parent_level])) == 0,
             "parent '%s' is not a prefix of '%s'", parent_text, text);
  FUZZ_CHECK(rg_region_is_within(&within, code, parent_text, static_cast<std::size_t>(kPrefixDigits[parent_level])) ==
                 RG_OK && within == 1, "'%s' not within parent '%s'", text, parent_text);
  FUZZ_CHECK(rg_region_is_within(&within, parent, text, 12) == RG_OK && within == 0,
             "parent '%s' within child '%s'", parent_text, text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const char* text = reinterpret_cast<const char*>(data);
  uint64_t code = 0x5A5A5A5A;
  uint8_t level = 0;
  const rg_status status = rg_region_parse(&code, &level, text, size);
  if (status == RG_OK) {
    FUZZ_CHECK(size == 12, "%zu bytes parsed", size);
    uint64_t value = 0;
    for (std::size_t i = 0; i < 12; ++i) {
      FUZZ_CHECK(text[i] >= '0' && text[i] <= '9', "non-digit in '%.12s'", text);
      value = value * 10 + static_cast<uint64_t>(text[i] - '0');
    }
    FUZZ_CHECK(value == code, "'%.12s' parsed as %llu", text, static_cast<unsigned long long>(code));
    check_code(code, level);
  } else {
    FUZZ_CHECK(status == RG_EPARSE || status == RG_ERANGE, "status %s", rg_status_name(status));
  }
  // Prefix queries with arbitrary text never fail in another way than parse/range.
  if (size > 12 && status == RG_OK) {
    uint8_t within = 2;
    const rg_status s = rg_region_is_within(&within, code, text + 12, size - 12);
    FUZZ_CHECK(s == RG_OK || s == RG_EPARSE, "is_within: %s", rg_status_name(s));
    FUZZ_CHECK(s != RG_OK || within <= 1, "within %u", within);
  }
  // Binary view: any 8 bytes as a numeric code.
  if (size >= 8) {
    uint64_t raw = 0;
    std::memcpy(&raw, data, 8);
    raw %= 1000000000000ull;
    uint64_t parent = 0;
    if (rg_region_parent(&parent, raw) == RG_OK) {
      char raw_text[16];
      std::snprintf(raw_text, sizeof raw_text, "%012llu", static_cast<unsigned long long>(raw));
      uint64_t same = 0;
      uint8_t raw_level = 0;
      FUZZ_CHECK(rg_region_parse(&same, &raw_level, raw_text, 12) == RG_OK && same == raw,
                 "'%s' has a parent but does not parse", raw_text);
      check_code(raw, raw_level);
    }
  }
  return 0;
}
