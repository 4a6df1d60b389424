// ruralguard C++ API: policies and assessment runs kept in the store.
//
// A run records, for one policy version and as-of date, every household's decision, so that two
// runs can be compared: who entered monitoring, who left, whose warning level changed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ruralguard/policy.hpp"
#include "ruralguard/risk.hpp"
#include "ruralguard/store.hpp"

namespace rg {

// Named bounds of a run (C: RG_BATCH_ROWS_MAX, RG_RUN_LABEL_MAX); beyond them Error(kLimit).
inline constexpr std::size_t kRunRowsMax = 100'000'000;  // households per run
inline constexpr std::size_t kRunLabelBytesMax = 256;     // run label, UTF-8 bytes

// Stores the policy under (id, version). Saving the same content again is a no-op; different
// content under an existing (id, version) is Error(kConflict): bump the version instead.
void save_policy(Store& store, const Policy& policy);
// Loads (id, version), or the highest version when `version` is empty. Error(kNotFound).
[[nodiscard]] Policy load_policy(Store& store, const std::string& id, std::optional<int32_t> version = {});

// Results of one batch, keyed by the caller's household keys (e.g. the households table's key).
struct RunResults {
  std::span<const uint64_t> household_key;
  std::span<const uint8_t> within_monitoring;
  std::span<const uint8_t> category;
  std::span<const uint8_t> level;
  std::span<const uint32_t> risk_mask;
  std::span<const int32_t> score;
  std::span<const int32_t> next_visit;  // INT32_MIN = none
};

// Records a run in one IMMEDIATE transaction (all rows or none); the policy is saved first if
// needed. Duplicate household keys are Error(kConflict) and nothing is written. Returns the run id.
int64_t record_assessment_run(Store& store, const Policy& policy, Date as_of, const RunResults& results,
                              const std::string& label = {});

struct LevelChange {
  uint64_t household_key;
  WarningLevel from;
  WarningLevel to;
};

struct RunDiff {
  std::vector<uint64_t> entered;       // monitored in `later`, not in `earlier` (or absent)
  std::vector<uint64_t> left;          // monitored in `earlier`, not in `later` (or absent)
  std::vector<LevelChange> level_changed;  // in both runs with different warning levels
};

// The newest run's id, 0 when no run is stored.
[[nodiscard]] int64_t latest_assessment_run(Store& store);

// What a stored run decided for one household.
struct RunDecision {
  uint64_t household_key = 0;
  bool within_monitoring = false;
  MonitoringCategory category = MonitoringCategory::kNone;
  WarningLevel level = WarningLevel::kNone;
};
// Every household's decision in run `run_id` (Error(kNotFound) for an unknown run), by key.
[[nodiscard]] std::vector<RunDecision> load_run_decisions(Store& store, int64_t run_id);

// Compares two stored runs (Error(kNotFound) for an unknown run id). Keys come out sorted.
[[nodiscard]] RunDiff diff_assessment_runs(Store& store, int64_t earlier_run, int64_t later_run);

}  // namespace rg
