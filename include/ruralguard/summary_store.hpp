// ruralguard C++ API: region summaries computed from everything in a store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/policy_set.hpp"
#include "ruralguard/store.hpp"
#include "ruralguard/summary.hpp"

namespace rg {

struct StoreSummaryOptions {
  Date as_of = Date::from_ymd(2024, 12, 31);  // income statements, funds and projects up to this date
  std::string region_prefix;                  // "" = the whole store; else 2/4/6/9/12 digits
  // Assessment results: this run, or the latest recorded run when absent. When the store holds no
  // run at all, the households are assessed on the fly: each under `policy_set`'s policy of its
  // province and income-period year when given, else under `policy`, else under the built-in
  // catalogue's policy of its province and year (Error(kNotFound) naming what is missing).
  std::optional<int64_t> run_id;
  std::optional<Policy> policy;
  std::optional<PolicySet> policy_set;
};

struct StoreSummary {
  std::vector<RegionSummary> regions;  // by the region of each record (villages for households)
  int64_t run_id = 0;                  // the assessment run used; 0 = assessed on the fly
};

// Reads households (columnar load), the assessment run, cases with their measures, the ledger's
// fund flows and the project library. Read-only. Throws Error(kNotFound) for an unknown run id,
// Error(kParse) for a bad prefix, Error(kIo) on database errors.
[[nodiscard]] StoreSummary summarize_store(Store& store, const StoreSummaryOptions& options);

}  // namespace rg
