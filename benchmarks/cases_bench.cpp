// Department-data ingest over the 100,000-household synthetic county: 100,000 records screened,
// clues raised and deduplicated, cases opened, then the case report - one store transaction.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>
#include <vector>

#include "ruralguard/cases_repo.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/synthetic_county.hpp"

namespace {

namespace fs = std::filesystem;
constexpr int64_t kHouseholds = 100'000;
constexpr std::size_t kRecords = 100'000;

const fs::path& base_db() {
  static const fs::path path = [] {
    fs::path dir = fs::temp_directory_path() / "ruralguard-cases-bench";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path db = dir / "county.db";
    rg::Store store(db.string());
    rg::SyntheticCountyOptions options;
    options.households = kHouseholds;
    (void)rg::generate_county(options, store);
    return db;
  }();
  return path;
}

std::vector<rg::DepartmentRecord> records() {
  std::mt19937_64 rng(7);
  std::vector<rg::DepartmentRecord> out(kRecords);
  for (auto& r : out) {
    r.household_key = 1 + static_cast<int64_t>(rng() % kHouseholds);
    r.department = rg::Department::kMedicalInsurance;
    r.metric = rg::DeptMetric::kInpatientOutOfPocketYtd;
    // About one record in eight is at or above the 20,000 yuan threshold for other rural people.
    r.amount = rg::Money::from_yuan(static_cast<int64_t>(rng() % 23'000));
    r.period = rg::Date::from_ymd(2025, 1 + static_cast<int>(rng() % 6), 28);
    r.formerly_poor = rng() % 14 == 0;
  }
  return out;
}

void BM_IngestDepartmentRecords(benchmark::State& state) {
  const fs::path base = base_db();
  const auto recs = records();
  const rg::Policy policy = rg::default_policy("53", 2025);
  const fs::path work = base.parent_path() / "work.db";
  std::size_t clues = 0;
  std::size_t duplicates = 0;
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove(work.string() + "-wal");
    fs::remove(work.string() + "-shm");
    fs::copy_file(base, work, fs::copy_options::overwrite_existing);
    {
      rg::Store store(work.string());
      state.ResumeTiming();
      rg::CaseRepository cases(store);
      const rg::IngestResult r = cases.ingest_department_records(recs, policy);
      const rg::CaseReport report = cases.report(policy, rg::Date::from_ymd(2025, 7, 1));
      benchmark::DoNotOptimize(report.by_state.size());
      clues = r.clues_raised;
      duplicates = r.duplicates;
      state.PauseTiming();
    }
    state.ResumeTiming();
  }
  state.counters["clues"] = static_cast<double>(clues);
  state.counters["duplicates"] = static_cast<double>(duplicates);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kRecords));
}
BENCHMARK(BM_IngestDepartmentRecords)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace

BENCHMARK_MAIN();
