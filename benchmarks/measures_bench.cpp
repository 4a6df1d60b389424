// Poverty measures at county scale: FGT P0/P1/P2 over household per-capita incomes weighted by
// household size, and Alkire-Foster over a household x indicator matrix of exact decimals.
#include <benchmark/benchmark.h>

#include <random>
#include <vector>

#include "ruralguard/poverty_measures.hpp"

namespace {

using rg::Money;
using rg::Ratio;
using namespace rg::measures;

// items_per_second = households per second.
void BM_Fgt012(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  std::mt19937_64 rng(1);
  std::uniform_int_distribution<int64_t> income(-2'000 * 10'000LL, 60'000 * 10'000LL), members(1, 7);
  std::vector<Money> y(n);
  std::vector<int64_t> w(n);
  for (std::size_t i = 0; i < n; ++i) {
    y[i] = Money::from_units(income(rng));
    w[i] = members(rng);
  }
  const FgtOptions o{Money::from_yuan(7300)};
  for (auto _ : state) benchmark::DoNotOptimize(fgt_012(y, w, o));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
}
BENCHMARK(BM_Fgt012)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

void BM_AlkireFoster(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  constexpr std::size_t kIndicators = 10;
  std::mt19937_64 rng(2);
  std::uniform_int_distribution<int64_t> tenths(0, 200);
  std::vector<Ratio> y;
  y.reserve(n * kIndicators);
  for (std::size_t i = 0; i < n * kIndicators; ++i) y.emplace_back(tenths(rng), 10);
  const std::vector<Ratio> z(kIndicators, Ratio(6, 1)), w(kIndicators, Ratio(1, 1));
  AlkireFosterInput in;
  in.people = n;
  in.indicators = kIndicators;
  in.achievements = y;
  in.cutoffs = z;
  in.weights = w;
  in.k = Ratio(1, 3);
  for (auto _ : state) benchmark::DoNotOptimize(alkire_foster(in));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
}
BENCHMARK(BM_AlkireFoster)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
