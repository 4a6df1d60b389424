// assets_bench: distribution plans and county-scale warnings (in memory, the pure domain).
//
//  - BM_DistributionBuild: one plan, three purposes, N households (96,000 + 3,200 job shares
//    stays inside the 100,000-share bound) (split twice by largest
//    remainder, every check on). Items = household shares.
//  - BM_CountyWarnings: a county of 2,602 completed projects (the 2023 Yulin-like scale of
//    DOMAIN.md 4.6), 2,388 of them capitalised into one asset each (the seed county's count), one
//    disbursement per project and monthly income for every operating asset; the full warning and
//    reconciliation pass. Items = assets.
#include <benchmark/benchmark.h>

#include <vector>

#include "ruralguard/asset_report.hpp"
#include "ruralguard/ledger.hpp"

namespace {

rg::DistributionInput plan(int64_t households) {
  rg::DistributionInput in;
  in.plan_id = 1;
  in.asset_id = 1;
  in.year = 2025;
  in.income = rg::Money::from_yuan(1'000'000);
  in.decision = {"决议", rg::Date::parse("2025-04-01"), 41, 37, 1};
  in.notice = {rg::Date::parse("2025-04-02"), rg::Date::parse("2025-04-11")};
  in.first_transfer_id = {1, 1};
  rg::PurposeInput dividends{rg::IncomePurpose::kDividends, 5, rg::Money(), 50, {}};
  for (int64_t h = 1; h <= households; ++h) dividends.beneficiaries.push_back({uint64_t(h), 1 + h % 6});
  rg::PurposeInput jobs{rg::IncomePurpose::kPublicWelfareJobs, 3, rg::Money(), 51, {}};
  for (int64_t h = 1; h <= households / 30; ++h) jobs.beneficiaries.push_back({uint64_t(h), 1});
  rg::PurposeInput upkeep{rg::IncomePurpose::kUpkeep, 2, rg::Money(), 52, {}};
  in.purposes = {dividends, jobs, upkeep};
  return in;
}

void BM_DistributionBuild(benchmark::State& state) {
  const rg::DistributionInput in = plan(state.range(0));
  const rg::DistributionPolicy policy;
  std::size_t shares = 0;
  for (auto _ : state) {
    const rg::DistributionPlan p = rg::build_distribution(in, policy);
    shares = p.lines[0].shares.size() + p.lines[1].shares.size();
    benchmark::DoNotOptimize(p.lines.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * shares));
}
BENCHMARK(BM_DistributionBuild)->Arg(1234)->Arg(96000)->Unit(benchmark::kMillisecond);

struct County {
  static constexpr uint64_t kProjects = 2602;
  static constexpr uint64_t kAssets = 2388;
  rg::ProjectLibrary projects;
  rg::Ledger ledger;
  rg::AssetRegistry registry;

