// Embedding ruralguard from C++ (static library): a synthetic county in a temporary store, the
// batch assessment, village summaries rolled up to the county, and the quarterly report.
// Run: ./build/release/examples/report_example_cpp
#include <filesystem>
#include <iostream>

#include "example_policies/kExamplePolicy50_2024.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/report.hpp"
#include "ruralguard/summary_store.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/synthetic_county.hpp"

int main() {
  const auto db = std::filesystem::temp_directory_path() / "ruralguard-report-example.db";
  for (const char* suffix : {"", "-wal", "-shm", ".idkey"}) std::filesystem::remove(db.string() + suffix);
  try {
    rg::Store store(db.string());
    rg::SyntheticCountyOptions county;
    county.households = 5000;  // 13 townships, 300 villages
    (void)rg::generate_county(county, store);

    // Summaries per village (no recorded run yet: the store is assessed on the fly with the
    // shipped example policy of province 50 for 2024, examples/policies, "example, unverified"),
    // exact sums that merge into any larger region.
    rg::StoreSummaryOptions options;
    options.as_of = rg::Date::from_ymd(2024, 12, 31);
    options.policy = rg::policy_from_json(kExamplePolicy50_2024);
    const rg::StoreSummary summary = rg::summarize_store(store, options);
    const rg::RegionSummary total = rg::roll_up(summary.regions, rg::RegionLevel::kCounty).at(0);
    std::cout << summary.regions.size() << " village summaries -> county " << rg::region_text(total.region) << ": "
              << total.households() << " households, " << total.monitored << " within monitoring range\n";

    rg::ReportOptions ro;
    ro.as_of = options.as_of;
    const rg::Report report = rg::build_report(summary.regions, rg::default_indicators(ro.as_of), ro);
    std::cout << rg::report_text(report);
  } catch (const rg::Error& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
  for (const char* suffix : {"", "-wal", "-shm", ".idkey"}) std::filesystem::remove(db.string() + suffix);
  return 0;
}
