// The asset registry: lifecycle moves, disposal approvals and plan checks.
#include "ruralguard/asset_registry.hpp"

#include <string>

#include "assets/asset_checks.hpp"
#include "ruralguard/error.hpp"

namespace rg {

namespace {

std::string who(uint64_t asset_id) { return "asset " + std::to_string(asset_id); }

void check_document(uint64_t asset_id, const char* field, std::string_view text) {
  if (text.empty() || text.size() > Asset::kTextBytesMax) {
    throw Error(text.empty() ? ErrorCode::kInvalidArgument : ErrorCode::kLimit,
                who(asset_id) + ": " + field + " must be 1..256 bytes (Asset::kTextBytesMax), got " +
                    std::to_string(text.size()));
  }
}

}  // namespace

const Asset* AssetRegistry::find(uint64_t asset_id) const {
  const auto it = index_.find(asset_id);
  return it == index_.end() ? nullptr : &assets_[it->second];
}

const Asset& AssetRegistry::get(uint64_t asset_id) const {
  const Asset* a = find(asset_id);
  if (a == nullptr) throw Error(ErrorCode::kNotFound, who(asset_id) + " is not registered");
  return *a;
}

bool AssetRegistry::project_has_assets(uint64_t project_id) const { return projects_.contains(project_id); }

const DistributionPlan* AssetRegistry::find_plan(uint64_t plan_id) const {
  const auto it = plan_index_.find(plan_id);
  return it == plan_index_.end() ? nullptr : &plans_[it->second];
}

void AssetRegistry::put(const Asset& asset) {
  const auto it = index_.find(asset.id);
  if (it != index_.end()) {
    assets_[it->second] = asset;
    return;
  }
  index_.emplace(asset.id, assets_.size());
  assets_.push_back(asset);
  ++projects_[asset.project_id];
}

void AssetRegistry::put_plan(DistributionPlan plan) {
  const auto it = plan_index_.find(plan.plan_id);
  if (it != plan_index_.end()) {
    plans_[it->second] = std::move(plan);
    return;
  }
  plan_index_.emplace(plan.plan_id, plans_.size());
  plans_.push_back(std::move(plan));
}

AssetChange AssetRegistry::move(const Asset& a, AssetStatus to, AssetEventKind kind, Date date, std::string note) const {
  if (date < a.status_since) {
    throw Error(ErrorCode::kRange, who(a.id) + ": date " + date.to_string() + " is before its last change " +
                                       a.status_since.to_string());
  }
  Asset next = a;
  next.status = to;
  next.status_since = date;
  AssetChange change;
  change.events.push_back({0, a.id, kind, date, a.status, to, std::move(note)});
  change.assets.push_back(std::move(next));
  return change;
}

namespace {

// Approvals and the disposal itself may not be dated before the last approval.
void check_after_approvals(const Asset& a, Date date) {
  for (const auto& given : a.disposal->approvals) {
    if (given && date < *given) {
      throw Error(ErrorCode::kRange, who(a.id) + ": date " + date.to_string() + " is before the approval of " +
                                         given->to_string());
    }
  }
}

[[noreturn]] void wrong_state(const Asset& a, std::string_view action) {
  throw Error(ErrorCode::kState, who(a.id) + " is " + std::string(asset_status_name(a.status)) + "; cannot " +
                                     std::string(action));
}

}  // namespace

AssetChange AssetRegistry::checked_confirm(uint64_t asset_id, Date date, std::string_view certificate) const {
  const Asset& a = get(asset_id);
  if (a.status != AssetStatus::kRegistered) wrong_state(a, "confirm ownership");
  check_document(asset_id, "certificate", certificate);
  AssetChange c = move(a, AssetStatus::kOwnershipConfirmed, AssetEventKind::kOwnershipConfirmed, date,
                       "certificate " + std::string(certificate));
  c.assets[0].confirmed = date;
  c.assets[0].certificate = std::string(certificate);
  return c;
}

AssetChange AssetRegistry::checked_hand_over(uint64_t asset_id, Date date) const {
  const Asset& a = get(asset_id);
  if (a.status != AssetStatus::kOwnershipConfirmed) wrong_state(a, "hand over (ownership must be confirmed first)");
  AssetChange c = move(a, AssetStatus::kHandedOver, AssetEventKind::kHandedOver, date,
                       "custodian " + a.management.custodian);
  c.assets[0].handed_over = date;
  return c;
}

AssetChange AssetRegistry::checked_set_status(uint64_t asset_id, AssetStatus to, Date date) const {
  const Asset& a = get(asset_id);
  const auto code = static_cast<uint8_t>(to);
  if (code < 1 || code > kAssetStatusCount) {
    throw Error(ErrorCode::kInvalidArgument, who(asset_id) + ": status " + std::to_string(code) + " is not 1..8");
  }
  if (!asset_status_move_allowed(a.status, to)) {
    wrong_state(a, "move to " + std::string(asset_status_name(to)));
  }
  return move(a, to, AssetEventKind::kStatusChanged, date, std::string(asset_status_name(to)));
}

AssetChange AssetRegistry::checked_set_management(uint64_t asset_id, const AssetManagement& m, Date date) const {
  const Asset& a = get(asset_id);
  if (a.status == AssetStatus::kDisposed) wrong_state(a, "change management");
  check_management(who(asset_id), m);
  AssetChange c = move(a, a.status, AssetEventKind::kManagementChanged, date,
                       "custodian " + m.custodian + "; operator " + m.operator_name);
  c.assets[0].status_since = a.status_since;  // the status did not change
  c.assets[0].management = m;
  if (m.mode != a.management.mode && a.rights == default_rights(a.owner, a.management.mode)) {
    c.assets[0].rights = default_rights(a.owner, m.mode);
  }
  return c;
}

AssetChange AssetRegistry::checked_request_disposal(uint64_t asset_id, DisposalReason reason, DisposalMethod method,
                                                    Money valuation, Date date, const DisposalPolicy& policy) const {
  const Asset& a = get(asset_id);
  const auto r = static_cast<uint8_t>(reason);
  const auto m = static_cast<uint8_t>(method);
  if (r < 1 || r > kDisposalReasonMax) {
    throw Error(ErrorCode::kInvalidArgument, who(asset_id) + ": disposal reason " + std::to_string(r) +
                                                 " is not in the list of allowed reasons (1..6)");
  }
  if (m < 1 || m > kDisposalMethodMax) {
    throw Error(ErrorCode::kInvalidArgument, who(asset_id) + ": disposal method " + std::to_string(m) +
                                                 " is not in the list of allowed methods (1..6)");
  }
  if (((policy.allowed_reasons >> r) & 1u) == 0) {
    throw Error(ErrorCode::kRefused, who(asset_id) + ": disposal reason " + std::string(disposal_reason_name(reason)) +
                                         " is not allowed by the county's disposal policy");
  }
  if (((policy.allowed_methods >> m) & 1u) == 0) {
    throw Error(ErrorCode::kRefused, who(asset_id) + ": disposal method " + std::string(disposal_method_name(method)) +
                                         " is not allowed by the county's disposal policy");
  }
  if (valuation.is_negative() || !valuation.is_whole_fen()) {
    throw Error(ErrorCode::kInvalidArgument, who(asset_id) + ": disposal valuation " +
                                                 valuation.format({.decimals = 4}) + " must be >= 0 and whole fen");
  }
  if (a.status != AssetStatus::kHandedOver && a.status != AssetStatus::kOperating && a.status != AssetStatus::kIdle &&
      a.status != AssetStatus::kDamaged) {
    wrong_state(a, "request disposal");
  }
  AssetChange c = move(a, AssetStatus::kDisposalPending, AssetEventKind::kDisposalRequested, date,
                       "reason " + std::string(disposal_reason_name(reason)) + "; method " +
                           std::string(disposal_method_name(method)) + "; valuation " + valuation.to_string());
  Disposal d;
  d.reason = reason;
  d.method = method;
  d.valuation = valuation;
  d.requested = date;
  d.resume_status = a.status;
  c.assets[0].disposal = d;
  return c;
}

AssetChange AssetRegistry::checked_approve_disposal(uint64_t asset_id, ApprovalLevel level, Date date,
                                                    std::string_view document) const {
  const Asset& a = get(asset_id);
  const auto l = static_cast<uint8_t>(level);
  if (l < 1 || l > kApprovalLevelCount) {
    throw Error(ErrorCode::kInvalidArgument, who(asset_id) + ": approval level " + std::to_string(l) + " is not 1..4");
  }
  if (a.status != AssetStatus::kDisposalPending || !a.disposal) wrong_state(a, "approve a disposal");
  check_document(asset_id, "approval document", document);
  check_after_approvals(a, date);
  const std::size_t given = a.disposal->approvals_given();
  if (given != static_cast<std::size_t>(l - 1)) {
    const auto next = static_cast<ApprovalLevel>(given + 1);
    throw Error(ErrorCode::kState, who(asset_id) + ": the " + std::string(approval_level_name(level)) +
                                       " approval comes out of order; next is the " +
                                       (given == kApprovalLevelCount ? std::string("none (all given)")
                                                                     : std::string(approval_level_name(next))));
  }
  AssetChange c = move(a, a.status, AssetEventKind::kDisposalApproved, date,
                       std::string(approval_level_name(level)) + ": " + std::string(document));
  c.assets[0].status_since = a.status_since;
  c.assets[0].disposal->approvals[l - 1] = date;
  return c;
}

AssetChange AssetRegistry::checked_withdraw_disposal(uint64_t asset_id, Date date) const {
  const Asset& a = get(asset_id);
  if (a.status != AssetStatus::kDisposalPending || !a.disposal) wrong_state(a, "withdraw a disposal");
  AssetChange c = move(a, a.disposal->resume_status, AssetEventKind::kDisposalWithdrawn, date, "withdrawn");
  c.assets[0].disposal.reset();
  return c;
}

AssetChange AssetRegistry::checked_dispose(uint64_t asset_id, Date date) const {
  const Asset& a = get(asset_id);
  if (a.status != AssetStatus::kDisposalPending || !a.disposal) wrong_state(a, "dispose (request disposal first)");
  check_after_approvals(a, date);
  std::string missing;
  for (std::size_t i = 0; i < kApprovalLevelCount; ++i) {
    if (a.disposal->approvals[i]) continue;
    if (!missing.empty()) missing += ", ";
    missing += approval_level_name(static_cast<ApprovalLevel>(i + 1));
  }
  if (!missing.empty()) {
    throw Error(ErrorCode::kRefused, who(asset_id) + " cannot be disposed of without the approvals of: " + missing);
  }
  return move(a, AssetStatus::kDisposed, AssetEventKind::kDisposed, date,
              std::string(disposal_method_name(a.disposal->method)));
}

AssetIncomeTotals asset_income(const Ledger& ledger, const Asset& asset, int32_t year) {
  AssetIncomeTotals t;
  const uint64_t account = asset.management.income_account_id;
  if (account == 0) return t;
  for (const Transfer& tr : ledger.transfers()) {
    if (tr.effective_date.year() != year) continue;
    if ((tr.flags & (transfer_flags::kPending | transfer_flags::kVoidPending)) != 0) continue;
    if (tr.code == TransferCode::kAssetIncome) {
      if (tr.credit_account_id == account) t.income += tr.amount;
      if (tr.debit_account_id == account) t.paid += tr.amount;
    } else if (tr.code == TransferCode::kReversal) {
      const Transfer* orig = ledger.find_transfer(tr.ref_id);
      if (orig == nullptr || orig->code != TransferCode::kAssetIncome) continue;
      if (orig->credit_account_id == account) t.income -= tr.amount;
      if (orig->debit_account_id == account) t.paid -= tr.amount;
    }
  }
  return t;
}

std::unordered_map<uint64_t, Money> income_by_account(const Ledger& ledger, int32_t year) {
  std::unordered_map<uint64_t, Money> out;
  for (const Transfer& tr : ledger.transfers()) {
    if (tr.effective_date.year() != year) continue;
    if ((tr.flags & (transfer_flags::kPending | transfer_flags::kVoidPending)) != 0) continue;
    if (tr.code == TransferCode::kAssetIncome) {
      out[tr.credit_account_id] += tr.amount;
    } else if (tr.code == TransferCode::kReversal) {
      const Transfer* orig = ledger.find_transfer(tr.ref_id);
      if (orig != nullptr && orig->code == TransferCode::kAssetIncome) out[orig->credit_account_id] -= tr.amount;
    }
  }
  return out;
}

void AssetRegistry::check_plan(const DistributionPlan& plan, const Ledger& ledger) const {
  const std::string w = "distribution plan " + std::to_string(plan.plan_id);
  if (find_plan(plan.plan_id) != nullptr) throw Error(ErrorCode::kExists, w + " already exists");
  const Asset& a = get(plan.asset_id);
  if (a.status == AssetStatus::kDisposed) wrong_state(a, "distribute income");
  if (a.management.income_account_id == 0) {
    throw Error(ErrorCode::kState, w + ": " + who(a.id) + " has no income account");
  }
  for (std::size_t i = 0; i < plan.lines.size(); ++i) {
    if (ledger.find_account(plan.lines[i].payee_account_id) == nullptr) {
      throw Error(ErrorCode::kNotFound, w + ": payee account " + std::to_string(plan.lines[i].payee_account_id) +
                                            " of line " + std::to_string(i) + " is not in the ledger");
    }
    if (ledger.find_transfer(plan.transfer_id(i)) != nullptr) {
      throw Error(ErrorCode::kConflict, w + ": payment id " + to_string(plan.transfer_id(i)) + " is already used");
    }
  }
  Money available = asset_income(ledger, a, plan.year).income;
  for (const DistributionPlan& other : plans_) {
    if (other.asset_id == plan.asset_id && other.year == plan.year) available -= other.income;
  }
  if (plan.income > available) {
    throw Error(ErrorCode::kRefused, w + ": income " + plan.income.to_string() + " exceeds the undistributed " +
                                         std::to_string(plan.year) + " income of " + who(a.id) + ", " +
                                         available.to_string());
  }
}

}  // namespace rg
