// C ABI: region codes.
#include "capi/args.hpp"
#include "capi/guard.hpp"
#include "ruralguard/region_code.hpp"

using rg::capi::guard;

extern "C" {

rg_status rg_region_parse(uint64_t* out_code, uint8_t* out_level, const char* text, size_t text_len) {
  RG_CHECK_ARG(out_code);
  return guard([&, func = __func__] {
    const auto code = rg::RegionCode::parse(rg::capi::text_arg(text, text_len, "text", func));
    *out_code = code.value();
    if (out_level != nullptr) *out_level = static_cast<uint8_t>(code.level());
  });
}

rg_status rg_region_parent(uint64_t* out_parent, uint64_t code) {
  RG_CHECK_ARG(out_parent);
  return guard([&] { *out_parent = rg::RegionCode::from_value(code).parent().value(); });
}

rg_status rg_region_is_within(uint8_t* out_within, uint64_t code, const char* prefix, size_t prefix_len) {
  RG_CHECK_ARG(out_within);
  return guard([&, func = __func__] {
    const auto view = rg::capi::text_arg(prefix, prefix_len, "prefix", func);
    *out_within = rg::RegionCode::from_value(code).is_within(view) ? 1 : 0;
  });
}

}  // extern "C"
