// Asset reports: totals by class, status and region; income and distribution per year; the
// public notice of a distribution plan (CSV through libcsv's csv_write, as the ledger's notices).

#include <map>
#include <string>

#include "ruralguard/asset_report.hpp"
#include "ruralguard/csv_text.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/ledger_queries.hpp"

namespace rg {

std::vector<AssetTotalsRow> asset_totals(const AssetRegistry& registry, AssetTotalsKey key, int prefix_digits) {
  uint64_t divisor = 1;
  if (key == AssetTotalsKey::kRegionPrefix) {
    divisor = region_prefix_divisor(prefix_digits, "asset_totals");
  } else if (key != AssetTotalsKey::kClass && key != AssetTotalsKey::kStatus) {
    throw Error(ErrorCode::kInvalidArgument, "asset_totals: key " + std::to_string(static_cast<int>(key)) + " is not 1..3");
  }
  std::map<uint64_t, AssetTotalsRow> rows;
  for (const Asset& a : registry.all()) {
    if (key != AssetTotalsKey::kStatus && a.status == AssetStatus::kDisposed) continue;
    uint64_t k = 0;
    switch (key) {
      case AssetTotalsKey::kClass: k = static_cast<uint64_t>(a.asset_class); break;
      case AssetTotalsKey::kStatus: k = static_cast<uint64_t>(a.status); break;
      case AssetTotalsKey::kRegionPrefix: k = a.region.value() / divisor; break;
    }
    AssetTotalsRow& r = rows[k];
    r.key = k;
    ++r.assets;
    r.value += a.value;
  }
  std::vector<AssetTotalsRow> out;
  out.reserve(rows.size());
  for (auto& [k, r] : rows) out.push_back(r);
  return out;
}

bool plan_is_paid(const DistributionPlan& plan, const Ledger& ledger) {
  for (std::size_t i = 0; i < plan.lines.size(); ++i) {
    if (ledger.find_transfer(plan.transfer_id(i)) == nullptr) return false;
  }
  return !plan.lines.empty();
}

std::vector<AssetIncomeYearRow> asset_income_by_year(const AssetRegistry& registry, const Ledger& ledger) {
  std::map<uint64_t, const Asset*> by_account;
  for (const Asset& a : registry.all()) {
    if (a.management.income_account_id != 0) by_account[a.management.income_account_id] = &a;
  }
  std::map<int32_t, AssetIncomeYearRow> rows;
  auto row = [&](int32_t year) -> AssetIncomeYearRow& {
    AssetIncomeYearRow& r = rows[year];
    r.year = year;
    return r;
  };
  for (const Transfer& t : ledger.transfers()) {
    const auto effect = posted_effect(ledger, t);
    if (!effect || effect->base->code != TransferCode::kAssetIncome) continue;
    if (by_account.contains(effect->base->credit_account_id)) row(t.effective_date.year()).income += effect->amount;
  }
  for (const DistributionPlan& p : registry.plans()) {
    AssetIncomeYearRow& r = row(p.year);
    r.planned += p.income;
    if (plan_is_paid(p, ledger)) r.paid += p.income;
  }
  std::vector<AssetIncomeYearRow> out;
  for (auto& [y, r] : rows) out.push_back(r);
  return out;
}

namespace {

using CsvWriter = CsvText;

}  // namespace

std::string distribution_notice_csv(const AssetRegistry& registry, uint64_t plan_id) {
  const DistributionPlan* p = registry.find_plan(plan_id);
  if (p == nullptr) throw Error(ErrorCode::kNotFound, "distribution plan " + std::to_string(plan_id) + " does not exist");
  const Asset* a = registry.find(p->asset_id);
  const std::string asset_name = a != nullptr ? a->name : std::string();
  const std::string plan = std::to_string(p->plan_id);
  const std::string asset = std::to_string(p->asset_id);
  const std::string year = std::to_string(p->year);
  const std::string income = p->income.to_string();
  const std::string decided = p->decision.date.to_string();
  const std::string start = p->notice.start.to_string();
  const std::string end = p->notice.end.to_string();
  CsvWriter w;
  w.row({"分配方案编号", "资产编号", "资产名称", "收益年度", "收益总额(元)", "民主决策文号", "决策日期", "公示开始",
         "公示结束", "分配用途", "用途金额(元)", "受益户编号", "分配金额(元)"});
  for (const DistributionLine& line : p->lines) {
    const std::string purpose(income_purpose_name_zh(line.purpose));
    const std::string line_amount = line.amount.to_string();
    if (line.shares.empty()) {
      w.row({plan, asset, asset_name, year, income, p->decision.document, decided, start, end, purpose, line_amount, "",
             line_amount});
      continue;
    }
    for (const Share& s : line.shares) {
      w.row({plan, asset, asset_name, year, income, p->decision.document, decided, start, end, purpose, line_amount,
             std::to_string(s.household_key), s.amount.to_string()});
    }
  }
  return w.take();
}

}  // namespace rg
