// libFuzzer target: dates through the C ABI (rg_date_parse / rg_date_format / ymd / add_months).
// Properties: text that parses formats back to the identical text (strict YYYY-MM-DD); a day
// number that formats parses back to itself; ymd round-trips; add_months keeps the day or clamps
// it to the month's end and moves the month by exactly `months`.
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "fuzz_check.hpp"
#include "ruralguard/ruralguard.h"

namespace {

void check_day(rg_date date) {
  char text[16];
  if (rg_date_format(text, sizeof text, date) != RG_OK) return;  // outside 1900..9999
  FUZZ_CHECK(std::strlen(text) == 10, "'%s'", text);
  rg_date back = 0;
  FUZZ_CHECK(rg_date_parse(&back, text, 10) == RG_OK && back == date, "%d -> '%s' -> %d", date, text, back);
  int32_t y = 0, m = 0, d = 0;
  FUZZ_CHECK(rg_date_to_ymd(&y, &m, &d, date) == RG_OK, "to_ymd %d", date);
  rg_date again = 0;
  FUZZ_CHECK(rg_date_from_ymd(&again, y, m, d) == RG_OK && again == date, "ymd %d-%d-%d", y, m, d);
}

void check_add_months(rg_date date, int32_t months) {
  rg_date moved = 0;
  if (rg_date_add_months(&moved, date, months) != RG_OK) return;
  int32_t y0 = 0, m0 = 0, d0 = 0, y1 = 0, m1 = 0, d1 = 0;
  FUZZ_CHECK(rg_date_to_ymd(&y0, &m0, &d0, date) == RG_OK, "date %d", date);
  FUZZ_CHECK(rg_date_to_ymd(&y1, &m1, &d1, moved) == RG_OK, "moved %d", moved);
  const int64_t month_steps = (int64_t{y1} * 12 + m1) - (int64_t{y0} * 12 + m0);
  FUZZ_CHECK(month_steps == months, "%d + %d months = %d-%02d-%02d", date, months, y1, m1, d1);
  if (d1 != d0) {  // clamped: then it is the last day of the target month, before the old day
    rg_date next = 0;
    FUZZ_CHECK(d1 < d0, "day grew from %d to %d", d0, d1);
    FUZZ_CHECK(rg_date_from_ymd(&next, y1, m1, d1 + 1) == RG_ERANGE, "%d-%02d-%02d is not a month end", y1, m1, d1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const char* text = reinterpret_cast<const char*>(data);
  constexpr rg_date kSentinel = 0x5A5A5A5A;
  rg_date date = kSentinel;
  const rg_status status = rg_date_parse(&date, text, size);
  if (status == RG_OK) {
    char back[16];
    FUZZ_CHECK(rg_date_format(back, sizeof back, date) == RG_OK, "format %d", date);
    FUZZ_CHECK(size == 10 && std::memcmp(back, text, 10) == 0, "'%.*s' formats back as '%s'",
               static_cast<int>(size), text, back);
    check_day(date);
  } else {
    FUZZ_CHECK(status == RG_EPARSE || status == RG_ERANGE, "status %s", rg_status_name(status));
    FUZZ_CHECK(date == kSentinel, "*out changed on error");
  }
  // Binary view: a day number and a month count.
  if (size >= 8) {
    int32_t day = 0, months = 0;
    std::memcpy(&day, data, 4);
    std::memcpy(&months, data + 4, 4);
    check_day(day);
    check_day(day % 3000000);  // most often inside the supported range
    check_add_months(day % 3000000, months % 100000);
    check_add_months(day % 3000000, months);
  }
  return 0;
}
