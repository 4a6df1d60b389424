// ruralguard C++ API: income statements and per-capita net income (DOMAIN.md section 2).
//
//   net income      = wage + business income - business cost + property + counted transfers
//   per-capita net  = net income / family size, rounded once to whole fen, half-up (四舍五入)
//
// Which transfer items count is an IncomeItemPolicy of a province and year. Insurance payouts
// (理赔收入) and compliant out-of-pocket spending (合规自付支出) are kept beside the formula, never
// added into it.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "ruralguard/date.hpp"
#include "ruralguard/money.hpp"

namespace rg {

// Values are stored in the database: never renumber.
enum class IncomePeriod : uint8_t {
  kIdentification = 1,   // the 12 months before identification (识别前12个月)
  kAnnual = 2,           // the yearly update after identification
  kPostElimination = 3,  // after the risk was eliminated (风险消除后)
};

// Itemised transfer income (转移性收入). Values index IncomeStatement::transfers and are stored
// in the database: never renumber; new items are appended before kCount.
enum class TransferItem : uint8_t {
  kPension = 0,                // 养老金
  kDibao = 1,                  // 低保金
  kTekun = 2,                  // 特困(五保)供养金
  kFarmlandSubsidy = 3,        // 耕地地力保护补贴
  kGrainToGreen = 4,           // 退耕还林补助
  kEcoCompensation = 5,        // 生态补偿(护林员等)
  kRecurringGift = 6,          // 经常性赠送/赔偿
  kSupportPayment = 7,         // 赡养费
  kCondolence = 8,             // 慰问金/慰问品
  kTemporaryAid = 9,           // 临时救助/临时生活补助
  kOneOffRelief = 10,          // 一次性救济金
  kRelocationSubsidy = 11,     // 易地搬迁补助
  kHousingRenovation = 12,     // 危房改造补助
  kPenRenovation = 13,         // 圈舍改造补助
  kMedicalReimbursement = 14,  // 医疗报销/大病救助
  kStudentAid = 15,            // 助学金/奖学金
  kOther = 16,                 // 其他转移性收入
  kCount = 17,
};
inline constexpr std::size_t kTransferItemCount = static_cast<std::size_t>(TransferItem::kCount);

// Stable English code ("dibao") and Chinese label ("低保金") of an item.
[[nodiscard]] std::string_view transfer_item_code(TransferItem item);
[[nodiscard]] std::string_view transfer_item_label_zh(TransferItem item);

struct IncomeStatement {
  std::string household_id;
  IncomePeriod kind = IncomePeriod::kAnnual;
  Date period_start = Date::from_days_since_epoch(0);
  Date period_end = Date::from_days_since_epoch(0);
  Money wage;              // 工资性收入
  Money business_income;   // 生产经营性收入
  Money business_cost;     // 生产经营性支出 (deducted)
  Money property;          // 财产性收入
  std::array<Money, kTransferItemCount> transfers{};  // 转移性收入, by TransferItem
  Money insurance_payout;  // 理赔收入 (kept separately)
  Money oop_medical;       // 合规自付医疗支出 (kept separately)
  Money oop_education;     // 合规自付教育支出 (kept separately)
  int32_t family_size = 0; // 家庭人口数 for this statement

  [[nodiscard]] Money& transfer(TransferItem item) { return transfers[static_cast<std::size_t>(item)]; }
  [[nodiscard]] Money transfer(TransferItem item) const { return transfers[static_cast<std::size_t>(item)]; }
};

// Which transfer items count as income, for one province (2-digit code, e.g. 50 for Chongqing)
// and year. The defaults follow DOMAIN.md section 2 (a county method, ◐): recurring transfers
// count; one-off aid, earmarked construction subsidies, medical reimbursements and student aid do
// not. Provinces that differ override items with set().
class IncomeItemPolicy {
 public:
  IncomeItemPolicy(int province, int year);
  [[nodiscard]] int province() const { return province_; }
  [[nodiscard]] int year() const { return year_; }
  [[nodiscard]] bool counts(TransferItem item) const { return counted_[static_cast<std::size_t>(item)]; }
  IncomeItemPolicy& set(TransferItem item, bool counted);

 private:
  int province_;
  int year_;
  std::array<bool, kTransferItemCount> counted_{};
};

// Policies by province and year. find() returns the province's policy for the latest year not
// after `year`; without one it returns the built-in defaults for that province and year.
class IncomeItemPolicyTable {
 public:
  void add(IncomeItemPolicy policy);
  [[nodiscard]] IncomeItemPolicy find(int province, int year) const;

 private:
  std::map<std::pair<int, int>, IncomeItemPolicy> policies_;
};

struct IncomeBreakdown {
  Money counted_transfers;   // transfer items the policy counts
  Money excluded_transfers;  // transfer items the policy leaves out
  Money net_income;          // 家庭纯收入, exact
  Money per_capita;          // 人均纯收入, whole fen (half-up, rounded once)
};

// Applies the formula above. Throws Error(kRange) naming the household when family_size < 1,
// Error(kOverflow) when a sum does not fit.
[[nodiscard]] IncomeBreakdown compute_income(const IncomeStatement& statement,
                                             const IncomeItemPolicy& policy);

}  // namespace rg
