// Private: what the steps of `ruralguard demo` share: the county's twelve library projects and the
// ledger accounts the demo opens for them.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ruralguard/asset.hpp"
#include "ruralguard/date.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/project.hpp"
#include "ruralguard/store.hpp"

namespace rg::cli {

struct DemoProject {
  const char* name;
  ProjectType type;
  AssetClass asset_class;  // what the project becomes once capitalised
  AssetSubtype subtype;
};

// Project p has id kDemoProjectIdFirst + p; two in three are completed on 2024-10-31.
inline constexpr uint64_t kDemoProjectIdFirst = 9001;
inline constexpr std::array<DemoProject, 12> kDemoProjects = {{
    {"花椒种植基地", ProjectType::kIndustry, AssetClass::kOperating, AssetSubtype::kFarmingBase},
    {"生猪养殖场", ProjectType::kIndustry, AssetClass::kOperating, AssetSubtype::kFarmingBase},
    {"村道硬化", ProjectType::kRuralConstruction, AssetClass::kPublicWelfare, AssetSubtype::kRoad},
    {"茶叶加工厂", ProjectType::kIndustry, AssetClass::kOperating, AssetSubtype::kProcessing},
    {"食用菌基地", ProjectType::kIndustry, AssetClass::kOperating, AssetSubtype::kFarmingBase},
    {"中药材基地", ProjectType::kIndustry, AssetClass::kOperating, AssetSubtype::kFarmingBase},
    {"饮水管网", ProjectType::kRuralConstruction, AssetClass::kPublicWelfare, AssetSubtype::kWaterSupply},
    {"冷链仓储", ProjectType::kIndustry, AssetClass::kOperating, AssetSubtype::kProcessing},
    {"危房改造", ProjectType::kThreeGuarantees, AssetClass::kHousehold, AssetSubtype::kOther},
    {"光伏电站", ProjectType::kIndustry, AssetClass::kOperating, AssetSubtype::kPhotovoltaic},
    {"产业路", ProjectType::kRuralConstruction, AssetClass::kPublicWelfare, AssetSubtype::kRoad},
    {"蔬菜大棚", ProjectType::kIndustry, AssetClass::kOperating, AssetSubtype::kFarmingBase},
}};
[[nodiscard]] constexpr bool demo_project_completed(std::size_t p) { return p % 3 != 2; }

// Ledger accounts per project id `pid`: project budget, contractor (also the operator paying the
// asset's income) and the asset's income account; then the payees of income distribution.
[[nodiscard]] constexpr uint64_t demo_project_account(uint64_t pid) { return 100 + pid; }
[[nodiscard]] constexpr uint64_t demo_contractor_account(uint64_t pid) { return 200 + pid; }
[[nodiscard]] constexpr uint64_t demo_income_account(uint64_t pid) { return 300 + pid; }
inline constexpr uint64_t kDemoDividendsPayee = 701;  // households' dividends (clearing account)
inline constexpr uint64_t kDemoJobsPayee = 702;       // public-welfare job wages
inline constexpr uint64_t kDemoUpkeepPayee = 703;     // asset upkeep fund

// The operating assets' yearly rent, paid in December.
inline const Money kDemoAssetRent = Money::from_yuan(60'000);

// A case the demo opened and took to monitoring.
struct OpenedCase {
  int64_t case_id = 0;
  int64_t household_key = 0;
  Date identified;                    // county approval
  std::optional<Date> measure_start;  // its implemented assistance measure, if any
};

struct EliminationCounts {
  int64_t started = 0, eliminated = 0, refused = 0;
  std::string first_refusal;  // the gate's message for the first refused case
};
// Step 7: every case monitored since before June with an implemented measure goes through risk
// elimination (风险消除) in December. At the home visit the household's 2024 income is verified
// again (the assistance raised the wage to 1.25 times the threshold per person, and medical and
// education aid covered the out-of-pocket costs); the village
// reviews and publishes it, the township approves, and the county's approval on 2024-12-31 checks
// every condition of the gate. A case the gate refuses (one failing item vetoes, e.g. a
// seriously ill member still at risk) is sent back to monitoring with the reasons.
EliminationCounts eliminate_cases(Store& store, const std::vector<OpenedCase>& cases, const Policy& policy);

struct AssetCounts {
  int64_t assets = 0, operating = 0, plans = 0, beneficiaries = 0;
  Money value, income, paid_to_households;
};
// Step 9: capitalises every completed project into one asset (value = its settled amount),
// confirms ownership, hands it over and puts it into operation; the operating assets' operators
// pay a year's rent, and each asset's income is distributed by a plan (dividends to the
// households within monitoring range, public-welfare jobs, upkeep) that is published and paid.
AssetCounts build_assets(Store& store, const std::vector<uint64_t>& dividend_households);

}  // namespace rg::cli
