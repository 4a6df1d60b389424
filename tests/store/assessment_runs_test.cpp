#include <gtest/gtest.h>

#include <climits>

#include "ruralguard/assessment_store.hpp"
#include "ruralguard/error.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

struct RunRows {
  std::vector<uint64_t> key;
  std::vector<uint8_t> within, category, level;
  std::vector<uint32_t> mask;
  std::vector<int32_t> score, visit;
  void add(uint64_t k, bool w, WarningLevel l) {
    key.push_back(k);
    within.push_back(w ? 1 : 0);
    category.push_back(w ? 2 : 0);
    level.push_back(static_cast<uint8_t>(l));
    mask.push_back(0);
    score.push_back(0);
    visit.push_back(INT32_MIN);
  }
  RunResults view() const { return {key, within, category, level, mask, score, visit}; }
};

TEST(StoredPolicies, SaveLoadAndVersionConflicts) {
  test::TempDir dir;
  Store store(dir.file("p.db"));
  Policy p = default_policy("53", 2025);
  p.id = "yunnan";
  save_policy(store, p);
  save_policy(store, p);  // same content again: fine
  EXPECT_EQ(policy_to_json(load_policy(store, "yunnan")), policy_to_json(p));
  Policy changed = p;
  changed.cutoffs.red = 70;
  try {
    save_policy(store, changed);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConflict);
  }
  changed.version = 2;
  save_policy(store, changed);
  EXPECT_EQ(load_policy(store, "yunnan").cutoffs.red, 70);
  EXPECT_EQ(load_policy(store, "yunnan", 1).cutoffs.red, 60);
  EXPECT_THROW((void)load_policy(store, "fujian"), Error);
}

TEST(AssessmentRuns, DiffListsEnteredLeftAndLevelChanges) {
  test::TempDir dir;
  Store store(dir.file("r.db"));
  const Policy p = default_policy("53", 2025);
  RunRows q1;
  q1.add(1, true, WarningLevel::kRed);
  q1.add(2, true, WarningLevel::kYellow);
  q1.add(3, false, WarningLevel::kNone);
  q1.add(4, true, WarningLevel::kBlue);
  RunRows q2;
  q2.add(1, true, WarningLevel::kYellow);  // level down
  q2.add(2, false, WarningLevel::kNone);   // left
  q2.add(3, true, WarningLevel::kBlue);    // entered
  q2.add(5, true, WarningLevel::kRed);     // new household, entered
  const int64_t a = record_assessment_run(store, p, Date::from_ymd(2025, 3, 31), q1.view(), "Q1");
  const int64_t b = record_assessment_run(store, p, Date::from_ymd(2025, 6, 30), q2.view(), "Q2");
  const RunDiff d = diff_assessment_runs(store, a, b);
  EXPECT_EQ(d.entered, (std::vector<uint64_t>{3, 5}));
  EXPECT_EQ(d.left, (std::vector<uint64_t>{2, 4}));
  ASSERT_EQ(d.level_changed.size(), 3u);
  EXPECT_EQ(d.level_changed[0].household_key, 1u);
  EXPECT_EQ(d.level_changed[0].from, WarningLevel::kRed);
  EXPECT_EQ(d.level_changed[0].to, WarningLevel::kYellow);
  EXPECT_THROW((void)diff_assessment_runs(store, a, 99), Error);
}

TEST(AssessmentRuns, DuplicateKeyWritesNothing) {
  test::TempDir dir;
  Store store(dir.file("d.db"));
  RunRows r;
  r.add(7, true, WarningLevel::kRed);
  r.add(7, false, WarningLevel::kNone);
  try {
    (void)record_assessment_run(store, default_policy("53", 2025), Date::from_ymd(2025, 3, 31), r.view());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConflict);
    EXPECT_NE(std::string(e.what()).find("household key 7 appears twice (row 1)"), std::string::npos) << e.what();
  }
  // Nothing half-written: no run, no policy.
  EXPECT_THROW((void)load_policy(store, "default-53-2025"), Error);
  EXPECT_THROW((void)diff_assessment_runs(store, 1, 1), Error);
}

}  // namespace
}  // namespace rg
