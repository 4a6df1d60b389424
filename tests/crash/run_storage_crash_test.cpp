// Crash test: a child storing assessment runs back to back is killed with SIGKILL at random
// moments. Each run is one transaction: after reopening, every stored run has all its result rows
// (and no row is left without its run), foreign keys hold and PRAGMA integrity_check is ok.
#include <gtest/gtest.h>

#include <climits>
#include <random>

#include "crash/kill_child.hpp"
#include "test_support/fixture_policy.hpp"
#include "ruralguard/assessment_store.hpp"
#include "test_support/temp_dir.hpp"

namespace rg::test {
namespace {

constexpr std::size_t kRows = 40000;
constexpr int kRounds = 6;

struct Columns {
  std::vector<uint64_t> key;
  std::vector<uint8_t> within, category, level;
  std::vector<uint32_t> mask;
  std::vector<int32_t> score, visit;
  Columns() {
    for (std::size_t i = 0; i < kRows; ++i) {
      const bool w = i % 50 == 0;
      key.push_back(i + 1);
      within.push_back(w);
      category.push_back(w ? 2 : 0);
      level.push_back(w ? static_cast<uint8_t>(WarningLevel::kYellow) : 0);
      mask.push_back(w ? 1u : 0u);
      score.push_back(static_cast<int32_t>(i % 100));
      visit.push_back(INT32_MIN);
    }
  }
  RunResults view() const { return {key, within, category, level, mask, score, visit}; }
};

[[noreturn]] void record_runs_forever(const std::string& path, const Columns& rows) {
  Store store(path);
  const Policy policy = rg::test::fixture_policy("50", 2024);
  for (int k = 0;; ++k) {
    (void)record_assessment_run(store, policy, Date::from_ymd(2024, 6, 30), rows.view(), "run " + std::to_string(k));
  }
}

TEST(RunStorageCrash, EveryStoredRunIsCompleteAfterSigkill) {
  TempDir dir;
  const std::string path = dir.file("runs.db");
  { Store store(path); }
  const Columns rows;
  // One run, opening included, timed first: kills fall between a quarter of it and three runs, so
  // they hit the first run, later runs and the moments between, whatever the machine's speed.
  const auto one_run = time_in_child([&] {
    Store store(dir.file("timed.db"));
    (void)record_assessment_run(store, rg::test::fixture_policy("50", 2024), Date::from_ymd(2024, 6, 30), rows.view());
  });
  ASSERT_GT(one_run.count(), 0) << "an uninterrupted run failed";
  std::mt19937 rng(std::random_device{}());
  for (int round = 0; round < kRounds; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    const auto delay = one_run / 4 + std::chrono::microseconds(rng() % (one_run.count() * 11 / 4 + 1));
    const ChildEnd end = run_and_kill([&] { record_runs_forever(path, rows); }, delay);
    ASSERT_TRUE(end.killed) << "the child stopped on its own with " << end.exit_code;
    ASSERT_EQ(integrity_check(path), "ok");
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    SQLite::Statement runs(db,
                           "SELECT r.run_id, r.households, (SELECT count(*) FROM rg_assessment_results x "
                           "WHERE x.run_id = r.run_id) FROM rg_assessment_runs r");
    while (runs.executeStep()) {
      EXPECT_EQ(runs.getColumn(1).getInt64(), static_cast<int64_t>(kRows));
      EXPECT_EQ(runs.getColumn(2).getInt64(), static_cast<int64_t>(kRows))
          << "run " << runs.getColumn(0).getInt64() << " is partly written";
    }
    EXPECT_EQ(count_rows(db, "SELECT count(*) FROM rg_assessment_results WHERE run_id NOT IN "
                             "(SELECT run_id FROM rg_assessment_runs)"),
              0);
    SQLite::Statement fk(db, "PRAGMA foreign_key_check");
    EXPECT_FALSE(fk.executeStep()) << "foreign key violation in " << fk.getColumn(0).getString();
  }
  Store store(path);  // reopens for writing after the last kill
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  const int64_t stored = count_rows(db, "SELECT count(*) FROM rg_assessment_runs");
  EXPECT_GT(stored, 0) << "the child never committed a run";
  RecordProperty("run_ms", std::to_string(one_run.count() / 1000));
  RecordProperty("runs_committed", std::to_string(stored));
}

}  // namespace
}  // namespace rg::test
