// ruralguard C++ API: project assets (扶贫项目资产 / 帮扶项目资产), their classes, owners, rights
// and the lifecycle state machine (DOMAIN.md 3 and 8.2-8.4; docs/assets.md).
//
// An asset is capitalised from a completed project (asset_registry.hpp). Its lifecycle is strict:
//   registered 登记 -> ownership confirmed 确权 -> handed over 移交 -> operating 运营 <-> idle 闲置 /
//   damaged 损毁 -> disposal pending 待处置 -> disposed 已处置
// and every change is an AssetEvent. Everything here is pure: no I/O.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ruralguard/date.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/region_code.hpp"

namespace rg {

// Values equal RG_ASSET_CLASS_*.
enum class AssetClass : uint8_t {
  kOperating = 1,      // 经营性资产
  kPublicWelfare = 2,  // 公益性资产
  kHousehold = 3,      // 到户类资产
};

// Subtypes (DOMAIN.md 3 table); each belongs to one or more classes. Values equal RG_ASSET_SUBTYPE_*.
enum class AssetSubtype : uint8_t {
  kPhotovoltaic = 1,     // 光伏电站 (operating)
  kFarmingBase = 2,      // 种养殖基地 (operating)
  kProcessing = 3,       // 加工设施 (operating)
  kTourismCommerce = 4,  // 旅游、电商设施 (operating)
  kEquity = 5,           // 股权 (operating)
  kRoad = 6,             // 道路 (public welfare)
  kIrrigation = 7,       // 农田水利 (public welfare)
  kWaterSupply = 8,      // 供水 (public welfare)
  kSanitation = 9,       // 环卫、厕所 (public welfare)
  kPublicService = 10,   // 教育、文化、体育、卫生 (public welfare)
  kPower = 11,           // 电力 (public welfare)
  kServiceCentre = 12,   // 服务中心 (public welfare)
  kLivestock = 13,       // 生物资产: 牲畜 (household)
  kEquipment = 14,       // 设备 (operating or household)
  kOther = 15,           // 其他 (any class)
};
inline constexpr uint8_t kAssetSubtypeMax = 15;
[[nodiscard]] bool subtype_fits_class(AssetSubtype subtype, AssetClass cls) noexcept;

// Who holds a right. Values equal RG_PARTY_*.
enum class Party : uint8_t {
  kVillageCollective = 1,  // 村集体经济组织
  kTownship = 2,           // 乡镇
  kCountyDepartment = 3,   // 县级行业主管部门
  kStateCompany = 4,       // 国有企业
  kHousehold = 5,          // 农户
  kOperator = 6,           // the operator named on the asset (lessee, contractor, enterprise)
};
inline constexpr uint8_t kPartyMax = 6;

// The owner the class implies (DOMAIN.md 8.4 rule 10): operating and public-welfare assets go as
// far down as possible, to the village collective; household assets belong to the household.
[[nodiscard]] Party default_owner(AssetClass cls) noexcept;

// Values equal RG_OPERATION_*.
enum class OperationMode : uint8_t {
  kSelf = 1,       // 自主经营
  kLease = 2,      // 租赁
  kContract = 3,   // 承包
  kShare = 4,      // 股份合作
  kEntrusted = 5,  // 委托经营
};

// The five rights 五权 (index into Asset::rights). Values equal RG_RIGHT_*.
enum class Right : uint8_t {
  kOwnership = 0,    // 所有权
  kManagement = 1,   // 经营权
  kIncome = 2,       // 收益权
  kDisposal = 3,     // 处置权
  kSupervision = 4,  // 监督权
};
inline constexpr std::size_t kRightCount = 5;
using Rights = std::array<Party, kRightCount>;
// Ownership, income and disposal stay with the owner; management goes to the operator unless the
// owner runs the asset itself; supervision is the county sector department's (谁主管谁负责).
[[nodiscard]] Rights default_rights(Party owner, OperationMode mode) noexcept;

// 联农带农 forms (DOMAIN.md 3 item 7). Values equal RG_FARMER_LINK_*.
enum class FarmerLinkMode : uint8_t {
  kNone = 0,
  kEmployment = 1,        // 吸纳就业
  kOrder = 2,             // 订单、收购
  kDividend = 3,          // 收益分红
  kShareCooperation = 4,  // 股份合作
};
struct FarmerLink {
  FarmerLinkMode mode = FarmerLinkMode::kNone;
  uint32_t households = 0;  // households linked
  friend bool operator==(const FarmerLink&, const FarmerLink&) = default;
};

// Values equal RG_ASSET_STATUS_*.
enum class AssetStatus : uint8_t {
  kRegistered = 1,          // 登记入账
  kOwnershipConfirmed = 2,  // 确权
  kHandedOver = 3,          // 移交
  kOperating = 4,           // 运营 (in use)
  kIdle = 5,                // 闲置
  kDamaged = 6,             // 损毁
  kDisposalPending = 7,     // 待处置
  kDisposed = 8,            // 已处置
};
inline constexpr int kAssetStatusCount = 8;
// True when `to` may follow `from` through set_status-style moves (operating <-> idle <-> damaged,
// handed over -> operating/idle/damaged). Confirmation, hand-over and disposal have their own calls.
[[nodiscard]] bool asset_status_move_allowed(AssetStatus from, AssetStatus to) noexcept;

// Allowed disposal reasons (DOMAIN.md 3 item 5). Values equal RG_DISPOSAL_REASON_*.
enum class DisposalReason : uint8_t {
  kDisaster = 1,          // 自然灾害损毁
  kReplanning = 2,        // 规划调整拆除
  kEndOfLife = 3,         // 使用年限届满或技术故障
  kPoorReturns = 4,       // 经营不善需转变用途
  kAgreementExpired = 5,  // 入股、分红协议到期
  kReplaced = 6,          // 被新项目替代
};
inline constexpr uint8_t kDisposalReasonMax = 6;
// Allowed disposal methods. Values equal RG_DISPOSAL_METHOD_*.
enum class DisposalMethod : uint8_t {
  kAuction = 1,      // 拍卖
  kTransfer = 2,     // 转让
  kChangeOfUse = 3,  // 转产
  kSuspension = 4,   // 报停
  kWriteDown = 5,    // 报损
  kScrapping = 6,    // 报废
};
inline constexpr uint8_t kDisposalMethodMax = 6;
// The approval chain, in the order approvals must be given. Values equal RG_APPROVAL_*.
enum class ApprovalLevel : uint8_t {
  kOwner = 1,     // 产权主体申请
  kAssembly = 2,  // 村民(代表)大会民主决策
  kTownship = 3,  // 乡镇审核
  kCounty = 4,    // 县级行业主管部门和财政部门审批
};
inline constexpr std::size_t kApprovalLevelCount = 4;

struct Disposal {
  DisposalReason reason = DisposalReason::kEndOfLife;
  DisposalMethod method = DisposalMethod::kScrapping;
  Money valuation;                        // appraised value, >= 0, whole fen
  Date requested = Date::from_days_since_epoch(0);
  AssetStatus resume_status = AssetStatus::kIdle;  // where a withdrawn request returns
  std::array<std::optional<Date>, kApprovalLevelCount> approvals{};  // index level - 1
  [[nodiscard]] std::size_t approvals_given() const noexcept;
  friend bool operator==(const Disposal&, const Disposal&) = default;
};

// Fields that may change after registration (each change is an event).
struct AssetManagement {
  std::string custodian;      // 管护主体/管护人; empty raises the no-custodian warning
  std::string operator_name;  // 经营主体
  OperationMode mode = OperationMode::kSelf;
  FarmerLink farmer_link;
  Money planned_income_per_year;  // >= 0; 0 = no income plan
  uint64_t income_account_id = 0;  // ledger account (kind income) receiving the asset's income; 0 = none
  friend bool operator==(const AssetManagement&, const AssetManagement&) = default;
};

struct Asset {
  static constexpr std::size_t kTextBytesMax = 256;  // every text field, UTF-8
  uint64_t id = 0;                                   // non-zero, caller-chosen
  std::string name;
  uint64_t project_id = 0;  // the completed project it was capitalised from
  AssetClass asset_class = AssetClass::kOperating;
  AssetSubtype subtype = AssetSubtype::kOther;
  Money value;  // book value at capitalisation, whole fen, > 0
  RegionCode region = RegionCode::parse("110000000000");
  std::string location;
  Party owner = Party::kVillageCollective;
  std::string owner_name;
  Rights rights{};
  AssetManagement management;
  std::string certificate;  // 确权 certificate or ledger record number
  AssetStatus status = AssetStatus::kRegistered;
  Date registered = Date::from_days_since_epoch(0);
  std::optional<Date> confirmed;
  std::optional<Date> handed_over;
  Date status_since = Date::from_days_since_epoch(0);  // date the current status was entered
  std::optional<Disposal> disposal;  // set while disposal is pending and after disposal
  friend bool operator==(const Asset&, const Asset&) = default;
};

// What happened to an asset. Values equal RG_ASSET_EVENT_*.
enum class AssetEventKind : uint8_t {
  kRegistered = 1,
  kOwnershipConfirmed = 2,
  kHandedOver = 3,
  kStatusChanged = 4,  // operating / idle / damaged
  kManagementChanged = 5,
  kDisposalRequested = 6,
  kDisposalApproved = 7,
  kDisposalWithdrawn = 8,
  kDisposed = 9,
};
struct AssetEvent {
  uint64_t sequence = 0;  // 1, 2, ... in commit order across all assets (set by the store)
  uint64_t asset_id = 0;
  AssetEventKind kind = AssetEventKind::kRegistered;
  Date date = Date::from_days_since_epoch(0);
  AssetStatus from = AssetStatus::kRegistered;
  AssetStatus to = AssetStatus::kRegistered;
  std::string note;  // what changed: certificate, approval document, reason and method, ...
};

[[nodiscard]] std::string_view asset_class_name(AssetClass cls) noexcept;         // "public_welfare"
[[nodiscard]] std::string_view asset_class_name_zh(AssetClass cls) noexcept;      // "经营性"
[[nodiscard]] std::string_view asset_status_name(AssetStatus status) noexcept;    // "operating"
[[nodiscard]] std::string_view asset_status_name_zh(AssetStatus status) noexcept; // "运营"
[[nodiscard]] std::string_view approval_level_name(ApprovalLevel level) noexcept; // "township"
[[nodiscard]] std::string_view disposal_reason_name(DisposalReason reason) noexcept;
[[nodiscard]] std::string_view disposal_method_name(DisposalMethod method) noexcept;

}  // namespace rg
