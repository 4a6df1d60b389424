// C ABI: poverty measures (FGT, Alkire-Foster). Results cross as text (exact fractions or
// decimals rounded once) because exact ratios can outgrow int64.
#include <string>
#include <vector>

#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/text_out.hpp"
#include "ruralguard/poverty_measures.hpp"

namespace {

using rg::capi::guard;

constexpr uint32_t kKnownFlags = RG_MEASURES_AT_OR_BELOW | RG_MEASURES_UNCAPPED_GAP | RG_MEASURES_ORDINAL;

// Checks the flags and the presentation; returns the rounding mode.
rg::Rounding check_format(const char* function, uint32_t flags, uint32_t allowed, int32_t decimals,
                          int32_t rounding) {
  if ((flags & ~allowed) != 0) {
    throw rg::Error(
        rg::ErrorCode::kInvalidArgument,
        std::string(function) + ": unknown flag bits " + std::to_string(flags & ~allowed));
  }
  if (decimals != RG_MEASURES_FRACTION && (decimals < 0 || decimals > 18)) {
    throw rg::Error(rg::ErrorCode::kInvalidArgument,
                    std::string(function) +
                        ": decimals must be RG_MEASURES_FRACTION or 0..18, got " +
                        std::to_string(decimals));
  }
  return rg::capi::enum_arg<rg::Rounding>(rounding, "rounding", function);
}

std::string present(const rg::Ratio& r, int32_t decimals, rg::Rounding rounding) {
  if (decimals == RG_MEASURES_FRACTION) return r.to_fraction();
  return r.to_decimal(decimals, rounding);
}

rg::measures::Below below_of(uint32_t flags) {
  return (flags & RG_MEASURES_AT_OR_BELOW) != 0 ? rg::measures::Below::kAtOrBelow : rg::measures::Below::kStrict;
}
rg::measures::GapCap cap_of(uint32_t flags) {
  return (flags & RG_MEASURES_UNCAPPED_GAP) != 0 ? rg::measures::GapCap::kUncapped : rg::measures::GapCap::kCapAtOne;
}

}  // namespace

extern "C" {

rg_status rg_measures_fgt(char* out, size_t out_capacity, size_t* out_length, const rg_money* incomes,
                          const int64_t* weights, size_t count, rg_money line, int32_t alpha, uint32_t flags,
                          int32_t decimals, int32_t rounding) {
  RG_CHECK_ARG(out_length);
  RG_CHECK_ARG(incomes);
  return guard([&, func = __func__] {
    const uint32_t allowed = RG_MEASURES_AT_OR_BELOW | RG_MEASURES_UNCAPPED_GAP;
    const rg::Rounding mode = check_format(func, flags, allowed, decimals, rounding);
    if (count > RG_FGT_ENTRIES_MAX) {
      throw rg::Error(rg::ErrorCode::kLimit, std::string(func) + ": count " +
                                                 std::to_string(count) +
                                                 " exceeds RG_FGT_ENTRIES_MAX (" +
                                                 std::to_string(RG_FGT_ENTRIES_MAX) + ")");
    }
    static_assert(sizeof(rg::Money) == sizeof(rg_money), "rg::Money is one rg_money");
    std::vector<rg::Money> values(count);
    for (size_t i = 0; i < count; ++i) values[i] = rg::Money::from_units(incomes[i]);
    const std::span<const int64_t> w = weights == nullptr ? std::span<const int64_t>() : std::span(weights, count);
    const rg::measures::FgtOptions options{rg::Money::from_units(line), below_of(flags), cap_of(flags)};
    const rg::Ratio p = rg::measures::fgt(values, w, options, alpha);
    rg::capi::copy_text_out(present(p, decimals, mode), out, out_capacity, out_length,
                            "rg_measures_fgt");
  });
}

void rg_af_input_init(rg_af_input* input) {
  if (!rg::capi::init_struct(input)) return;
  input->denominator = 1;
  input->k_numerator = 1;
  input->k_denominator = 2;
}

rg_status rg_measures_alkire_foster(char* out, size_t out_capacity, size_t* out_length, const rg_af_input* input,
                                    int32_t decimals, int32_t rounding) {
  RG_CHECK_ARG(out_length);
  RG_CHECK_ARG(input);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(input->struct_size, sizeof(rg_af_input), "rg_af_input", func);
    rg::capi::required_arg(input->achievements, "input->achievements", func);
    rg::capi::required_arg(input->cutoffs, "input->cutoffs", func);
    const rg::Rounding mode = check_format(func, input->flags, kKnownFlags, decimals, rounding);
    if (input->people > RG_AF_PEOPLE_MAX || input->indicators > RG_AF_INDICATORS_MAX) {
      throw rg::Error(rg::ErrorCode::kLimit,
                      std::string(func) + ": " + std::to_string(input->people) + " people x " +
                          std::to_string(input->indicators) +
                          " indicators exceed RG_AF_PEOPLE_MAX (" +
                          std::to_string(RG_AF_PEOPLE_MAX) + ") or RG_AF_INDICATORS_MAX (" +
                          std::to_string(RG_AF_INDICATORS_MAX) + ")");
    }
    if (input->k_denominator == 0) {
      throw rg::Error(rg::ErrorCode::kInvalidArgument, std::string(func) + ": k_denominator is 0");
    }
    const size_t m = input->indicators;
    const size_t cells = input->people * m;  // both bounded above: no overflow
    const auto achievements = rg::measures::ratios_from_scaled(std::span(input->achievements, cells), input->denominator);
    const auto cutoffs = rg::measures::ratios_from_scaled(std::span(input->cutoffs, m), input->denominator);
    std::vector<rg::Ratio> weights;
    for (size_t j = 0; j < m; ++j)
      weights.emplace_back(input->weights == nullptr ? 1 : input->weights[j], 1);
    rg::measures::AlkireFosterInput in;
    in.people = input->people;
    in.indicators = m;
    in.achievements = achievements;
    in.cutoffs = cutoffs;
    in.weights = weights;
    in.k = rg::Ratio(input->k_numerator, input->k_denominator);
    if (input->person_weights != nullptr)
      in.person_weights = std::span(input->person_weights, input->people);
    in.below = below_of(input->flags);
    in.gap_cap = cap_of(input->flags);
    in.cardinal = (input->flags & RG_MEASURES_ORDINAL) == 0;
    const auto r = rg::measures::alkire_foster(in);
    std::string text = present(r.headcount, decimals, mode) + " " +
                       present(r.intensity, decimals, mode) + " " +
                       present(r.adjusted_headcount, decimals, mode);
    text += ' ';
    text += r.adjusted_gap ? present(*r.adjusted_gap, decimals, mode) : std::string("NA");
    text += ' ';
    text += r.adjusted_squared_gap ? present(*r.adjusted_squared_gap, decimals, mode)
                                   : std::string("NA");
    rg::capi::copy_text_out(text, out, out_capacity, out_length, "rg_measures_alkire_foster");
  });
}

}  // extern "C"
