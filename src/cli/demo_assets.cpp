// `ruralguard demo`, step 8: project assets (扶贫项目资产) from capitalisation to income paid out.
#include <span>
#include <string>

#include "cli/demo_county.hpp"
#include "ruralguard/asset_registry.hpp"
#include "ruralguard/asset_store.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/ledger_store.hpp"

namespace rg::cli {
namespace {

Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

}  // namespace

AssetCounts build_assets(Store& store, const std::vector<uint64_t>& dividend_households) {
  LedgerStore ledger(store);
  AssetStore assets(store, ledger);
  AssetCounts n;
  const Date capitalised = d(2024, 11, 5);
  const auto settled = settled_amounts(ledger.ledger(), ledger.projects(), capitalised);
  uint64_t next_transfer = 10'000;  // above the ids of the ledger step
  for (std::size_t p = 0; p < kDemoProjects.size(); ++p) {
    if (!demo_project_completed(p)) continue;
    const DemoProject& project = kDemoProjects[p];
    const uint64_t pid = kDemoProjectIdFirst + p;
    const auto value = settled.find(pid);
    if (value == settled.end()) throw Error(ErrorCode::kNotFound, "demo assets: project " + std::to_string(pid) + " has no settled amount");
    const bool operating = project.asset_class == AssetClass::kOperating;
    AssetDraft a;
    a.id = pid;  // one asset per project, numbered like it
    a.name = project.name;
    a.asset_class = project.asset_class;
    a.subtype = project.subtype;
    a.value = value->second;
    a.region = ledger.projects().find(pid)->region;
    a.location = "demo";
    a.management.custodian = "村级资产管护员";
    if (operating) {
      a.management.operator_name = "专业合作社";
      a.management.mode = OperationMode::kLease;
      a.management.farmer_link = FarmerLink{FarmerLinkMode::kDividend, static_cast<uint32_t>(dividend_households.size())};
      a.management.planned_income_per_year = kDemoAssetRent;
      a.management.income_account_id = demo_income_account(pid);
    }
    assets.capitalise(pid, capitalised, std::span<const AssetDraft>(&a, 1));
    assets.confirm_ownership(pid, d(2024, 11, 20), "确权 " + std::to_string(pid));
    assets.hand_over(pid, d(2024, 11, 25));
    assets.set_status(pid, AssetStatus::kOperating, d(2024, 12, 1));
    n.assets += 1;
    n.value += a.value;
    if (!operating) continue;
    n.operating += 1;

    // The operator pays a year's rent into the asset's income account 资产收益.
    assets.record_income(pid, TransferId{2024, next_transfer++}, demo_contractor_account(pid), kDemoAssetRent,
                         d(2024, 12, 20));
    n.income += kDemoAssetRent;

    // The village assembly decides the split, it is published for six days, then paid.
    DistributionInput plan;
    plan.plan_id = pid;
    plan.asset_id = pid;
    plan.year = 2024;
    plan.income = kDemoAssetRent;
    plan.decision = AssemblyDecision{"村民代表大会决议 " + std::to_string(pid), d(2024, 12, 21), 40, 36, 1};
    plan.notice = DistributionNotice{d(2024, 12, 22), d(2024, 12, 27)};
    plan.first_transfer_id = TransferId{2024, 20'000 + 100 * (pid - kDemoProjectIdFirst)};
    PurposeInput dividends{IncomePurpose::kDividends, 50, {}, kDemoDividendsPayee, {}};
    for (uint64_t key : dividend_households) dividends.beneficiaries.push_back(Beneficiary{key, 1});
    plan.purposes = {std::move(dividends), PurposeInput{IncomePurpose::kPublicWelfareJobs, 30, {}, kDemoJobsPayee, {}},
                     PurposeInput{IncomePurpose::kUpkeep, 20, {}, kDemoUpkeepPayee, {}}};
    const DistributionPlan& saved = assets.add_distribution(plan);
    for (const DistributionLine& line : saved.lines) {
      if (line.purpose == IncomePurpose::kDividends) n.paid_to_households += line.amount;
    }
    assets.post_distribution(pid, d(2024, 12, 30));
    n.plans += 1;
  }
  n.beneficiaries = static_cast<int64_t>(dividend_households.size());
  return n;
}

}  // namespace rg::cli
