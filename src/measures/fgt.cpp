// Foster-Greer-Thorbecke poverty measures, exact (docs/poverty-measures.md).
#include <array>
#include <string>

#include "measures/wide_sum.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/poverty_measures.hpp"

namespace rg::measures {
namespace {

using detail::BigInt;
using detail::WideSum;

[[noreturn]] void invalid(const std::string& message) {
  throw Error(ErrorCode::kInvalidArgument, "FGT: " + message);
}

std::string money_text(Money m) { return m.format({.decimals = 4}); }

void validate(std::span<const Money> incomes, std::span<const int64_t> weights, const FgtOptions& options) {
  if (incomes.empty()) invalid("no incomes were given");
  if (incomes.size() > kFgtEntriesMax) {
    throw Error(ErrorCode::kLimit, "FGT: " + std::to_string(incomes.size()) + " incomes exceed kFgtEntriesMax (" +
                                       std::to_string(kFgtEntriesMax) + ")");
  }
  if (!weights.empty() && weights.size() != incomes.size()) {
    invalid("weights has " + std::to_string(weights.size()) + " entries but incomes has " +
            std::to_string(incomes.size()));
  }
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (weights[i] <= 0) {
      invalid("weights[" + std::to_string(i) + "] must be positive, got " + std::to_string(weights[i]));
    }
  }
  if (options.line.units() <= 0) invalid("poverty line must be positive, got " + money_text(options.line));
}

void check_alpha(int alpha) {
  if (alpha < 0 || alpha > kFgtAlphaMax) {
    invalid("alpha must be 0.." + std::to_string(kFgtAlphaMax) + ", got " + std::to_string(alpha));
  }
}

// Sums S_alpha = sum over poor i of w_i * (z - y_i)^alpha (gaps in money units) for each alpha in
// `alphas`, and N = sum of all w_i. P_alpha = S_alpha / (N * z^alpha) exactly.
template <std::size_t K>
std::array<BigInt, K> gap_power_sums(std::span<const Money> incomes, std::span<const int64_t> weights,
                                     const FgtOptions& options, const std::array<int, K>& alphas,
                                     BigInt& population) {
  const int128 line = options.line.units();
  std::array<WideSum, K> sums{};
  WideSum people;
  for (std::size_t i = 0; i < incomes.size(); ++i) {
    const uint64_t w = weights.empty() ? 1 : static_cast<uint64_t>(weights[i]);
    people.add(uint128{w});
    int128 y = incomes[i].units();
    const bool poor = options.below == Below::kStrict ? y < line : y <= line;
    if (!poor) continue;
    if (options.gap_cap == GapCap::kCapAtOne && y < 0) y = 0;
    const auto gap = static_cast<uint128>(line - y);  // 0 <= gap < 2^65
    for (std::size_t a = 0; a < K; ++a) detail::add_power_term(sums[a], w, gap, alphas[a]);
  }
  population = people.total();
  std::array<BigInt, K> totals;
  for (std::size_t a = 0; a < K; ++a) totals[a] = sums[a].total();
  return totals;
}

Ratio index(const BigInt& sum, const BigInt& population, Money line, int alpha) {
  const BigInt denominator = population * boost::multiprecision::pow(BigInt(line.units()), static_cast<unsigned>(alpha));
  return Ratio(Ratio::Rational(sum, denominator));
}

}  // namespace

Ratio fgt(std::span<const Money> incomes, std::span<const int64_t> weights, const FgtOptions& options, int alpha) {
  check_alpha(alpha);
  validate(incomes, weights, options);
  BigInt population;
  const auto sums = gap_power_sums<1>(incomes, weights, options, {alpha}, population);
  return index(sums[0], population, options.line, alpha);
}

FgtResult fgt_012(std::span<const Money> incomes, std::span<const int64_t> weights, const FgtOptions& options) {
  validate(incomes, weights, options);
  BigInt population;
  const auto sums = gap_power_sums<3>(incomes, weights, options, {0, 1, 2}, population);
  return FgtResult{index(sums[0], population, options.line, 0), index(sums[1], population, options.line, 1),
                   index(sums[2], population, options.line, 2)};
}

}  // namespace rg::measures