  County() {
    ledger.attach_projects(&projects);
    constexpr uint16_t kLimit = rg::account_flags::kDebitsMustNotExceedCredits;
    std::vector<rg::Account> accounts = {
        {1, rg::FundLevel::kCentral, 2024, rg::HolderKind::kRegion, 500112000000ull, rg::AccountKind::kSource, 0},
        {2, rg::FundLevel::kCentral, 2024, rg::HolderKind::kRegion, 500112000000ull, rg::AccountKind::kBudget, kLimit},
        {3, rg::FundLevel::kCentral, 2024, rg::HolderKind::kPayee, 1, rg::AccountKind::kPayee, 0},
        {4, rg::FundLevel::kCentral, 2024, rg::HolderKind::kPayee, 2, rg::AccountKind::kPayee, 0}};
    for (uint64_t a = 0; a < kAssets; ++a) {
      accounts.push_back({1000 + a, rg::FundLevel::kCentral, 2024, rg::HolderKind::kProject, 1 + a,
                          rg::AccountKind::kIncome, kLimit});
    }
    std::vector<rg::AccountResult> ar(accounts.size());
    for (std::size_t at = 0; at < accounts.size(); at += rg::Ledger::kBatchMax) {
      const std::size_t n = std::min(rg::Ledger::kBatchMax, accounts.size() - at);
      ledger.create_accounts({accounts.data() + at, n}, {ar.data() + at, n});
    }
    std::vector<rg::Transfer> batch;
    auto flush = [&] {
      std::vector<rg::TransferResult> r(batch.size());
      ledger.create_transfers(batch, r);
      batch.clear();
    };
    uint64_t next_id = 1;
    auto transfer = [&](uint64_t debit, uint64_t credit, rg::Money amount, rg::TransferCode code, uint64_t project,
                        rg::Date date) {
      rg::Transfer t;
      t.id = {0, next_id++};
      t.debit_account_id = debit;
      t.credit_account_id = credit;
      t.amount = amount;
      t.code = code;
      t.project_id = project;
      t.effective_date = date;
      batch.push_back(t);
      if (batch.size() == rg::Ledger::kBatchMax) flush();
    };
    transfer(1, 2, rg::Money::from_yuan(2'000'000'000), rg::TransferCode::kAllocate, 0, rg::Date::parse("2024-01-02"));
    for (uint64_t p = 1; p <= kProjects; ++p) {
      rg::Project project;
      project.id = p;
      project.name = "项目";
      project.region = rg::RegionCode::from_value(500112001000ull + p % 300);
      project.type = p % 3 == 0 ? rg::ProjectType::kRuralConstruction : rg::ProjectType::kIndustry;
      project.fiscal_year = 2024;
      projects.add(project, rg::Date::parse("2023-11-01"));
      projects.transition(p, rg::ProjectStatus::kAdmitted, rg::Date::parse("2023-12-01"));
      projects.transition(p, rg::ProjectStatus::kApproved, rg::Date::parse("2024-01-15"));
      transfer(2, 3, rg::Money::from_yuan(int64_t(100'000 + p * 37)), rg::TransferCode::kDisburse, p,
               rg::Date::parse("2024-05-01"));
    }
    flush();
    for (uint64_t p = 1; p <= kProjects; ++p) {
      projects.transition(p, rg::ProjectStatus::kUnderConstruction, rg::Date::parse("2024-06-01"));
      projects.transition(p, rg::ProjectStatus::kCompleted, rg::Date::parse("2024-08-01"));
    }
    for (uint64_t a = 0; a < kAssets; ++a) {
      rg::Asset asset;
      asset.id = 1 + a;
      asset.name = "资产";
      asset.project_id = 1 + a;
      asset.asset_class = a % 2 == 0 ? rg::AssetClass::kOperating : rg::AssetClass::kPublicWelfare;
      asset.value = rg::Money::from_yuan(int64_t(100'000 + (1 + a) * 37));
      asset.region = rg::RegionCode::from_value(500112001000ull + (1 + a) % 300);
      asset.status = a % 7 == 0 ? rg::AssetStatus::kIdle : rg::AssetStatus::kOperating;
      asset.registered = asset.status_since = rg::Date::parse("2024-09-01");
      asset.management.custodian = a % 11 == 0 ? "" : "管护员";
      asset.management.farmer_link.mode = a % 5 == 0 ? rg::FarmerLinkMode::kNone : rg::FarmerLinkMode::kDividend;
      asset.management.planned_income_per_year = rg::Money::from_yuan(12'000);
      asset.management.income_account_id = 1000 + a;
      registry.put(asset);
      if (asset.asset_class != rg::AssetClass::kOperating) continue;
      for (int m = 1; m <= 12; ++m) {
        transfer(4, 1000 + a, rg::Money::from_yuan(900 + int64_t(a % 300)), rg::TransferCode::kAssetIncome, 1 + a,
                 rg::Date::from_ymd(2025, m, 28));
      }
    }
    flush();
  }
};

void BM_CountyWarnings(benchmark::State& state) {
  static const County county;
  rg::AssetWarningOptions o;
  o.as_of = rg::Date::parse("2025-12-31");
  o.income_year = 2025;
  std::size_t warnings = 0;
  for (auto _ : state) {
    const auto w = rg::asset_warnings(county.registry, county.ledger, county.projects, o);
    warnings = w.size();
    benchmark::DoNotOptimize(w.data());
  }
  state.counters["warnings"] = static_cast<double>(warnings);
  state.counters["transfers"] = static_cast<double>(county.ledger.transfers().size());
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * County::kAssets));
}
BENCHMARK(BM_CountyWarnings)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
