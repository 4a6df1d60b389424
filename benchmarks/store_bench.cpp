// Household store throughput (issue 3 targets, one core):
//  - BM_ImportCountyCsv: households with their members and income statements imported per second
//    from the four CSV files of a synthetic county into a fresh SQLite store (target >= 100,000/s);
//  - BM_LoadColumns: columnar load of 1,000,000 households for batch scoring (target < 2 s).
// Run: ./build.sh bench, or build/bench/benchmarks/store_bench --benchmark_min_time=0.2
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <string>
#include <unistd.h>

#include "ruralguard/household_columns.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/synthetic_county.hpp"

namespace {

namespace fs = std::filesystem;

// A scratch directory for the whole run, removed at exit.
const fs::path& scratch() {
  static const struct Dir {
    fs::path path = fs::temp_directory_path() / ("ruralguard-store-bench-" + std::to_string(::getpid()));
    Dir() { fs::create_directories(path); }
    ~Dir() {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  } dir;
  return dir.path;
}

void remove_store(const fs::path& db) {
  for (const char* suffix : {"", "-wal", "-shm", ".idkey"}) fs::remove(db.string() + suffix);
}

// The county CSV of `households` households, written once per size.
rg::HouseholdCsvFiles county_csv(int64_t households, rg::SyntheticCountySummary* summary) {
  const std::string base = (scratch() / ("county-" + std::to_string(households) + "-")).string();
  rg::HouseholdCsvFiles files{base + "regions.csv", base + "households.csv", base + "members.csv", base + "income.csv"};
  static std::map<int64_t, rg::SyntheticCountySummary> written;
  if (!written.count(households)) {
    rg::SyntheticCountyOptions o;
    o.households = households;
    written[households] = rg::write_county_csv(o, files);
  }
  *summary = written[households];
  return files;
}

void BM_ImportCountyCsv(benchmark::State& state) {
  rg::SyntheticCountySummary summary;
  const auto files = county_csv(state.range(0), &summary);
  const fs::path db = scratch() / "import.db";
  for (auto _ : state) {
    state.PauseTiming();
    remove_store(db);
    {
      rg::Store store(db.string());  // synchronous FULL: the one commit is durable
      state.ResumeTiming();
      const auto r = rg::import_households_csv(store, files);
      state.PauseTiming();
      if (!r.committed || r.households.imported != summary.households) state.SkipWithError("import failed");
    }
    state.ResumeTiming();
  }
  const auto n = static_cast<double>(summary.households);
  state.counters["households_per_s"] = benchmark::Counter(n, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["members_per_s"] =
      benchmark::Counter(static_cast<double>(summary.members), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["rows_per_s"] = benchmark::Counter(
      static_cast<double>(summary.households + summary.members + summary.income_statements),
      benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ImportCountyCsv)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

void BM_LoadColumns(benchmark::State& state) {
  const int64_t households = state.range(0);
  const fs::path db = scratch() / ("columns-" + std::to_string(households) + ".db");
  if (!fs::exists(db)) {
    rg::SyntheticCountySummary summary;
    const auto files = county_csv(households, &summary);
    rg::Store store(db.string());
    if (!rg::import_households_csv(store, files).committed) state.SkipWithError("setup import failed");
  }
  rg::Store store(db.string());
  rg::HouseholdColumnOptions options;
  options.as_of = rg::Date::from_ymd(2024, 12, 31);
  std::size_t rows = 0;
  for (auto _ : state) {
    const auto columns = rg::load_household_columns(store, options);
    rows = columns.size();
    benchmark::DoNotOptimize(columns.per_capita_income.data());
  }
  if (rows != static_cast<std::size_t>(households)) state.SkipWithError("wrong row count");
  state.counters["households_per_s"] =
      benchmark::Counter(static_cast<double>(households), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_LoadColumns)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
