// C ABI: dates.
#include <cstring>

#include "capi/args.hpp"
#include "capi/guard.hpp"
#include "ruralguard/date.hpp"

using rg::capi::guard;

extern "C" {

rg_status rg_date_parse(rg_date* out, const char* text, size_t text_len) {
  RG_CHECK_ARG(out);
  return guard([&, func = __func__] {
    *out = rg::Date::parse(rg::capi::text_arg(text, text_len, "text", func)).days_since_epoch();
  });
}

rg_status rg_date_from_ymd(rg_date* out, int32_t year, int32_t month, int32_t day) {
  RG_CHECK_ARG(out);
  return guard([&] { *out = rg::Date::from_ymd(year, month, day).days_since_epoch(); });
}

rg_status rg_date_to_ymd(int32_t* out_year, int32_t* out_month, int32_t* out_day, rg_date date) {
  if (out_year == nullptr && out_month == nullptr && out_day == nullptr) {
    return rg::capi::set_error(RG_EINVAL, "rg_date_to_ymd: all outputs are NULL");
  }
  return guard([&] {
    const auto d = rg::Date::from_days_since_epoch(date);
    if (out_year != nullptr) *out_year = d.year();
    if (out_month != nullptr) *out_month = d.month();
    if (out_day != nullptr) *out_day = d.day();
  });
}

rg_status rg_date_format(char* out, size_t out_capacity, rg_date date) {
  RG_CHECK_ARG(out);
  return guard([&] {
    const std::string text = rg::Date::from_days_since_epoch(date).to_string();
    if (out_capacity < text.size() + 1) {
      throw rg::Error(rg::ErrorCode::kBufferTooSmall, "rg_date_format: capacity must be at least 11 bytes");
    }
    std::memcpy(out, text.c_str(), text.size() + 1);
  });
}

rg_status rg_date_add_months(rg_date* out, rg_date date, int32_t months) {
  RG_CHECK_ARG(out);
  return guard([&] {
    *out = rg::Date::from_days_since_epoch(date).add_months(months).days_since_epoch();
  });
}

}  // extern "C"
