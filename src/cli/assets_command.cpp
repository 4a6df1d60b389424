// `ruralguard assets`: the project-asset register (扶贫项目资产) of a store.
#include <fstream>
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "ruralguard/asset_report.hpp"
#include "ruralguard/asset_store.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/ledger_store.hpp"

namespace rg::cli {
namespace {

std::string yuan(Money m) { return m.format({.thousands_separator = true}); }

}  // namespace

int run_assets(int argc, char** argv) {
  Args a(argc, argv, {"db", "as-of", "notice", "out"});
  if (a.help()) {
    std::cout << "usage: ruralguard assets --db FILE [--as-of YYYY-MM-DD] [--notice PLAN_ID --out FILE]\n"
                 "  prints the project-asset register: counts and book values by class and by status,\n"
                 "  income, planned and paid distributions by year, and the asset warnings as of the date\n"
                 "  (default 2024-12-31); exit 0 with or without warnings.\n"
                 "  --notice PLAN_ID --out FILE writes that distribution plan's public notice (公示) as CSV\n";
    return kExitOk;
  }
  const Date as_of = Date::parse(a.get_or("as-of", "2024-12-31"));
  const auto notice = a.get("notice");
  if (notice && !a.has("out")) throw UsageError("option '--notice' needs '--out FILE'");
  Store store(a.required("db"));
  LedgerStore ledger(store);
  AssetStore assets(store, ledger);
  const AssetRegistry& registry = assets.registry();

  if (notice) {
    const auto plan_id = static_cast<uint64_t>(a.integer("notice", 0));
    const std::string csv = distribution_notice_csv(registry, plan_id);  // kNotFound names the plan
    const std::string out = *a.get("out");
    std::ofstream file(out, std::ios::binary);
    file << csv;
    file.close();
    if (!file) throw Error(ErrorCode::kIo, "assets: cannot write " + out);
    std::cout << "wrote the notice of plan " << plan_id << " to " << out << "\n";
    return kExitOk;
  }

  Money total;
  for (const AssetTotalsRow& row : asset_totals(registry, AssetTotalsKey::kStatus)) total += row.value;
  std::cout << "assets: " << registry.all().size() << " registered, book value " << yuan(total) << " yuan\n";
  std::cout << "  by class (disposed assets left out):\n";
  for (const AssetTotalsRow& row : asset_totals(registry, AssetTotalsKey::kClass)) {
    const auto c = static_cast<AssetClass>(row.key);
    std::cout << "    " << asset_class_name_zh(c) << " " << asset_class_name(c) << ": " << row.assets << ", " << yuan(row.value)
              << "\n";
  }
  std::cout << "  by status:\n";
  for (const AssetTotalsRow& row : asset_totals(registry, AssetTotalsKey::kStatus)) {
    const auto s = static_cast<AssetStatus>(row.key);
    std::cout << "    " << asset_status_name_zh(s) << " " << asset_status_name(s) << ": " << row.assets << ", "
              << yuan(row.value) << "\n";
  }
  std::cout << "  income by year (income / planned / paid):\n";
  for (const AssetIncomeYearRow& row : asset_income_by_year(registry, ledger.ledger())) {
    std::cout << "    " << row.year << ": " << yuan(row.income) << " / " << yuan(row.planned) << " / " << yuan(row.paid)
              << "\n";
  }
  AssetWarningOptions wo;
  wo.as_of = as_of;
  const auto warnings = asset_warnings(registry, ledger.ledger(), ledger.projects(), wo);
  std::cout << "  warnings as of " << as_of.to_string() << ": " << warnings.size() << "\n";
  for (const AssetWarning& w : warnings) {
    std::cout << "    " << asset_warning_name_zh(w.kind) << " " << asset_warning_name(w.kind);
    if (w.asset_id != 0) std::cout << ": asset " << w.asset_id;
    std::cout << ", project " << w.project_id << "\n";
  }
  return kExitOk;
}

}  // namespace rg::cli
