// C ABI: money.
#include <cstring>

#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "ruralguard/money.hpp"

namespace {

using rg::capi::guard;
using rg::capi::set_error;

// The rounding mode of a call that also takes `decimals` (0..4).
rg::Rounding rounding_arg(int32_t decimals, int32_t rounding, const char* function) {
  const auto mode = rg::capi::enum_arg<rg::Rounding>(rounding, "rounding", function);
  if (decimals < 0 || decimals > rg::Money::kDecimalsMax) {
    throw rg::Error(
        rg::ErrorCode::kInvalidArgument,
        std::string(function) + ": decimals must be 0..4, got " + std::to_string(decimals));
  }
  return mode;
}

rg_status allocate_common(const char* function, rg_money* out_parts, rg_money total,
                          const int64_t* weights, size_t count, int64_t step_units) {
  if (out_parts == nullptr) return rg::capi::null_argument(function, "out_parts");
  if (weights == nullptr) return rg::capi::null_argument(function, "weights");
  if (count == 0) return set_error(RG_EINVAL, std::string(function) + ": count is 0");
  if (count > RG_ALLOCATE_PARTS_MAX) {
    return set_error(RG_ELIMIT, std::string(function) + ": count " + std::to_string(count) +
                                    " exceeds RG_ALLOCATE_PARTS_MAX (" +
                                    std::to_string(RG_ALLOCATE_PARTS_MAX) + ")");
  }
  return guard([&] {
    std::vector<rg::Money> parts(count);
    rg::allocate_into(rg::Money::from_units(total), std::span<const int64_t>(weights, count), step_units,
                      parts);
    for (size_t i = 0; i < count; ++i) out_parts[i] = parts[i].units();
  });
}

}  // namespace

extern "C" {

rg_status rg_money_parse(rg_money* out, const char* text, size_t text_len, uint32_t flags) {
  RG_CHECK_ARG(out);
  return guard([&, func = __func__] {
    const auto view = rg::capi::text_arg(text, text_len, "text", func);
    if ((flags & ~RG_MONEY_PARSE_THOUSANDS) != 0) {
      throw rg::Error(rg::ErrorCode::kInvalidArgument,
                      "rg_money_parse: unknown flag bits " + std::to_string(flags));
    }
    rg::MoneyParseOptions options;
    options.allow_thousands_separator = (flags & RG_MONEY_PARSE_THOUSANDS) != 0;
    *out = rg::Money::parse(view, options).units();
  });
}

rg_status rg_money_format(char* out, size_t out_capacity, size_t* out_length, rg_money amount,
                          int32_t decimals, int32_t rounding, uint32_t flags) {
  RG_CHECK_ARG(out);
  return guard([&, func = __func__] {
    rg::MoneyFormatOptions options;
    options.rounding = rounding_arg(decimals, rounding, func);
    if ((flags & ~RG_MONEY_FORMAT_THOUSANDS) != 0) {
      throw rg::Error(rg::ErrorCode::kInvalidArgument,
                      "rg_money_format: unknown flag bits " + std::to_string(flags));
    }
    options.decimals = decimals;
    options.thousands_separator = (flags & RG_MONEY_FORMAT_THOUSANDS) != 0;
    const std::string text = rg::Money::from_units(amount).format(options);
    if (text.size() + 1 > out_capacity) {
      throw rg::Error(rg::ErrorCode::kBufferTooSmall,
                      "rg_money_format: needs " + std::to_string(text.size() + 1) + " bytes, capacity is " +
                          std::to_string(out_capacity));
    }
    std::memcpy(out, text.c_str(), text.size() + 1);
    if (out_length != nullptr) *out_length = text.size();
  });
}

rg_status rg_money_add(rg_money* out, rg_money a, rg_money b) {
  RG_CHECK_ARG(out);
  return guard([&] { *out = (rg::Money::from_units(a) + rg::Money::from_units(b)).units(); });
}

rg_status rg_money_sub(rg_money* out, rg_money a, rg_money b) {
  RG_CHECK_ARG(out);
  return guard([&] { *out = (rg::Money::from_units(a) - rg::Money::from_units(b)).units(); });
}

rg_status rg_money_mul_ratio(rg_money* out, rg_money amount, int64_t numerator, int64_t denominator,
                             int32_t decimals, int32_t rounding) {
  RG_CHECK_ARG(out);
  return guard([&, func = __func__] {
    const rg::Rounding mode = rounding_arg(decimals, rounding, func);
    *out = rg::Money::from_units(amount).mul_ratio(numerator, denominator, mode, decimals).units();
  });
}

rg_status rg_money_div(rg_money* out, rg_money amount, int64_t divisor, int32_t decimals,
                       int32_t rounding) {
  RG_CHECK_ARG(out);
  return guard([&, func = __func__] {
    const rg::Rounding mode = rounding_arg(decimals, rounding, func);
    *out = rg::Money::from_units(amount).divide(divisor, mode, decimals).units();
  });
}

rg_status rg_money_check_fen(rg_money amount) {
  return guard([&] { (void)rg::Money::from_units(amount).to_fen(); });
}

rg_status rg_money_allocate(rg_money* out_parts, rg_money total, const int64_t* weights, size_t count) {
  return allocate_common(__func__, out_parts, total, weights, count, 1);
}

rg_status rg_money_allocate_fen(rg_money* out_parts, rg_money total, const int64_t* weights,
                                size_t count) {
  return allocate_common(__func__, out_parts, total, weights, count, rg::Money::kUnitsPerFen);
}

}  // extern "C"
