// C ABI: poverty measures (FGT, Alkire-Foster). Results cross as text (exact fractions or
// decimals rounded once) because exact ratios can outgrow int64.
#include <optional>
#include <span>
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


// Checks the arguments shared by rg_measures_alkire_foster and rg_measures_alkire_foster_detail
// (inside the guard: a refusal is thrown); returns the rounding mode.
rg::Rounding check_af_input(const char* func, const rg_af_input* input, int32_t decimals, int32_t rounding) {
  rg::capi::check_struct_size(input->struct_size, sizeof(rg_af_input), "rg_af_input", func);
  rg::capi::required_arg(input->achievements, "input->achievements", func);
  rg::capi::required_arg(input->cutoffs, "input->cutoffs", func);
  const rg::Rounding mode = check_format(func, input->flags, kKnownFlags, decimals, rounding);
  if (input->people > RG_AF_PEOPLE_MAX || input->indicators > RG_AF_INDICATORS_MAX) {
    throw rg::Error(rg::ErrorCode::kLimit, std::string(func) + ": " + std::to_string(input->people) + " people x " +
                                               std::to_string(input->indicators) + " indicators exceed RG_AF_PEOPLE_MAX (" +
                                               std::to_string(RG_AF_PEOPLE_MAX) + ") or RG_AF_INDICATORS_MAX (" +
                                               std::to_string(RG_AF_INDICATORS_MAX) + ")");
  }
  if (input->k_denominator == 0) {
    throw rg::Error(rg::ErrorCode::kInvalidArgument, std::string(func) + ": k_denominator is 0");
  }
  return mode;
}

// The C++ problem of a validated rg_af_input; owns the converted ratios the spans point into.
struct AfProblem {
  std::vector<rg::Ratio> achievements;
  std::vector<rg::Ratio> cutoffs;
  std::vector<rg::Ratio> weights;
  rg::measures::AlkireFosterInput in;

  explicit AfProblem(const rg_af_input& input) {
    const size_t m = input.indicators;
    const size_t cells = input.people * m;  // both bounded above: no overflow
    achievements = rg::measures::ratios_from_scaled(std::span(input.achievements, cells), input.denominator);
    cutoffs = rg::measures::ratios_from_scaled(std::span(input.cutoffs, m), input.denominator);
    for (size_t j = 0; j < m; ++j) weights.emplace_back(input.weights == nullptr ? 1 : input.weights[j], 1);
    in.people = input.people;
    in.indicators = m;
    in.achievements = achievements;
    in.cutoffs = cutoffs;
    in.weights = weights;
    in.k = rg::Ratio(input.k_numerator, input.k_denominator);
    if (input.person_weights != nullptr) in.person_weights = std::span(input.person_weights, input.people);
    in.below = below_of(input.flags);
    in.gap_cap = cap_of(input.flags);
    in.cardinal = (input.flags & RG_MEASURES_ORDINAL) == 0;
  }
  AfProblem(const AfProblem&) = delete;
  AfProblem& operator=(const AfProblem&) = delete;
};

// Appends a JSON array of presented ratios (fraction or decimal text needs no escaping).
void append_ratio_array(std::string& text, const std::vector<rg::Ratio>& values, int32_t decimals, rg::Rounding rounding) {
  text += '[';
  for (size_t j = 0; j < values.size(); ++j) {
    if (j != 0) text += ',';
    text += '"' + present(values[j], decimals, rounding) + '"';
  }
  text += ']';
}

// {"H","A","M0","M1","M2" (null for ordinal data), per-indicator arrays}: the JSON of one result.
void append_af_json(std::string& text, const rg::measures::AlkireFosterResult& r, int32_t decimals, rg::Rounding rounding) {
  const auto optional = [&](const std::optional<rg::Ratio>& v) {
    return v ? '"' + present(*v, decimals, rounding) + '"' : std::string("null");
  };
  text += "{\"H\":\"" + present(r.headcount, decimals, rounding) + "\",\"A\":\"" +
          present(r.intensity, decimals, rounding) + "\",\"M0\":\"" +
          present(r.adjusted_headcount, decimals, rounding) + "\",\"M1\":" + optional(r.adjusted_gap) +
          ",\"M2\":" + optional(r.adjusted_squared_gap) + ",\"uncensored_headcount\":";
  append_ratio_array(text, r.uncensored_headcount, decimals, rounding);
  text += ",\"censored_headcount\":";
  append_ratio_array(text, r.censored_headcount, decimals, rounding);
  text += ",\"indicator_contribution\":";
  append_ratio_array(text, r.contribution, decimals, rounding);
  text += '}';
}

// Checks `input` and runs body(problem, rounding mode) inside the exception guard.
template <typename Body>
rg_status af_guarded(const char* func, const rg_af_input* input, int32_t decimals, int32_t rounding, Body body) {
  return guard([&] {
    const rg::Rounding mode = check_af_input(func, input, decimals, rounding);
    const AfProblem problem(*input);
    body(problem, mode);
  });
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
  return af_guarded(__func__, input, decimals, rounding, [&](const AfProblem& problem, rg::Rounding mode) {
    const auto r = rg::measures::alkire_foster(problem.in);
    std::string text = present(r.headcount, decimals, mode) + " " + present(r.intensity, decimals, mode) + " " +
                       present(r.adjusted_headcount, decimals, mode);
    text += ' ';
    text += r.adjusted_gap ? present(*r.adjusted_gap, decimals, mode) : std::string("NA");
    text += ' ';
    text += r.adjusted_squared_gap ? present(*r.adjusted_squared_gap, decimals, mode) : std::string("NA");
    rg::capi::copy_text_out(text, out, out_capacity, out_length, "rg_measures_alkire_foster");
  });
}

rg_status rg_measures_alkire_foster_detail(char* out, size_t out_capacity, size_t* out_length,
                                           const rg_af_input* input, const int64_t* group_of_person,
                                           int32_t decimals, int32_t rounding) {
  RG_CHECK_ARG(out_length);
  RG_CHECK_ARG(input);
  return af_guarded(__func__, input, decimals, rounding, [&](const AfProblem& problem, rg::Rounding mode) {
    std::string text = "{\"total\":";
    if (group_of_person == nullptr) {
      append_af_json(text, rg::measures::alkire_foster(problem.in), decimals, mode);
      text += ",\"subgroups\":[]}";
    } else {
      const auto d = rg::measures::alkire_foster_by_group(problem.in, std::span(group_of_person, input->people));
      append_af_json(text, d.total, decimals, mode);
      text += ",\"subgroups\":[";
      for (size_t g = 0; g < d.subgroups.size(); ++g) {
        const auto& sub = d.subgroups[g];
        if (g != 0) text += ',';
        text += "{\"group\":" + std::to_string(sub.group) + ",\"population_share\":\"" +
                present(sub.population_share, decimals, mode) + "\",\"contribution\":\"" +
                present(sub.contribution, decimals, mode) + "\",\"measures\":";
        append_af_json(text, sub.result, decimals, mode);
        text += '}';
      }
      text += "]}";
    }
    rg::capi::copy_text_out(text, out, out_capacity, out_length, "rg_measures_alkire_foster_detail");
  });
}

}  // extern "C"
