// Income distribution plans: validation and the two-level largest-remainder split.
#include <set>
#include <string>

#include "ruralguard/asset_distribution.hpp"
#include "ruralguard/error.hpp"

namespace rg {

std::string_view income_purpose_name(IncomePurpose purpose) noexcept {
  switch (purpose) {
    case IncomePurpose::kHardshipSupport: return "hardship_support";
    case IncomePurpose::kPublicWelfareJobs: return "public_welfare_jobs";
    case IncomePurpose::kUpkeep: return "upkeep";
    case IncomePurpose::kProductionAwards: return "production_awards";
    case IncomePurpose::kCollectiveEconomy: return "collective_economy";
    case IncomePurpose::kDividends: return "dividends";
    case IncomePurpose::kVillageRunningCosts: return "village_running_costs";
    case IncomePurpose::kVehiclesTelecom: return "vehicles_telecom";
    case IncomePurpose::kAllowancesWelfare: return "allowances_welfare";
    case IncomePurpose::kLossesDebts: return "losses_debts";
    case IncomePurpose::kBuildings: return "buildings";
    case IncomePurpose::kLargeInfrastructure: return "large_infrastructure";
  }
  return "unknown";
}

std::string_view income_purpose_name_zh(IncomePurpose purpose) noexcept {
  switch (purpose) {
    case IncomePurpose::kHardshipSupport: return "困难群众救助";
    case IncomePurpose::kPublicWelfareJobs: return "公益性岗位工资";
    case IncomePurpose::kUpkeep: return "项目和资产管护";
    case IncomePurpose::kProductionAwards: return "生产奖补";
    case IncomePurpose::kCollectiveEconomy: return "村集体经济";
    case IncomePurpose::kDividends: return "收益分红";
    case IncomePurpose::kVillageRunningCosts: return "村级组织运转";
    case IncomePurpose::kVehiclesTelecom: return "车辆和通讯设备";
    case IncomePurpose::kAllowancesWelfare: return "津贴补贴和福利";
    case IncomePurpose::kLossesDebts: return "弥补亏损和偿还债务";
    case IncomePurpose::kBuildings: return "楼堂馆所";
    case IncomePurpose::kLargeInfrastructure: return "大型基础设施";
  }
  return "未知";
}

TransferId DistributionPlan::transfer_id(std::size_t line) const {
  TransferId id = first_transfer_id;
  if (__builtin_add_overflow(id.lo, static_cast<uint64_t>(line), &id.lo)) {
    throw Error(ErrorCode::kOverflow, "distribution plan " + std::to_string(plan_id) + ": first_transfer_id + " +
                                          std::to_string(line) + " overflows its low half");
  }
  return id;
}

namespace {

[[noreturn]] void fail(ErrorCode code, const DistributionInput& in, const std::string& what) {
  throw Error(code, "distribution plan " + std::to_string(in.plan_id) + ": " + what);
}

void check_header(const DistributionInput& in, const DistributionPolicy& policy) {
  if (in.plan_id == 0) fail(ErrorCode::kInvalidArgument, in, "plan_id must not be 0");
  if (in.asset_id == 0) fail(ErrorCode::kInvalidArgument, in, "asset_id must not be 0");
  if (in.year < 2000 || in.year > 2099) {
    fail(ErrorCode::kInvalidArgument, in, "year " + std::to_string(in.year) + " is outside 2000..2099");
  }
  if (in.income <= Money()) {
    fail(ErrorCode::kInvalidArgument, in, "income " + in.income.to_string() + " must be positive");
  }
  if (!in.income.is_whole_fen()) {
    fail(ErrorCode::kPrecision, in, "income " + in.income.format({.decimals = 4}) + " is not whole fen");
  }
  if (in.first_transfer_id.is_zero()) fail(ErrorCode::kInvalidArgument, in, "first_transfer_id must not be 0");
  const auto& d = in.decision;
  if (d.document.empty() || d.document.size() > DistributionInput::kDocumentBytesMax) {
    fail(d.document.empty() ? ErrorCode::kInvalidArgument : ErrorCode::kLimit, in,
         "decision.document must be 1..256 bytes (a recorded assembly decision; DistributionInput::kDocumentBytesMax), got " +
             std::to_string(d.document.size()));
  }
  if (d.votes_for + static_cast<uint64_t>(d.votes_against) > d.attendees) {
    fail(ErrorCode::kInvalidArgument, in, "decision: votes " + std::to_string(d.votes_for) + " + " +
                                              std::to_string(d.votes_against) + " exceed attendees " +
                                              std::to_string(d.attendees));
  }
  if (2 * static_cast<uint64_t>(d.votes_for) <= d.attendees) {
    fail(ErrorCode::kRefused, in, "decision " + quote_for_message(d.document) + " was not passed: " +
                                      std::to_string(d.votes_for) + " of " + std::to_string(d.attendees) +
                                      " attendees voted for it");
  }
  if (in.notice.start < d.date) {
    fail(ErrorCode::kRefused, in, "notice.start " + in.notice.start.to_string() + " is before the decision date " +
                                      d.date.to_string());
  }
  const int64_t days = in.notice.start.days_until(in.notice.end) + 1;
  if (days < policy.notice_days_min) {
    fail(ErrorCode::kRefused, in, "notice " + in.notice.start.to_string() + ".." + in.notice.end.to_string() +
                                      " lasts " + std::to_string(days) + " days, less than the required " +
                                      std::to_string(policy.notice_days_min));
  }
}

void check_purposes(const DistributionInput& in, const DistributionPolicy& policy) {
  if (in.purposes.empty()) fail(ErrorCode::kInvalidArgument, in, "no purposes");
  if (in.purposes.size() > DistributionInput::kPurposesMax) {
    fail(ErrorCode::kLimit, in, std::to_string(in.purposes.size()) + " purposes exceed the maximum " +
                                    std::to_string(DistributionInput::kPurposesMax));
  }
  std::size_t beneficiaries = 0;
  std::set<uint8_t> seen;
  const bool by_weight = in.purposes.front().weight != 0;
  for (std::size_t i = 0; i < in.purposes.size(); ++i) {
    const PurposeInput& p = in.purposes[i];
    const std::string at = "purposes[" + std::to_string(i) + "]";
    const auto code = static_cast<uint8_t>(p.purpose);
    if (code < 1 || code > kIncomePurposeMax) {
      fail(ErrorCode::kInvalidArgument, in, at + ".purpose " + std::to_string(code) + " is not a known purpose");
    }
    if (policy.forbids(p.purpose)) {
      fail(ErrorCode::kRefused, in, at + ".purpose " + std::string(income_purpose_name(p.purpose)) + " (" +
                                        std::string(income_purpose_name_zh(p.purpose)) +
                                        ") is a forbidden use of asset income");
    }
    if (!seen.insert(code).second) {
      fail(ErrorCode::kInvalidArgument, in, at + ".purpose " + std::string(income_purpose_name(p.purpose)) +
                                                " appears twice");
    }
    if (p.payee_account_id == 0) fail(ErrorCode::kInvalidArgument, in, at + ".payee_account_id must not be 0");
    if ((p.weight != 0) != by_weight || (by_weight && !p.amount.is_zero())) {
      fail(ErrorCode::kInvalidArgument, in, at + ": a plan gives every purpose either a weight or an amount, not both");
    }
    if (by_weight && p.weight < 0) {
      fail(ErrorCode::kInvalidArgument, in, at + ".weight " + std::to_string(p.weight) + " must be positive");
    }
    if (!by_weight && (p.amount <= Money() || !p.amount.is_whole_fen())) {
      fail(ErrorCode::kInvalidArgument, in, at + ".amount " + p.amount.format({.decimals = 4}) +
                                                " must be positive and whole fen");
    }
    beneficiaries += p.beneficiaries.size();
    if (beneficiaries > DistributionInput::kBeneficiariesMax) {
      fail(ErrorCode::kLimit, in, "more than " + std::to_string(DistributionInput::kBeneficiariesMax) + " beneficiaries");
    }
    std::set<uint64_t> households;
    for (std::size_t j = 0; j < p.beneficiaries.size(); ++j) {
      const Beneficiary& b = p.beneficiaries[j];
      const std::string bat = at + ".beneficiaries[" + std::to_string(j) + "]";
      if (b.household_key == 0) fail(ErrorCode::kInvalidArgument, in, bat + ".household_key must not be 0");
      if (b.weight <= 0) {
        fail(ErrorCode::kInvalidArgument, in, bat + ".weight " + std::to_string(b.weight) + " must be positive");
      }
      if (!households.insert(b.household_key).second) {
        fail(ErrorCode::kInvalidArgument, in, bat + ": household " + std::to_string(b.household_key) + " appears twice");
      }
    }
  }
}

}  // namespace

DistributionPlan build_distribution(const DistributionInput& in, const DistributionPolicy& policy) {
  check_header(in, policy);
  check_purposes(in, policy);
  DistributionPlan plan;
  plan.plan_id = in.plan_id;
  plan.asset_id = in.asset_id;
  plan.year = in.year;
  plan.income = in.income;
  plan.decision = in.decision;
  plan.notice = in.notice;
  plan.first_transfer_id = in.first_transfer_id;
  (void)plan.transfer_id(in.purposes.size() - 1);  // every payment id must exist

  std::vector<Money> amounts;
  if (in.purposes.front().weight != 0) {
    std::vector<int64_t> weights;
    for (const auto& p : in.purposes) weights.push_back(p.weight);
    amounts = allocate_fen(in.income, weights);
  } else {
    Money sum;
    for (const auto& p : in.purposes) {
      amounts.push_back(p.amount);
      sum += p.amount;
    }
    if (sum != in.income) {
      fail(ErrorCode::kRefused, in, "purpose amounts sum to " + sum.to_string() + ", not the income " +
                                        in.income.to_string());
    }
  }
  Money total;
  for (std::size_t i = 0; i < in.purposes.size(); ++i) {
    const PurposeInput& p = in.purposes[i];
    DistributionLine line{p.purpose, amounts[i], p.payee_account_id, {}};
    if (!p.beneficiaries.empty()) {
      std::vector<int64_t> weights;
      weights.reserve(p.beneficiaries.size());
      for (const auto& b : p.beneficiaries) weights.push_back(b.weight);
      const std::vector<Money> parts = allocate_fen(line.amount, weights);
      Money sum;
      line.shares.reserve(parts.size());
      for (std::size_t j = 0; j < parts.size(); ++j) {
        line.shares.push_back({p.beneficiaries[j].household_key, parts[j]});
        sum += parts[j];
      }
      if (sum != line.amount) throw Error(ErrorCode::kInternal, "distribution shares do not sum to the line");
    }
    if (line.amount.is_zero()) {
      fail(ErrorCode::kRefused, in, "purposes[" + std::to_string(i) + "] receives 0.00 (weight too small)");
    }
    total += line.amount;
    plan.lines.push_back(std::move(line));
  }
  if (total != in.income) throw Error(ErrorCode::kInternal, "distribution lines do not sum to the income");
  return plan;
}

}  // namespace rg
