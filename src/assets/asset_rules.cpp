// Asset classes, default owners and rights, the status machine, and names.
#include "ruralguard/asset.hpp"

namespace rg {

bool subtype_fits_class(AssetSubtype subtype, AssetClass cls) noexcept {
  const auto s = static_cast<uint8_t>(subtype);
  switch (cls) {
    case AssetClass::kOperating:
      return (s >= 1 && s <= 5) || subtype == AssetSubtype::kEquipment || subtype == AssetSubtype::kOther;
    case AssetClass::kPublicWelfare:
      return (s >= 6 && s <= 12) || subtype == AssetSubtype::kOther;
    case AssetClass::kHousehold:
      return subtype == AssetSubtype::kLivestock || subtype == AssetSubtype::kEquipment ||
             subtype == AssetSubtype::kOther;
  }
  return false;
}

Party default_owner(AssetClass cls) noexcept {
  return cls == AssetClass::kHousehold ? Party::kHousehold : Party::kVillageCollective;
}

Rights default_rights(Party owner, OperationMode mode) noexcept {
  Rights r{};
  r[static_cast<std::size_t>(Right::kOwnership)] = owner;
  r[static_cast<std::size_t>(Right::kManagement)] = mode == OperationMode::kSelf ? owner : Party::kOperator;
  r[static_cast<std::size_t>(Right::kIncome)] = owner;
  r[static_cast<std::size_t>(Right::kDisposal)] = owner;
  r[static_cast<std::size_t>(Right::kSupervision)] = Party::kCountyDepartment;
  return r;
}

bool asset_status_move_allowed(AssetStatus from, AssetStatus to) noexcept {
  const bool target = to == AssetStatus::kOperating || to == AssetStatus::kIdle || to == AssetStatus::kDamaged;
  const bool source = from == AssetStatus::kHandedOver || from == AssetStatus::kOperating ||
                      from == AssetStatus::kIdle || from == AssetStatus::kDamaged;
  return target && source && from != to;
}

std::size_t Disposal::approvals_given() const noexcept {
  std::size_t n = 0;
  for (const auto& a : approvals) n += a.has_value() ? 1 : 0;
  return n;
}

std::string_view asset_class_name(AssetClass cls) noexcept {
  switch (cls) {
    case AssetClass::kOperating: return "operating";
    case AssetClass::kPublicWelfare: return "public_welfare";
    case AssetClass::kHousehold: return "household";
  }
  return "unknown";
}

std::string_view asset_class_name_zh(AssetClass cls) noexcept {
  switch (cls) {
    case AssetClass::kOperating: return "经营性";
    case AssetClass::kPublicWelfare: return "公益性";
    case AssetClass::kHousehold: return "到户类";
  }
  return "未知";
}

std::string_view asset_status_name(AssetStatus status) noexcept {
  switch (status) {
    case AssetStatus::kRegistered: return "registered";
    case AssetStatus::kOwnershipConfirmed: return "ownership_confirmed";
    case AssetStatus::kHandedOver: return "handed_over";
    case AssetStatus::kOperating: return "operating";
    case AssetStatus::kIdle: return "idle";
    case AssetStatus::kDamaged: return "damaged";
    case AssetStatus::kDisposalPending: return "disposal_pending";
    case AssetStatus::kDisposed: return "disposed";
  }
  return "unknown";
}

std::string_view asset_status_name_zh(AssetStatus status) noexcept {
  switch (status) {
    case AssetStatus::kRegistered: return "登记";
    case AssetStatus::kOwnershipConfirmed: return "确权";
    case AssetStatus::kHandedOver: return "移交";
    case AssetStatus::kOperating: return "运营";
    case AssetStatus::kIdle: return "闲置";
    case AssetStatus::kDamaged: return "损毁";
    case AssetStatus::kDisposalPending: return "待处置";
    case AssetStatus::kDisposed: return "已处置";
  }
  return "未知";
}

std::string_view approval_level_name(ApprovalLevel level) noexcept {
  switch (level) {
    case ApprovalLevel::kOwner: return "owner";
    case ApprovalLevel::kAssembly: return "villagers' assembly";
    case ApprovalLevel::kTownship: return "township";
    case ApprovalLevel::kCounty: return "county";
  }
  return "unknown";
}

std::string_view disposal_reason_name(DisposalReason reason) noexcept {
  switch (reason) {
    case DisposalReason::kDisaster: return "disaster";
    case DisposalReason::kReplanning: return "replanning";
    case DisposalReason::kEndOfLife: return "end_of_life";
    case DisposalReason::kPoorReturns: return "poor_returns";
    case DisposalReason::kAgreementExpired: return "agreement_expired";
    case DisposalReason::kReplaced: return "replaced";
  }
  return "unknown";
}

std::string_view disposal_method_name(DisposalMethod method) noexcept {
  switch (method) {
    case DisposalMethod::kAuction: return "auction";
    case DisposalMethod::kTransfer: return "transfer";
    case DisposalMethod::kChangeOfUse: return "change_of_use";
    case DisposalMethod::kSuspension: return "suspension";
    case DisposalMethod::kWriteDown: return "write_down";
    case DisposalMethod::kScrapping: return "scrapping";
  }
  return "unknown";
}

}  // namespace rg
