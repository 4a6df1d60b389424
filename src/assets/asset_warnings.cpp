// Risk warnings (资产风险预警) and reconciliation with the project library (扶贫资产未登记).
#include <algorithm>
#include <unordered_map>
#include <string>
#include <tuple>

#include "ruralguard/asset_report.hpp"
#include "ruralguard/error.hpp"

namespace rg {

namespace {

void asset_level(const Asset& a, const std::unordered_map<uint64_t, Money>& incomes, int32_t income_year,
                 const AssetWarningOptions& o, std::vector<AssetWarning>& out) {
  const Date& as_of = o.as_of;
  auto add = [&](AssetWarningKind kind) -> AssetWarning& {
    out.push_back({kind, a.id, a.project_id, Money(), Money(), 0});
    return out.back();
  };
  if (a.status == AssetStatus::kIdle && a.status_since <= as_of) {
    const int64_t months = a.status_since.whole_months_until(as_of);
    if (months > o.idle_months_max) add(AssetWarningKind::kIdleTooLong).months = months;
  }
  if (a.status == AssetStatus::kRegistered && a.registered <= as_of) {
    const int64_t months = a.registered.whole_months_until(as_of);
    if (months > o.unconfirmed_months_max) add(AssetWarningKind::kOwnershipUnconfirmed).months = months;
  }
  if (a.management.custodian.empty()) add(AssetWarningKind::kNoCustodian);
  if (a.status == AssetStatus::kDamaged) add(AssetWarningKind::kDamaged);
  const bool in_operation = a.status == AssetStatus::kOperating;
  if (a.asset_class == AssetClass::kOperating && in_operation) {
    if (a.management.farmer_link.mode == FarmerLinkMode::kNone) add(AssetWarningKind::kNoFarmerLink);
    // A yearly plan is compared only over a whole year on the register: an asset registered after
    // 1 January of the income year has a partial (or no) year behind it.
    const bool whole_year = a.registered <= Date::from_ymd(income_year, 1, 1);
    if (!a.management.planned_income_per_year.is_zero() && whole_year) {
      const auto it = a.management.income_account_id == 0 ? incomes.end() : incomes.find(a.management.income_account_id);
      const Money income = it == incomes.end() ? Money() : it->second;
      if (income < a.management.planned_income_per_year) {
        AssetWarning& w = add(AssetWarningKind::kIncomeBelowPlan);
        w.expected = a.management.planned_income_per_year;
        w.actual = income;
      }
    }
  }
}

}  // namespace

std::vector<AssetWarning> asset_warnings(const AssetRegistry& registry, const Ledger& ledger,
                                         const ProjectLibrary& projects, const AssetWarningOptions& o) {
  if (o.idle_months_max < 0 || o.unconfirmed_months_max < 0) {
    throw Error(ErrorCode::kInvalidArgument, "asset warnings: month limits must be >= 0, got idle " +
                                                 std::to_string(o.idle_months_max) + ", unconfirmed " +
                                                 std::to_string(o.unconfirmed_months_max));
  }
  const int32_t income_year = o.income_year != 0 ? o.income_year : o.as_of.year() - 1;
  const auto incomes = income_by_account(ledger, income_year);
  const auto settled = settled_amounts(ledger, projects, o.as_of);
  auto settled_of = [&](uint64_t project_id) {
    const auto it = settled.find(project_id);
    return it == settled.end() ? Money() : it->second;
  };
  std::vector<AssetWarning> out;
  std::unordered_map<uint64_t, Money> values;  // project -> sum of its assets' values
  for (const Asset& a : registry.all()) {
    values[a.project_id] += a.value;
    if (a.status == AssetStatus::kDisposed) continue;
    asset_level(a, incomes, income_year, o, out);
  }
  for (const Project& p : projects.all()) {
    if (!project_is_complete(p.status)) continue;
    const auto it = values.find(p.id);
    if (it == values.end()) {
      out.push_back({AssetWarningKind::kProjectNotRegistered, 0, p.id, settled_of(p.id), Money(), 0});
      continue;
    }
    if (settled_of(p.id) != it->second) {
      out.push_back({AssetWarningKind::kValueDiffersFromSettled, 0, p.id, settled_of(p.id), it->second, 0});
    }
  }
  std::sort(out.begin(), out.end(), [](const AssetWarning& x, const AssetWarning& y) {
    return std::tuple(x.kind, x.asset_id, x.project_id) < std::tuple(y.kind, y.asset_id, y.project_id);
  });
  return out;
}

std::string_view asset_warning_name(AssetWarningKind kind) noexcept {
  switch (kind) {
    case AssetWarningKind::kIdleTooLong: return "idle_too_long";
    case AssetWarningKind::kIncomeBelowPlan: return "income_below_plan";
    case AssetWarningKind::kNoCustodian: return "no_custodian";
    case AssetWarningKind::kDamaged: return "damaged";
    case AssetWarningKind::kOwnershipUnconfirmed: return "ownership_unconfirmed";
    case AssetWarningKind::kNoFarmerLink: return "no_farmer_link";
    case AssetWarningKind::kProjectNotRegistered: return "project_not_registered";
    case AssetWarningKind::kValueDiffersFromSettled: return "value_differs_from_settled";
  }
  return "unknown";
}

std::string_view asset_warning_name_zh(AssetWarningKind kind) noexcept {
  switch (kind) {
    case AssetWarningKind::kIdleTooLong: return "长期闲置";
    case AssetWarningKind::kIncomeBelowPlan: return "收益低于计划";
    case AssetWarningKind::kNoCustodian: return "无管护主体";
    case AssetWarningKind::kDamaged: return "损毁";
    case AssetWarningKind::kOwnershipUnconfirmed: return "未确权";
    case AssetWarningKind::kNoFarmerLink: return "未联农带农";
    case AssetWarningKind::kProjectNotRegistered: return "项目资产未登记";
    case AssetWarningKind::kValueDiffersFromSettled: return "账实不符";
  }
  return "未知";
}

}  // namespace rg
