// Alkire-Foster multidimensional poverty measures, exact (docs/poverty-measures.md).
#include <cassert>
#include <string>
#include <unordered_map>

#include "measures/wide_sum.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/poverty_measures.hpp"

namespace rg::measures {
namespace {

using detail::BigInt;
using Rational = Ratio::Rational;

[[noreturn]] void invalid(const std::string& message) {
  throw Error(ErrorCode::kInvalidArgument, "Alkire-Foster: " + message);
}

std::string at(const char* field, std::size_t i) { return std::string(field) + "[" + std::to_string(i) + "]"; }

void validate_shape(const AlkireFosterInput& in) {
  if (in.people == 0) invalid("people is 0: there is nobody to measure");
  if (in.indicators == 0) invalid("indicators is 0: there is nothing to measure");
  if (in.people > kAfPeopleMax) {
    throw Error(ErrorCode::kLimit, "Alkire-Foster: people " + std::to_string(in.people) + " exceeds kAfPeopleMax (" +
                                       std::to_string(kAfPeopleMax) + ")");
  }
  if (in.indicators > kAfIndicatorsMax) {
    throw Error(ErrorCode::kLimit, "Alkire-Foster: indicators " + std::to_string(in.indicators) +
                                       " exceeds kAfIndicatorsMax (" + std::to_string(kAfIndicatorsMax) + ")");
  }
  if (in.achievements.size() != in.people * in.indicators) {
    invalid("achievements has " + std::to_string(in.achievements.size()) + " values, expected people x indicators = " +
            std::to_string(in.people) + " x " + std::to_string(in.indicators));
  }
  if (in.cutoffs.size() != in.indicators) {
    invalid("cutoffs has " + std::to_string(in.cutoffs.size()) + " values, expected " + std::to_string(in.indicators));
  }
  if (in.weights.size() != in.indicators) {
    invalid("weights has " + std::to_string(in.weights.size()) + " values, expected " + std::to_string(in.indicators));
  }
  if (!in.person_weights.empty() && in.person_weights.size() != in.people) {
    invalid("person_weights has " + std::to_string(in.person_weights.size()) + " values, expected " +
            std::to_string(in.people));
  }
}

void validate_values(const AlkireFosterInput& in) {
  for (std::size_t j = 0; j < in.indicators; ++j) {
    if (in.weights[j].sign() <= 0) invalid(at("weights", j) + " must be positive, got " + in.weights[j].to_fraction());
    if (in.cardinal && in.cutoffs[j].sign() <= 0) {
      invalid(at("cutoffs", j) + " is " + in.cutoffs[j].to_fraction() +
              ": the gap measures M1 and M2 divide by the cutoff, so it must be positive (use cardinal = false for "
              "ordinal data)");
    }
  }
  if (in.k.sign() <= 0 || in.k > Ratio(1, 1)) invalid("poverty cutoff k must lie in (0, 1], got " + in.k.to_fraction());
  for (std::size_t i = 0; i < in.person_weights.size(); ++i) {
    if (in.person_weights[i] <= 0) {
      invalid(at("person_weights", i) + " must be positive, got " + std::to_string(in.person_weights[i]));
    }
  }
}

// Indicator weights as integers u_j with the same proportions: w_j = u_j / U after normalisation.
std::vector<BigInt> integer_weights(std::span<const Ratio> weights) {
  BigInt common = 1;
  for (const Ratio& w : weights) common = boost::multiprecision::lcm(common, w.denominator());
  std::vector<BigInt> u;
  u.reserve(weights.size());
  for (const Ratio& w : weights) u.push_back(w.numerator() * (common / w.denominator()));
  return u;
}

bool is_deprived(const Ratio& y, const Ratio& z, Below below) {
  return below == Below::kStrict ? y.value() < z.value() : y.value() <= z.value();
}

// What a deprivation set (bit j = deprived in indicator j) means: its score and whether it is poor.
// People share few distinct sets, so each is evaluated (with its gcd) once per call.
struct MaskScore {
  BigInt score;  // s = sum of u_j over the set; c = s / U
  Ratio share;   // c
  bool poor = false;
};

// Per-indicator running sums over poor people deprived in the indicator.
struct GapSums {
  Rational gap;          // sum of v_i * (z_j - y_ij)
  Rational squared_gap;  // sum of v_i * (z_j - y_ij)^2
};

}  // namespace

AlkireFosterResult alkire_foster(const AlkireFosterInput& in) {
  validate_shape(in);
  validate_values(in);
  const std::size_t m = in.indicators;
  const std::vector<BigInt> u = integer_weights(in.weights);
  BigInt u_total = 0;
  for (const BigInt& x : u) u_total += x;
  // Poor when c_i = s_i / U >= k_num / k_den, i.e. s_i * k_den >= k_num * U.
  const BigInt k_den = in.k.denominator();
  const BigInt k_threshold = in.k.numerator() * u_total;

  AlkireFosterResult r;
  r.deprivation_score.reserve(in.people);
  r.poor.reserve(in.people);
  std::vector<detail::WideSum> uncensored(m), censored(m);
  std::vector<GapSums> gaps(in.cardinal ? m : 0);
  detail::WideSum population, poor_population;
  BigInt poor_score = 0;  // sum over poor i of v_i * s_i
  std::unordered_map<uint64_t, MaskScore> by_mask;
  for (std::size_t i = 0; i < in.people; ++i) {
    const uint64_t v = in.person_weights.empty() ? 1 : static_cast<uint64_t>(in.person_weights[i]);
    population.add(uint128{v});
    const std::span<const Ratio> row = in.achievements.subspan(i * m, m);
    uint64_t deprived = 0;
    for (std::size_t j = 0; j < m; ++j) {
      if (!is_deprived(row[j], in.cutoffs[j], in.below)) continue;
      deprived |= uint64_t{1} << j;
      uncensored[j].add(uint128{v});
    }
    auto [it, added] = by_mask.try_emplace(deprived);
    MaskScore& ms = it->second;
    if (added) {
      for (std::size_t j = 0; j < m; ++j) {
        if ((deprived & (uint64_t{1} << j)) != 0) ms.score += u[j];
      }
      ms.share = Ratio(Rational(ms.score, u_total));
      ms.poor = ms.score * k_den >= k_threshold;
    }
    r.deprivation_score.push_back(ms.share);
    r.poor.push_back(ms.poor ? 1 : 0);
    if (!ms.poor) continue;
    poor_population.add(uint128{v});
    poor_score += ms.score * v;
    for (std::size_t j = 0; j < m; ++j) {
      if ((deprived & (uint64_t{1} << j)) == 0) continue;
      censored[j].add(uint128{v});
      if (!in.cardinal) continue;
      Rational y = row[j].value();
      if (in.gap_cap == GapCap::kCapAtOne && y < 0) y = 0;
      const Rational g = in.cutoffs[j].value() - y;
      gaps[j].gap += g * v;
      gaps[j].squared_gap += g * g * v;
    }
  }

  const BigInt people = population.total();
  const BigInt poor_people = poor_population.total();
  const Rational u_people = Rational(u_total * people);
  r.headcount = Ratio(Rational(poor_people, people));
  r.intensity = poor_people == 0 ? Ratio() : Ratio(Rational(poor_score, u_total * poor_people));
  r.adjusted_headcount = Ratio(Rational(poor_score, u_total * people));
  assert(r.adjusted_headcount == r.headcount * r.intensity);
  Rational m1 = 0, m2 = 0;
  for (std::size_t j = 0; j < m; ++j) {
    const BigInt unc = uncensored[j].total();
    const BigInt cen = censored[j].total();
    r.uncensored_headcount.emplace_back(Rational(unc, people));
    r.censored_headcount.emplace_back(Rational(cen, people));
    r.contribution.push_back(poor_score == 0 ? Ratio() : Ratio(Rational(u[j] * cen, poor_score)));
    if (in.cardinal) {
      const Rational& z = in.cutoffs[j].value();
      m1 += Rational(u[j]) * gaps[j].gap / z;
      m2 += Rational(u[j]) * gaps[j].squared_gap / (z * z);
    }
  }
  if (in.cardinal) {
    r.adjusted_gap = Ratio(Rational(m1 / u_people));
    r.adjusted_squared_gap = Ratio(Rational(m2 / u_people));
  }
  return r;
}

std::vector<Ratio> ratios_from_scaled(std::span<const int64_t> numerators, int64_t denominator) {
  if (denominator <= 0) invalid("denominator must be positive, got " + std::to_string(denominator));
  std::vector<Ratio> out;
  out.reserve(numerators.size());
  for (const int64_t n : numerators) out.emplace_back(n, denominator);
  return out;
}

}  // namespace rg::measures
