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

// A cutoff with its int64 numerator and denominator when they fit: comparing y = n/d with
// z = a/b as n*b < a*d in 128 bits avoids boost::rational's division-based comparison.
struct Cutoff {
  const Ratio* z = nullptr;
  bool small = false;
  int64_t a = 0, b = 1;
};

bool is_deprived(const Ratio& y, const Cutoff& c, Below below) {
  int64_t n = 0, d = 1;
  if (c.small && y.to_int64_pair(n, d)) {  // denominators are positive
    const int128 lhs = static_cast<int128>(n) * c.b;
    const int128 rhs = static_cast<int128>(c.a) * d;
    return below == Below::kStrict ? lhs < rhs : lhs <= rhs;
  }
  return below == Below::kStrict ? y.value() < c.z->value() : y.value() <= c.z->value();
}

// What a deprivation set (bit j = deprived in indicator j) means: its score and whether it is poor.
// People share few distinct sets, so each is evaluated (with its gcd) once per call.
struct MaskScore {
  BigInt score;  // s = sum of u_j over the set; c = s / U
  Ratio share;   // c
  bool poor = false;
};

// Per-indicator sums over poor people deprived in the indicator, kept as integers per achievement
// denominator d (y = n / d): sum v, sum v*n, sum v*n^2. Adding rationals one by one costs a gcd
// per addition; integer sums cost an add, and a column of decimals has one or a few denominators.
struct DenominatorSums {
  BigInt denominator;
  BigInt v, vn, vn2;
};
class GapSums {
 public:
  void add(const Ratio& y, uint64_t v, GapCap cap) {
    BigInt n = y.numerator();
    if (cap == GapCap::kCapAtOne && n < 0) n = 0;  // a negative achievement counts as 0
    DenominatorSums& e = entry(y.denominator());
    e.v += v;
    const BigInt vn = n * v;
    e.vn += vn;
    e.vn2 += vn * n;
  }
  // sum v * (z - y) and sum v * (z - y)^2 over everything added.
  [[nodiscard]] Rational gap(const Rational& z) const {
    Rational total = 0;
    for (const auto& e : sums_) total += z * e.v - Rational(e.vn, e.denominator);
    return total;
  }
  [[nodiscard]] Rational squared_gap(const Rational& z) const {
    Rational total = 0;
    for (const auto& e : sums_) {
      total += z * z * e.v - 2 * z * Rational(e.vn, e.denominator) +
               Rational(e.vn2, e.denominator * e.denominator);
    }
    return total;
  }

 private:
  DenominatorSums& entry(const BigInt& d) {
    if (!sums_.empty() && sums_[last_].denominator == d) return sums_[last_];
    for (std::size_t i = 0; i < sums_.size(); ++i) {
      if (sums_[i].denominator == d) return sums_[last_ = i];
    }
    sums_.push_back(DenominatorSums{d, 0, 0, 0});
    return sums_[last_ = sums_.size() - 1];
  }
  std::vector<DenominatorSums> sums_;
  std::size_t last_ = 0;
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

  std::vector<Cutoff> cutoffs(m);
  for (std::size_t j = 0; j < m; ++j) {
    cutoffs[j].z = &in.cutoffs[j];
    cutoffs[j].small = in.cutoffs[j].to_int64_pair(cutoffs[j].a, cutoffs[j].b);
  }

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
      if (!is_deprived(row[j], cutoffs[j], in.below)) continue;
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
      gaps[j].add(row[j], v, in.gap_cap);
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
      m1 += Rational(u[j]) * gaps[j].gap(z) / z;
      m2 += Rational(u[j]) * gaps[j].squared_gap(z) / (z * z);
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
