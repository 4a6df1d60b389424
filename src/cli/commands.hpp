// Private: the subcommands of the `ruralguard` tool.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/indicators.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/policy_set.hpp"
#include "ruralguard/report.hpp"
#include "ruralguard/store.hpp"

namespace rg::cli {

int run_init(int argc, char** argv);
int run_import(int argc, char** argv);
int run_validate(int argc, char** argv);
int run_assess(int argc, char** argv);
int run_cases(int argc, char** argv);
int run_ledger(int argc, char** argv);
int run_assets(int argc, char** argv);
int run_report(int argc, char** argv);
int run_demo(int argc, char** argv);
int run_version();

// True when stderr is a terminal: long work then reports progress there.
[[nodiscard]] bool progress_enabled();
void progress(const std::string& message);

struct AssessedRun {
  int64_t run_id = 0;
  int64_t monitored = 0;  // households within monitoring range
  std::vector<int64_t> household_key;
  std::vector<uint8_t> within, category, level;
};
// Runs the batch assessment over every household of the store as of `as_of` with `policy` (the
// default policy of the households' province and as_of's year when absent) and records the run.
AssessedRun assess_store(Store& store, const std::optional<Policy>& policy, Date as_of, const std::string& label);
// Each household under the set's policy of its province and income-period year.
AssessedRun assess_store(Store& store, const PolicySet& policies, Date as_of, const std::string& label);

struct WrittenReport {
  Report report;
  std::vector<std::string> paths;  // JSON, CSV (ids), CSV (zh-CN), scores CSV, HTML
};
// Summarises the store and writes report.json, report.csv, report_zh.csv, scores.csv and
// report.html into `dir` (created if needed).
WrittenReport write_reports(Store& store, const std::string& dir, const IndicatorSet& indicators,
                            const ReportOptions& options);

}  // namespace rg::cli
