// ruralguard C++ API: poverty measures for researchers and international users.
//
// Foster-Greer-Thorbecke (FGT) income poverty measures and the Alkire-Foster (AF)
// multidimensional poverty index, computed exactly: every result is an rg::Ratio (an unbounded
// rational), never a float. Formulas, conventions and the published example are in
// docs/poverty-measures.md. Pure functions: no I/O, no shared state, safe from any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "ruralguard/money.hpp"
#include "ruralguard/ratio.hpp"

namespace rg::measures {

// Named bounds (each tested at the limit and one past it; beyond them: Error(kLimit)).
inline constexpr std::size_t kFgtEntriesMax = 10'000'000;  // incomes per FGT call
inline constexpr int kFgtAlphaMax = 16;                     // largest FGT exponent alpha
inline constexpr std::size_t kAfPeopleMax = 1'000'000;      // rows of an AF achievement matrix
inline constexpr std::size_t kAfIndicatorsMax = 64;         // columns of an AF achievement matrix

// Who counts as poor (FGT) or deprived (AF).
enum class Below : uint8_t {
  kStrict,     // value < line (the default; "低于" in Chinese policy texts)
  kAtOrBelow,  // value <= line
};

// The normalised gap (z - y) / z of a negative value y exceeds 1. kCapAtOne (the default)
// treats a negative value as 0, so every gap lies in [0, 1] and P0 >= P1 >= P2 always holds;
// kUncapped keeps the textbook formula and lets a loss-making household weigh more than 1.
enum class GapCap : uint8_t { kCapAtOne, kUncapped };

// ---------------------------------------------------------------------------------------------
// Foster-Greer-Thorbecke: P_alpha = (1 / N) * sum over poor i of w_i * ((z - y_i) / z)^alpha,
// N = sum of all w_i. P0 is the headcount ratio, P1 the poverty gap index, P2 the squared gap
// (severity) index.
// ---------------------------------------------------------------------------------------------

struct FgtOptions {
  Money line;  // poverty line z (per-capita income); must be positive
  Below below = Below::kStrict;
  GapCap gap_cap = GapCap::kCapAtOne;
};

// `incomes`: per-capita incomes (1..kFgtEntriesMax of them). `weights`: empty (each income
// weighs 1) or one positive integer per income (e.g. household size, so that household
// per-capita incomes give a person-level measure). alpha: 0..kFgtAlphaMax.
// Throws Error(kInvalidArgument) for no incomes, a size mismatch, a weight <= 0, a line <= 0 or
// alpha out of range; Error(kLimit) above kFgtEntriesMax. Messages name the index and value.
[[nodiscard]] Ratio fgt(std::span<const Money> incomes, std::span<const int64_t> weights,
                        const FgtOptions& options, int alpha);

struct FgtResult {
  Ratio p0;  // headcount ratio
  Ratio p1;  // poverty gap index
  Ratio p2;  // squared poverty gap (severity) index
};
// P0, P1 and P2 in one pass; same arguments and errors as fgt().
[[nodiscard]] FgtResult fgt_012(std::span<const Money> incomes, std::span<const int64_t> weights,
                                const FgtOptions& options);

// ---------------------------------------------------------------------------------------------
// Alkire-Foster multidimensional poverty (adjusted headcount ratio M0 and its family).
// ---------------------------------------------------------------------------------------------

struct AlkireFosterInput {
  std::size_t people = 0;      // rows, 1..kAfPeopleMax
  std::size_t indicators = 0;  // columns, 1..kAfIndicatorsMax
  // people x indicators achievements, row-major (person 0's indicators first). Exact values:
  // use Ratio::parse("13.1") or Ratio::from_integer for decimals and integers.
  std::span<const Ratio> achievements;
  std::span<const Ratio> cutoffs;  // z_j, one per indicator
  // Relative indicator weights, each > 0; normalised by their sum (1,1,1,1 means 1/4 each; weights
  // that already sum to 1 are unchanged).
  std::span<const Ratio> weights;
  Ratio k;  // poverty cutoff on the weighted deprivation score, in (0, 1]
  // Sampling weights: empty (each person weighs 1) or one positive integer per person.
  std::span<const int64_t> person_weights;
  Below below = Below::kStrict;  // deprived when y_ij < z_j (kStrict) or y_ij <= z_j
  // Cardinal data: compute M1 and M2 from the normalised gaps (z_j - y_ij) / z_j; every cutoff
  // must then be positive. False for ordinal data: M1 and M2 are left empty.
  bool cardinal = true;
  GapCap gap_cap = GapCap::kCapAtOne;  // only for M1 and M2
};

struct AlkireFosterResult {
  Ratio headcount;     // H: weighted share of the poor
  Ratio intensity;     // A: average deprivation score among the poor (0 when nobody is poor)
  Ratio adjusted_headcount;                    // M0 = H * A
  std::optional<Ratio> adjusted_gap;           // M1 = H * A * G (cardinal data only)
  std::optional<Ratio> adjusted_squared_gap;   // M2 = H * A * S (cardinal data only)
  std::vector<Ratio> uncensored_headcount;     // per indicator: share deprived in it
  std::vector<Ratio> censored_headcount;       // per indicator: share poor and deprived in it
  // Per indicator: w_j * censored_headcount_j / M0; they sum to 1 (all 0 when M0 is 0).
  std::vector<Ratio> contribution;
  std::vector<Ratio> deprivation_score;        // per person: c_i = sum of w_j over deprivations
  std::vector<uint8_t> poor;                   // per person: 1 when c_i >= k
};

// Throws Error(kInvalidArgument) naming the field for: no people or indicators, sizes that do not
// match people x indicators, a weight <= 0, a person weight <= 0, k outside (0, 1], a cutoff <= 0
// with cardinal data; Error(kLimit) above kAfPeopleMax or kAfIndicatorsMax.
[[nodiscard]] AlkireFosterResult alkire_foster(const AlkireFosterInput& input);

// One subgroup of a decomposition (a region, a household type, ...).
struct AlkireFosterSubgroup {
  int64_t group = 0;
  Ratio population_share;       // weighted people in the group / all weighted people
  Ratio contribution;           // population_share * group M0 / total M0 (0 when total M0 is 0)
  AlkireFosterResult result;    // the group's own measures
};
struct AlkireFosterDecomposition {
  AlkireFosterResult total;
  std::vector<AlkireFosterSubgroup> subgroups;  // ascending group id
};
// M0, M1 and M2 are population-subgroup decomposable: sum over groups of population_share *
// group measure equals the total measure exactly. `group_of_person` has one id per person.
// Errors: as alkire_foster, plus kInvalidArgument when group_of_person has the wrong size.
[[nodiscard]] AlkireFosterDecomposition alkire_foster_by_group(const AlkireFosterInput& input,
                                                               std::span<const int64_t> group_of_person);

// Achievements given as scaled integers: value = numerators[i] / denominator (denominator > 0),
// e.g. 131 with denominator 10 for 13.1. Throws Error(kInvalidArgument) when denominator <= 0.
[[nodiscard]] std::vector<Ratio> ratios_from_scaled(std::span<const int64_t> numerators, int64_t denominator);

}  // namespace rg::measures
