// Crash test: a CSV household import killed with SIGKILL at moments spread over its whole
// duration. The import is one IMMEDIATE transaction, so after reopening every entity is either
// absent or complete, PRAGMA integrity_check is ok, and the same import then succeeds.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "crash/kill_child.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/synthetic_county.hpp"
#include "test_support/temp_dir.hpp"

namespace rg::test {
namespace {

constexpr int64_t kHouseholds = 4000;
constexpr int kRounds = 8;

struct Counts {
  int64_t regions, households, members, income;
};

Counts counts_of(const std::string& path) {
  Store store(path);
  HouseholdRepository repo(store);
  return {repo.count_regions(), repo.count_households(), repo.count_members(), repo.count_income_statements()};
}

void remove_db(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", ".idkey"}) std::filesystem::remove(path + suffix);
}

TEST(ImportCrash, KilledImportLeavesNothingOrEverything) {
  TempDir dir;
  SyntheticCountyOptions o;
  o.households = kHouseholds;
  o.townships = 4;
  o.villages = 40;
  const HouseholdCsvFiles files{dir.file("regions.csv"), dir.file("households.csv"), dir.file("members.csv"),
                                dir.file("income.csv")};
  const SyntheticCountySummary sum = write_county_csv(o, files);
  auto import_into = [&](const std::string& path) {
    return [&files, path] {
      Store store(path);
      const CsvImportResult r = import_households_csv(store, files);
      if (!r.committed) _exit(3);
    };
  };

  // How long one whole import takes here, opening included: kills are spread over that time.
  const std::string timed = dir.file("timed.db");
  const auto duration = time_in_child(import_into(timed));
  ASSERT_GT(duration.count(), 0) << "the uninterrupted import failed";
  const Counts full = counts_of(timed);
  ASSERT_EQ(full.households, kHouseholds);
  ASSERT_EQ(full.members, sum.members);

  std::mt19937 rng(std::random_device{}());
  int empty = 0, complete = 0;
  for (int round = 0; round < kRounds; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    const std::string path = dir.file("crash" + std::to_string(round) + ".db");
    remove_db(path);
    // Round r kills in the r-th eighth of the import's duration, at a random point inside it.
    const auto slice = duration / kRounds;
    const auto delay = slice * round + std::chrono::microseconds(rng() % std::max<int64_t>(1, slice.count()));
    const ChildEnd end = run_and_kill(import_into(path), delay);
    if (!end.killed) ASSERT_EQ(end.exit_code, 0) << "the import failed on its own";
    if (!std::filesystem::exists(path)) {
      ++empty;  // killed before SQLite created the file
      continue;
    }
    ASSERT_EQ(integrity_check(path), "ok");
    const Counts c = counts_of(path);
    const bool nothing = c.regions == 0 && c.households == 0 && c.members == 0 && c.income == 0;
    const bool all = c.regions == full.regions && c.households == full.households && c.members == full.members &&
                     c.income == full.income;
    EXPECT_TRUE(nothing || all) << "half-written import: " << c.households << " households, " << c.members
                                << " members, " << c.income << " statements";
    nothing ? ++empty : ++complete;
    // The killed import never leaves the file (or its ID key) unusable: importing again completes.
    if (nothing) {
      Store store(path);
      const CsvImportResult r = import_households_csv(store, files);
      EXPECT_TRUE(r.committed) << (r.errors.empty() ? "" : r.errors[0].message);
      EXPECT_EQ(r.households.imported, kHouseholds);
    }
  }
  RecordProperty("import_ms", std::to_string(duration.count() / 1000));
  RecordProperty("rounds_empty", std::to_string(empty));
  RecordProperty("rounds_complete", std::to_string(complete));
}

}  // namespace
}  // namespace rg::test
