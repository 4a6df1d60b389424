// Mergeable region summaries: sums, merge, roll-up and the derived exact rates.
#include "ruralguard/summary.hpp"

#include <algorithm>
#include <numeric>

#include "ruralguard/error.hpp"

namespace rg {

namespace {

int64_t checked_add(int64_t a, int64_t b, const char* field) {
  int64_t r = 0;
  if (__builtin_add_overflow(a, b, &r)) {
    throw Error(ErrorCode::kOverflow, std::string("summary merge: count '") + field + "' overflows");
  }
  return r;
}

template <std::size_t N>
void add_array(std::array<int64_t, N>& into, const std::array<int64_t, N>& from, const char* field) {
  for (std::size_t i = 0; i < N; ++i) into[i] = checked_add(into[i], from[i], field);
}

template <std::size_t N>
void add_array(std::array<Money, N>& into, const std::array<Money, N>& from) {
  for (std::size_t i = 0; i < N; ++i) into[i] += from[i];
}

std::optional<Ratio> share(int64_t num, int64_t den) {
  if (den == 0) return std::nullopt;
  return Ratio(num, den);
}

int64_t sum(std::span<const int64_t> values) { return std::accumulate(values.begin(), values.end(), int64_t{0}); }

// Cuts a region code value to the prefix of `level` (trailing segments zeroed).
uint64_t cut(uint64_t value, RegionLevel level) {
  static constexpr std::array<uint64_t, 6> kDivisor = {0, 10'000'000'000ULL, 100'000'000ULL, 1'000'000ULL, 1'000ULL,
                                                       1ULL};
  const uint64_t d = kDivisor[static_cast<std::size_t>(level)];
  return value / d * d;
}

RegionLevel level_of(uint64_t value) { return RegionCode::from_value(value).level(); }

}  // namespace

std::size_t income_bucket(Money per_capita_income) noexcept {
  std::size_t b = 0;
  for (std::size_t i = 1; i < kIncomeBucketCount; ++i) {
    if (per_capita_income.units() >= kIncomeBucketLowerYuan[i] * Money::kUnitsPerYuan) b = i;
  }
  return b;
}

int64_t RegionSummary::households() const { return sum(households_by_type); }
int64_t RegionSummary::people() const { return sum(people_by_type); }
int64_t RegionSummary::formerly_poor_households() const {
  return households_by_type[static_cast<std::size_t>(HouseholdType::kFormerlyPoor)] +
         households_by_type[static_cast<std::size_t>(HouseholdType::kFormerlyPoorNoPolicy)];
}
int64_t RegionSummary::formerly_poor_people() const {
  return people_by_type[static_cast<std::size_t>(HouseholdType::kFormerlyPoor)] +
         people_by_type[static_cast<std::size_t>(HouseholdType::kFormerlyPoorNoPolicy)];
}
std::optional<Ratio> RegionSummary::elimination_rate() const {
  return share(cases_eliminated, cases_under_monitoring + cases_eliminated);
}
std::optional<Ratio> RegionSummary::measure_coverage() const {
  return share(cases_with_measure, cases_under_monitoring);
}
std::optional<Ratio> RegionSummary::fp_income_mean() const {
  if (fp_people_with_income == 0) return std::nullopt;
  return Ratio(fp_income_people_sum.units(), fp_people_with_income) / Ratio::from_integer(Money::kUnitsPerYuan);
}
std::optional<Ratio> RegionSummary::fp_income_growth() const {
  if (fp_income_previous_matched.units() <= 0) return std::nullopt;
  return fp_income_current_matched.ratio_to(fp_income_previous_matched) - Ratio::from_integer(1);
}
Money RegionSummary::allocated_total() const {
  Money t;
  for (Money m : funds_allocated) t += m;
  return t;
}
Money RegionSummary::disbursed_total() const {
  Money t;
  for (Money m : funds_disbursed) t += m;
  return t;
}
std::optional<Ratio> RegionSummary::progress(FundLevel level) const {
  const auto i = static_cast<std::size_t>(level) - 1;
  if (funds_allocated[i].is_zero()) return std::nullopt;
  return funds_disbursed[i].ratio_to(funds_allocated[i]);
}
std::optional<Ratio> RegionSummary::progress_total() const {
  const Money a = allocated_total();
  if (a.is_zero()) return std::nullopt;
  return disbursed_total().ratio_to(a);
}
std::optional<Ratio> RegionSummary::industry_share() const {
  const Money d = disbursed_total();
  if (d.is_zero()) return std::nullopt;
  return industry_disbursed.ratio_to(d);
}
int64_t RegionSummary::projects() const { return sum(projects_by_group); }
int64_t RegionSummary::projects_completed() const { return sum(completed_by_group); }
std::optional<Ratio> RegionSummary::completion_rate() const { return share(projects_completed(), projects()); }
std::optional<Ratio> RegionSummary::monitored_share() const { return share(monitored, assessed); }

uint64_t common_region(uint64_t a, uint64_t b) {
  if (a == b || b == kRegionNone) return a;
  if (a == kRegionNone) return b;
  if (a == kRegionSeveralProvinces || b == kRegionSeveralProvinces) return kRegionSeveralProvinces;
  for (RegionLevel level : {RegionLevel::kTownship, RegionLevel::kCounty, RegionLevel::kCity, RegionLevel::kProvince}) {
    if (cut(a, level) == cut(b, level) && level_of(a) >= level && level_of(b) >= level) return cut(a, level);
  }
  return kRegionSeveralProvinces;
}

std::string region_text(uint64_t region) {
  if (region == kRegionNone) return "unassigned";
  if (region == kRegionSeveralProvinces) return "several_provinces";
  return RegionCode::from_value(region).to_string();
}

void merge_into(RegionSummary& into, const RegionSummary& from) {
  into.region = common_region(into.region, from.region);
  add_array(into.households_by_type, from.households_by_type, "households_by_type");
  add_array(into.people_by_type, from.people_by_type, "people_by_type");
  into.assessed = checked_add(into.assessed, from.assessed, "assessed");
  into.monitored = checked_add(into.monitored, from.monitored, "monitored");
  into.monitored_formerly_poor = checked_add(into.monitored_formerly_poor, from.monitored_formerly_poor,
                                             "monitored_formerly_poor");
  add_array(into.monitored_by_category, from.monitored_by_category, "monitored_by_category");
  add_array(into.monitored_by_level, from.monitored_by_level, "monitored_by_level");
  add_array(into.cases_by_state, from.cases_by_state, "cases_by_state");
  add_array(into.cases_by_category, from.cases_by_category, "cases_by_category");
  add_array(into.cases_by_level, from.cases_by_level, "cases_by_level");
  into.cases_under_monitoring = checked_add(into.cases_under_monitoring, from.cases_under_monitoring,
                                            "cases_under_monitoring");
  into.cases_with_measure = checked_add(into.cases_with_measure, from.cases_with_measure, "cases_with_measure");
  into.cases_eliminated = checked_add(into.cases_eliminated, from.cases_eliminated, "cases_eliminated");
  into.fp_people_with_income = checked_add(into.fp_people_with_income, from.fp_people_with_income,
                                           "fp_people_with_income");
  into.fp_income_people_sum += from.fp_income_people_sum;
  add_array(into.fp_income_people_by_bucket, from.fp_income_people_by_bucket, "fp_income_people_by_bucket");
  into.fp_people_with_both_years = checked_add(into.fp_people_with_both_years, from.fp_people_with_both_years,
                                               "fp_people_with_both_years");
  into.fp_income_current_matched += from.fp_income_current_matched;
  into.fp_income_previous_matched += from.fp_income_previous_matched;
  add_array(into.funds_allocated, from.funds_allocated);
  add_array(into.funds_disbursed, from.funds_disbursed);
  into.industry_disbursed += from.industry_disbursed;
  add_array(into.projects_by_group, from.projects_by_group, "projects_by_group");
  add_array(into.completed_by_group, from.completed_by_group, "completed_by_group");
  for (const auto& [key, tally] : from.assets) {
    AssetTally& t = into.assets[key];
    t.count = checked_add(t.count, tally.count, "assets.count");
    t.value += tally.value;
    t.income += tally.income;
  }
}

RegionSummary merge(const RegionSummary& a, const RegionSummary& b) {
  RegionSummary r = a;
  merge_into(r, b);
  return r;
}

std::vector<RegionSummary> roll_up(const std::vector<RegionSummary>& summaries, RegionLevel level) {
  std::map<uint64_t, RegionSummary> groups;
  for (const RegionSummary& s : summaries) {
    const bool own = s.region == kRegionNone || s.region == kRegionSeveralProvinces || level_of(s.region) < level;
    const uint64_t key = own ? s.region : cut(s.region, level);
    auto [it, fresh] = groups.try_emplace(key);
    if (fresh) it->second.region = key;
    merge_into(it->second, s);
    it->second.region = key;
  }
  std::vector<RegionSummary> out;
  out.reserve(groups.size());
  for (auto& [key, s] : groups) out.push_back(std::move(s));
  return out;
}

RegionSummary& SummaryBuilder::at(uint64_t region) {
  if (region != last_region_) {
    auto [it, fresh] = by_region_.try_emplace(region);
    if (fresh) it->second.region = region;
    last_ = &it->second;
    last_region_ = region;
  }
  return *last_;
}

void SummaryBuilder::add_household(const HouseholdSummaryRow& row) {
  RegionSummary& s = at(row.region);
  const auto type = static_cast<std::size_t>(row.type);
  if (type == 0 || type >= kHouseholdTypeSlots) {
    throw Error(ErrorCode::kInvalidArgument, "summary: household type " + std::to_string(type) + " is unknown");
  }
  s.households_by_type[type] += 1;
  s.people_by_type[type] += row.members;
  if (row.assessed) {
    s.assessed += 1;
    if (row.within_monitoring) {
      s.monitored += 1;
      if (is_formerly_poor(row.type)) s.monitored_formerly_poor += 1;
      s.monitored_by_category[static_cast<std::size_t>(row.category) % kCategorySlots] += 1;
      s.monitored_by_level[static_cast<std::size_t>(row.level) % kLevelSlots] += 1;
    }
  }
  if (is_formerly_poor(row.type) && row.has_income) {
    const Money weighted = row.per_capita_income.times(row.members);
    s.fp_people_with_income += row.members;
    s.fp_income_people_sum += weighted;
    s.fp_income_people_by_bucket[income_bucket(row.per_capita_income)] += row.members;
    if (row.previous_per_capita_income) {
      s.fp_people_with_both_years += row.members;
      s.fp_income_current_matched += weighted;
      s.fp_income_previous_matched += row.previous_per_capita_income->times(row.members);
    }
  }
}

void SummaryBuilder::add_case(const CaseSummaryRow& row) {
  RegionSummary& s = at(row.region);
  if (row.state == 0 || row.state >= kCaseStateSlots) {
    throw Error(ErrorCode::kInvalidArgument, "summary: case state " + std::to_string(row.state) + " is unknown");
  }
  s.cases_by_state[row.state] += 1;
  // Under monitoring: identified (monitored) and still in it, including a running elimination.
  const bool under = row.state == 7 || (row.state >= 9 && row.state <= 12);
  if (under) {
    s.cases_under_monitoring += 1;
    s.cases_by_category[static_cast<std::size_t>(row.category) % kCategorySlots] += 1;
    s.cases_by_level[static_cast<std::size_t>(row.level) % kLevelSlots] += 1;
    if (row.has_measure) s.cases_with_measure += 1;
  }
  if (row.state == 13) s.cases_eliminated += 1;
}

void SummaryBuilder::add_fund_flow(const FundFlow& flow) {
  RegionSummary& s = at(flow.region);
  const auto i = static_cast<std::size_t>(flow.level) - 1;
  s.funds_allocated[i] += flow.allocated;
  s.funds_disbursed[i] += flow.disbursed;
  if (flow.project_type == ProjectType::kIndustry) s.industry_disbursed += flow.disbursed;
}

void SummaryBuilder::add_project(const Project& project) {
  RegionSummary& s = at(project.region.value());
  const auto g = static_cast<std::size_t>(project_group(project.type));
  s.projects_by_group[g] += 1;
  if (project_is_complete(project.status)) s.completed_by_group[g] += 1;
}

void SummaryBuilder::add_asset(uint64_t region, AssetKey key, Money value, Money income) {
  AssetTally& t = at(region).assets[key];
  t.count += 1;
  t.value += value;
  t.income += income;
}

std::vector<RegionSummary> SummaryBuilder::summaries() const {
  std::vector<RegionSummary> out;
  out.reserve(by_region_.size());
  for (const auto& [region, s] : by_region_) out.push_back(s);
  return out;
}

}  // namespace rg
