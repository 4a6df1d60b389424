// ruralguard C++ API: a deterministic synthetic county for demos, tests and benchmarks.
//
// The same options (seed included) always give the same county, byte for byte, on every
// platform: the generator uses its own integer PRNG (SplitMix64) and integer-only arithmetic.
// Shape by default: 13 townships, 300 villages, 100,000 households of 2-4 active members,
// about 7% formerly poor (脱贫户 and 脱贫不享受政策户), about 0.5% with the profile of a monitored
// household (per-capita income below the default threshold plus a risk such as a serious illness
// with heavy out-of-pocket spending or an unsafe house, and an identification income statement),
// incomes drawn from plausible integer distributions, and on request a few per mille of records
// carrying one deliberate data error each (for testing the rules of docs/data-quality.md).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "ruralguard/date.hpp"
#include "ruralguard/household.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/region.hpp"
#include "ruralguard/region_code.hpp"

namespace rg {

struct SyntheticCountyOptions {
  static constexpr int64_t kHouseholdsMax = 20'000'000;
  static constexpr int kTownshipsMax = 999;
  static constexpr int kVillagesMax = 99'999;

  uint64_t seed = 20240101;
  int64_t households = 100'000;          // 1..kHouseholdsMax
  RegionCode county = RegionCode::parse("500230000000");  // must be a county-level code
  std::string county_name = "示例县";
  int townships = 13;                    // 1..kTownshipsMax
  int villages = 300;                    // townships..kVillagesMax, spread evenly (<= 999 per township)
  int formerly_poor_permille = 70;       // share of formerly poor households
  int monitored_permille = 5;            // share with the monitored-household profile
  int error_permille = 0;                // share of households given one deliberate data error
  int income_year = 2024;                // annual statements cover this calendar year
};

struct SyntheticCountySummary {
  int64_t regions = 0;
  int64_t households = 0;
  int64_t members = 0;
  int64_t income_statements = 0;
  int64_t formerly_poor = 0;
  int64_t monitored_profile = 0;
  int64_t injected_errors = 0;
};

// Receives the county record by record, regions first, then each household followed by its
// members and income statements. Members carry their clear ID numbers.
struct CountySink {
  std::function<void(const Region&)> region;
  std::function<void(const Household&)> household;
  std::function<void(const Member&)> member;
  std::function<void(const IncomeStatement&)> income;
};

// Generates the county into `sink`. Throws Error(kInvalidArgument) naming the option that is out
// of range.
SyntheticCountySummary generate_county(const SyntheticCountyOptions& options, const CountySink& sink);

}  // namespace rg
