// Province-scale roll-up: 20,000,000 households in 100 counties (300 villages each), generated in
// memory, summarised per village, rolled up to townships, counties and the province, scored and
// rendered. items_per_second = households per second.
#include <benchmark/benchmark.h>

#include <vector>

#include "ruralguard/indicators.hpp"
#include "ruralguard/report.hpp"
#include "ruralguard/summary.hpp"

namespace {

using namespace rg;

constexpr int kCounties = 100;
constexpr int kVillagesPerCounty = 300;  // 10 townships x 30 villages

// SplitMix64: cheap, deterministic household data.
struct Rng {
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
};

// Households of the whole province, in village order, as summary rows.
const std::vector<HouseholdSummaryRow>& province(int64_t households) {
  static std::vector<HouseholdSummaryRow> rows;
  if (static_cast<int64_t>(rows.size()) == households) return rows;
  rows.clear();
  rows.reserve(static_cast<std::size_t>(households));
  Rng rng{42};
  const int64_t villages = int64_t{kCounties} * kVillagesPerCounty;
  for (int64_t i = 0; i < households; ++i) {
    const int64_t v = i * villages / households;
    const int64_t county = v / kVillagesPerCounty, within = v % kVillagesPerCounty;
    const uint64_t region = 510000000000ULL + static_cast<uint64_t>(1 + county / 20) * 100'000'000ULL +
                            static_cast<uint64_t>(1 + county % 20) * 1'000'000ULL +
                            static_cast<uint64_t>(1 + within / 30) * 1000ULL + static_cast<uint64_t>(1 + within % 30);
    const uint64_t r = rng.next();
    HouseholdSummaryRow h;
    h.region = region;
    h.type = r % 100 < 7 ? HouseholdType::kFormerlyPoor : (r % 100 < 8 ? HouseholdType::kFormerlyPoorNoPolicy
                                                                         : HouseholdType::kOrdinary);
    h.members = 1 + static_cast<int32_t>((r >> 8) % 5);
    h.has_income = true;
    h.per_capita_income = Money::from_units(static_cast<int64_t>((r >> 16) % 40'000) * 10'000);
    if ((r >> 40) % 2 == 0) h.previous_per_capita_income = Money::from_units(h.per_capita_income.units() * 19 / 20);
    h.assessed = true;
    h.within_monitoring = (r >> 48) % 200 == 0;
    if (h.within_monitoring) {
      h.category = static_cast<MonitoringCategory>(1 + (r >> 56) % 3);
      h.level = static_cast<WarningLevel>(1 + (r >> 58) % 3);
    }
    rows.push_back(h);
  }
  return rows;
}

// Village summaries of every household, then the roll-ups to township, county and province.
void BM_ProvinceRollUp(benchmark::State& state) {
  const auto& rows = province(state.range(0));
  for (auto _ : state) {
    SummaryBuilder b;
    for (const HouseholdSummaryRow& h : rows) b.add_household(h);
    const auto villages = b.summaries();
    const auto townships = roll_up(villages, RegionLevel::kTownship);
    const auto counties = roll_up(townships, RegionLevel::kCounty);
    const auto top = roll_up(counties, RegionLevel::kProvince);
    benchmark::DoNotOptimize(top);
    if (counties.size() != kCounties || top.at(0).households() != static_cast<int64_t>(rows.size())) {
      state.SkipWithError("roll-up lost households");
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_ProvinceRollUp)->Arg(20'000'000)->Unit(benchmark::kMillisecond)->Iterations(3);

// Merging 100 county partitions (each summarised elsewhere) into the province.
void BM_MergeCountyPartitions(benchmark::State& state) {
  const auto& rows = province(20'000'000);
  SummaryBuilder b;
  for (const HouseholdSummaryRow& h : rows) b.add_household(h);
  const auto counties = roll_up(b.summaries(), RegionLevel::kCounty);
  for (auto _ : state) {
    RegionSummary total;
    for (const RegionSummary& c : counties) merge_into(total, c);
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * kCounties);
}
BENCHMARK(BM_MergeCountyPartitions)->Unit(benchmark::kMicrosecond);

// The whole province report (3,000 township rows, 100 county scores) as JSON and HTML.
void BM_ProvinceReport(benchmark::State& state) {
  const auto& rows = province(20'000'000);
  SummaryBuilder b;
  for (const HouseholdSummaryRow& h : rows) b.add_household(h);
  const auto villages = b.summaries();
  const Date as_of = Date::from_ymd(2024, 12, 31);
  for (auto _ : state) {
    ReportOptions o;
    o.as_of = as_of;
    const Report r = build_report(villages, default_indicators(as_of), o);
    benchmark::DoNotOptimize(report_json(r));
    benchmark::DoNotOptimize(report_html(r));
  }
}
BENCHMARK(BM_ProvinceReport)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
