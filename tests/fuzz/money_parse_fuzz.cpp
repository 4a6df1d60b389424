// libFuzzer target: money text through the C ABI (rg_money_parse / rg_money_format).
// Properties: a parsed amount formats to text that parses back to the same amount (plain and
// with thousands separators); a plain decimal (sign, digits, up to 4 decimals) parses to the value
// computed independently here; an error leaves *out unchanged.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "fuzz_check.hpp"
#include "ruralguard/ruralguard.h"

namespace {

// Reference value of [+-]?digits(.digits{1,4})? with at most 14 integer digits (fits int64 in
// 1/10000 yuan without overflow here); false otherwise.
bool reference_value(std::string_view text, int64_t* out) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  int64_t whole = 0;
  std::size_t whole_digits = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    whole = whole * 10 + (text[i++] - '0');
    if (++whole_digits > 14) return false;
  }
  if (whole_digits == 0) return false;
  int64_t fraction = 0;
  std::size_t fraction_digits = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      fraction = fraction * 10 + (text[i++] - '0');
      if (++fraction_digits > 4) return false;
    }
    if (fraction_digits == 0) return false;
  }
  if (i != text.size()) return false;
  for (std::size_t d = fraction_digits; d < 4; ++d) fraction *= 10;
  const int64_t value = whole * RG_MONEY_UNITS_PER_YUAN + fraction;
  *out = negative ? -value : value;
  return true;
}

void check_round_trip(rg_money amount, uint32_t format_flags) {
  char text[64];
  std::size_t length = 0;
  FUZZ_CHECK(rg_money_format(text, sizeof text, &length, amount, 4, RG_ROUND_HALF_UP, format_flags) == RG_OK,
             "format %lld: %s", static_cast<long long>(amount), rg_last_error_message());
  FUZZ_CHECK(length == std::strlen(text), "length %zu for '%s'", length, text);
  rg_money back = 0;
  const uint32_t parse_flags = (format_flags & RG_MONEY_FORMAT_THOUSANDS) ? RG_MONEY_PARSE_THOUSANDS : 0u;
  FUZZ_CHECK(rg_money_parse(&back, text, length, parse_flags) == RG_OK, "re-parse '%s': %s", text,
             rg_last_error_message());
  FUZZ_CHECK(back == amount, "'%s' parsed back as %lld, not %lld", text, static_cast<long long>(back),
             static_cast<long long>(amount));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const uint32_t flags = data[0] & 1u;  // first byte: the thousands flag
  const char* text = reinterpret_cast<const char*>(data + 1);
  const std::size_t length = size - 1;

  constexpr rg_money kSentinel = 0x5A5A5A5A5A5A5A5A;
  rg_money amount = kSentinel;
  const rg_status status = rg_money_parse(&amount, text, length, flags);
  if (status != RG_OK) {
    FUZZ_CHECK(amount == kSentinel, "*out changed on error %d", status);
    if (length > RG_MONEY_TEXT_MAX) {  // the named limit is checked before the text is read
      FUZZ_CHECK(status == RG_ELIMIT, "text of %zu bytes: status %s, not RG_ELIMIT", length, rg_status_name(status));
    } else {
      FUZZ_CHECK(status == RG_EPARSE || status == RG_EPRECISION || status == RG_EOVERFLOW,
                 "unexpected status %s", rg_status_name(status));
    }
    FUZZ_CHECK(rg_last_error_message()[0] != '\0', "error %d without a message", status);
  } else {
    check_round_trip(amount, 0);
    check_round_trip(amount, RG_MONEY_FORMAT_THOUSANDS);
  }
  int64_t expected = 0;
  if (flags == 0 && reference_value(std::string_view(text, length), &expected)) {
    FUZZ_CHECK(status == RG_OK && amount == expected, "'%.*s': status %d value %lld, expected %lld",
               static_cast<int>(length), text, status, static_cast<long long>(amount),
               static_cast<long long>(expected));
  }
  // Any 8 bytes are an amount: every amount formats and parses back.
  if (length >= 8) {
    rg_money raw = 0;
    std::memcpy(&raw, text, sizeof raw);
    check_round_trip(raw, 0);
    check_round_trip(raw, RG_MONEY_FORMAT_THOUSANDS);
  }
  return 0;
}
