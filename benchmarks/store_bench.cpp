// Household store throughput (issue 3 targets, one core):
//  - BM_ImportCountyCsv: households with their members and income statements imported per second
//    from the four CSV files of a synthetic county into a fresh SQLite store (target >= 100,000/s);
//  - BM_InsertSelectFloor: the peer of the import. The same rows, already decoded, copied by SQLite
//    alone (INSERT ... SELECT from in-memory tables, one transaction, the same schema, connection
//    settings and durable commit): no CSV, no validation, no hashing, no per-row API calls. No
//    import into this schema can beat it; the ratio of the two is the importer's own overhead;
//  - BM_LoadColumns: columnar load of 1,000,000 households for batch scoring (target < 2 s).
// Run: ./build.sh bench, or build/bench/benchmarks/store_bench --benchmark_min_time=0.2
#include <benchmark/benchmark.h>

#include <SQLiteCpp/Database.h>

#include <chrono>
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

// Wall seconds per iteration of the import, measured in this run, for the floor's ratio counter.
double g_import_seconds = 0;

void BM_ImportCountyCsv(benchmark::State& state) {
  rg::SyntheticCountySummary summary;
  const auto files = county_csv(state.range(0), &summary);
  const fs::path db = scratch() / "import.db";
  double seconds = 0;
  for (auto _ : state) {
    state.PauseTiming();
    remove_store(db);
    {
      rg::Store store(db.string());  // synchronous FULL: the one commit is durable
      state.ResumeTiming();
      const auto t0 = std::chrono::steady_clock::now();
      const auto r = rg::import_households_csv(store, files);
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      state.PauseTiming();
      if (!r.committed || r.households.imported != summary.households) state.SkipWithError("import failed");
    }
    state.ResumeTiming();
  }
  g_import_seconds = seconds / static_cast<double>(state.iterations());
  const auto n = static_cast<double>(summary.households);
  state.counters["households_per_s"] = benchmark::Counter(n, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["members_per_s"] =
      benchmark::Counter(static_cast<double>(summary.members), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["rows_per_s"] = benchmark::Counter(
      static_cast<double>(summary.households + summary.members + summary.income_statements),
      benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ImportCountyCsv)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// A store holding the imported county of `households` households, made once per size.
fs::path imported_store(int64_t households, rg::SyntheticCountySummary* summary) {
  const fs::path db = scratch() / ("imported-" + std::to_string(households) + ".db");
  const auto files = county_csv(households, summary);
  if (!fs::exists(db)) {
    rg::Store store(db.string());
    if (!rg::import_households_csv(store, files).committed) return {};
  }
  return db;
}

void BM_InsertSelectFloor(benchmark::State& state) {
  rg::SyntheticCountySummary summary;
  const fs::path source = imported_store(state.range(0), &summary);
  if (source.empty()) {
    state.SkipWithError("setup import failed");
    return;
  }
  const fs::path db = scratch() / "floor.db";
  double seconds = 0;
  for (auto _ : state) {
    state.PauseTiming();
    remove_store(db);
    { rg::Store store(db.string()); }  // the migrated, empty schema
    SQLite::Database sql(db.string(), SQLite::OPEN_READWRITE);
    // The connection settings of the import (Store defaults and store/bulk_write.hpp).
    sql.exec("PRAGMA synchronous = FULL; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; "
             "PRAGMA foreign_keys = OFF");
    sql.exec("ATTACH '" + source.string() + "' AS src");
    sql.exec("INSERT INTO rg_regions SELECT * FROM src.rg_regions");
    for (const char* t : {"rg_households", "rg_members", "rg_income_statements"}) {
      sql.exec(std::string("CREATE TEMP TABLE t_") + t + " AS SELECT * FROM src." + t);
    }
    sql.exec("DETACH src");
    state.ResumeTiming();
    const auto t0 = std::chrono::steady_clock::now();
    sql.exec("BEGIN IMMEDIATE");
    for (const char* t : {"rg_households", "rg_members", "rg_income_statements"}) {
      sql.exec(std::string("INSERT INTO main.") + t + " SELECT * FROM t_" + t);
    }
    sql.exec("COMMIT");
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }
  // The import's rate as a share of this floor's, both measured in this run (wall time): the
  // import benchmark runs first on the same rows.
  if (g_import_seconds > 0) {
    state.counters["import_over_floor"] = seconds / static_cast<double>(state.iterations()) / g_import_seconds;
  }
  state.counters["households_per_s"] =
      benchmark::Counter(static_cast<double>(summary.households), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_InsertSelectFloor)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

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
