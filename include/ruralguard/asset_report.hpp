// ruralguard C++ API: asset risk warnings, reconciliation with the project library, and reports
// (pure functions of the registry, the ledger and the project library).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ruralguard/asset_registry.hpp"

namespace rg {

// Values equal RG_ASSET_WARNING_*.
enum class AssetWarningKind : uint8_t {
  kIdleTooLong = 1,             // 闲置 longer than idle_months_max
  kIncomeBelowPlan = 2,         // operating asset earned less than planned in income_year (only
                                // assets registered on or before 1 January of that year)
  kNoCustodian = 3,             // 无管护主体
  kDamaged = 4,                 // 损毁
  kOwnershipUnconfirmed = 5,    // still registered unconfirmed_months_max after registration
  kNoFarmerLink = 6,            // operating-class asset in operation without 联农带农
  kProjectNotRegistered = 7,    // 扶贫资产未登记: a completed project with no asset (asset_id 0)
  kValueDiffersFromSettled = 8, // a project's asset values no longer equal its settled amount
};

[[nodiscard]] std::string_view asset_warning_name(AssetWarningKind kind) noexcept;     // "income_below_plan"
[[nodiscard]] std::string_view asset_warning_name_zh(AssetWarningKind kind) noexcept;  // "收益低于计划"

struct AssetWarningOptions {
  Date as_of = Date::from_days_since_epoch(0);
  int32_t idle_months_max = 6;         // ✖ parameter (no national figure found)
  int32_t unconfirmed_months_max = 6;  // ✖ parameter
  int32_t income_year = 0;             // year whose income is compared with the plan; 0 = as_of year - 1
};

struct AssetWarning {
  AssetWarningKind kind = AssetWarningKind::kIdleTooLong;
  uint64_t asset_id = 0;    // 0 for project-level findings
  uint64_t project_id = 0;
  Money expected;           // planned income or settled amount (kinds 2 and 8)
  Money actual;             // income received or asset values
  int64_t months = 0;       // months idle or unconfirmed (kinds 1 and 5)
};

// Every warning as of options.as_of, ordered by kind, then asset id, then project id. Disposed
// assets raise none. Throws Error(kInvalidArgument) for negative month limits.
[[nodiscard]] std::vector<AssetWarning> asset_warnings(const AssetRegistry& registry, const Ledger& ledger,
                                                       const ProjectLibrary& projects,
                                                       const AssetWarningOptions& options);

enum class AssetTotalsKey : uint8_t { kClass = 1, kStatus = 2, kRegionPrefix = 3 };
struct AssetTotalsRow {
  uint64_t key = 0;  // AssetClass, AssetStatus or region prefix value
  uint64_t assets = 0;
  Money value;
};
// Counts and book values grouped by class, status or region prefix (2, 4, 6, 9 or 12 digits),
// sorted by key. Disposed assets are counted under their status and left out of the other keys.
[[nodiscard]] std::vector<AssetTotalsRow> asset_totals(const AssetRegistry& registry, AssetTotalsKey key,
                                                       int prefix_digits = 6);

struct AssetIncomeYearRow {
  int32_t year = 0;
  Money income;   // asset income recorded in the ledger (effective in that year)
  Money planned;  // distribution plans for that income year
  Money paid;     // distribution payments posted in the ledger for that income year's plans
};
// One row per year with income or plans, ascending.
[[nodiscard]] std::vector<AssetIncomeYearRow> asset_income_by_year(const AssetRegistry& registry, const Ledger& ledger);

// True when every payment of the plan is in the ledger.
[[nodiscard]] bool plan_is_paid(const DistributionPlan& plan, const Ledger& ledger);

// Public notice (公示) of one distribution plan: CSV, UTF-8, zh-CN headers, every field quoted by
// libcsv, one row per household share (or per purpose without households). Household keys only:
// no names, ID numbers, phones or bank accounts. Throws Error(kNotFound) for an unknown plan.
[[nodiscard]] std::string distribution_notice_csv(const AssetRegistry& registry, uint64_t plan_id);

}  // namespace rg
