// ruralguard C++ API: asset income distribution plans (收益分配方案), pure.
//
// A plan distributes one asset's income of one year. It must rest on a recorded villagers'
// assembly decision (民主决策) and be published as a notice (公示) before it is paid. The income is
// split by purpose, then each purpose's amount among its beneficiary households, both by the
// largest-remainder method in whole fen (rg::allocate_fen): the parts always sum to the whole.
// A plan using a forbidden purpose (a configurable, local list) is refused.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/transfer.hpp"

namespace rg {

// Uses of asset income. 1-6 follow a township's priority order (DOMAIN.md 3 item 4, ◐); 7-12 are
// the uses the same rule forbids, forbidden by default (DistributionPolicy). Values equal
// RG_PURPOSE_*; at most 31 so that a policy is a 32-bit mask in the C ABI.
enum class IncomePurpose : uint8_t {
  kHardshipSupport = 1,    // 无劳动能力和困难群众救助
  kPublicWelfareJobs = 2,  // 公益性岗位工资
  kUpkeep = 3,             // 联农带农项目和资产管护
  kProductionAwards = 4,   // 低收入人口生产奖补
  kCollectiveEconomy = 5,  // 发展村集体经济
  kDividends = 6,          // 收益分红到户
  kVillageRunningCosts = 7,  // 村级组织运转经费
  kVehiclesTelecom = 8,      // 购置车辆和通讯设备
  kAllowancesWelfare = 9,    // 津贴补贴和福利
  kLossesDebts = 10,         // 弥补亏损、偿还债务
  kBuildings = 11,           // 楼堂馆所
  kLargeInfrastructure = 12, // 大型基础设施
};
inline constexpr uint8_t kIncomePurposeMax = 12;
[[nodiscard]] std::string_view income_purpose_name(IncomePurpose purpose) noexcept;     // "dividends"
[[nodiscard]] std::string_view income_purpose_name_zh(IncomePurpose purpose) noexcept;  // "收益分红到户"

struct DistributionPolicy {
  // Bit (1 << purpose) set = forbidden. Default: purposes 7-12 (local rule ◐; a parameter).
  uint32_t forbidden_mask = 0x1F80u;
  // A notice must stay up at least this many calendar days, start and end included (✖ parameter:
  // the village 公示 minimum of 5 days from the monitoring procedure is used as the default).
  int32_t notice_days_min = 5;
  [[nodiscard]] bool forbids(IncomePurpose p) const noexcept {
    return (forbidden_mask >> static_cast<unsigned>(p)) & 1u;
  }
};

struct AssemblyDecision {  // 村民(代表)大会决议
  std::string document;    // decision number or minutes reference, 1..256 bytes
  Date date = Date::from_days_since_epoch(0);
  uint32_t attendees = 0;
  uint32_t votes_for = 0;
  uint32_t votes_against = 0;
};
struct DistributionNotice {  // 公示
  Date start = Date::from_days_since_epoch(0);
  Date end = Date::from_days_since_epoch(0);
};

struct Beneficiary {
  uint64_t household_key = 0;  // non-zero
  int64_t weight = 1;          // > 0 (e.g. 1 per household, or persons)
};
// One purpose of a plan: either a weight (share of the income) or a fixed amount; a plan uses one
// kind for every purpose. With beneficiaries the purpose amount is split among them; without, it
// goes whole to the payee account (e.g. the collective or the upkeep fund).
struct PurposeInput {
  IncomePurpose purpose = IncomePurpose::kDividends;
  int64_t weight = 0;
  Money amount;
  uint64_t payee_account_id = 0;  // ledger account the purpose's money is paid to
  std::vector<Beneficiary> beneficiaries;
};
struct DistributionInput {
  static constexpr std::size_t kPurposesMax = 32;
  static constexpr std::size_t kBeneficiariesMax = 100000;  // per plan, all purposes together
  static constexpr std::size_t kDocumentBytesMax = 256;     // decision.document, UTF-8 bytes
  uint64_t plan_id = 0;  // non-zero
  uint64_t asset_id = 0;
  int32_t year = 0;  // income year
  Money income;      // > 0, whole fen
  AssemblyDecision decision;
  DistributionNotice notice;
  TransferId first_transfer_id;  // payments use ids first, first+1, ... (low half incremented)
  std::vector<PurposeInput> purposes;
};

struct Share {
  uint64_t household_key = 0;
  Money amount;
};
struct DistributionLine {
  IncomePurpose purpose = IncomePurpose::kDividends;
  Money amount;
  uint64_t payee_account_id = 0;
  std::vector<Share> shares;  // sums to amount exactly; empty when the purpose has no households
};
struct DistributionPlan {
  uint64_t plan_id = 0;
  uint64_t asset_id = 0;
  int32_t year = 0;
  Money income;
  AssemblyDecision decision;
  DistributionNotice notice;
  TransferId first_transfer_id;
  std::vector<DistributionLine> lines;  // sums to income exactly
  [[nodiscard]] TransferId transfer_id(std::size_t line) const;  // id of line's payment
};

// Validates `input` against `policy` and computes the lines. Throws Error naming the plan, the
// field and the value: kInvalidArgument (zero ids, income <= 0, sub-fen amounts, no purposes,
// unknown purpose, duplicate purpose or household, weights <= 0, mixed weights and amounts, empty
// decision document), kLimit (too many purposes or beneficiaries), kRefused (forbidden purpose,
// decision not passed by a majority of attendees, notice before the decision or shorter than the
// policy's minimum, fixed amounts not summing to the income).
[[nodiscard]] DistributionPlan build_distribution(const DistributionInput& input, const DistributionPolicy& policy);

}  // namespace rg
