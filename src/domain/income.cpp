#include "ruralguard/income.hpp"

#include "ruralguard/error.hpp"

namespace rg {
namespace {

struct ItemText {
  const char* code;
  const char* label_zh;
  bool counted_by_default;
};

// Defaults from DOMAIN.md section 2 (◐ county method): recurring transfers count; one-off aid,
// earmarked construction subsidies, medical reimbursements and student aid do not.
constexpr ItemText kItems[kTransferItemCount] = {
    {"pension", "养老金", true},
    {"dibao", "低保金", true},
    {"tekun", "特困供养金", true},
    {"farmland_subsidy", "耕地地力保护补贴", true},
    {"grain_to_green", "退耕还林补助", true},
    {"eco_compensation", "生态补偿", true},
    {"recurring_gift", "经常性赠送", true},
    {"support_payment", "赡养费", true},
    {"condolence", "慰问金", false},
    {"temporary_aid", "临时救助", false},
    {"one_off_relief", "一次性救济金", false},
    {"relocation_subsidy", "易地搬迁补助", false},
    {"housing_renovation", "危房改造补助", false},
    {"pen_renovation", "圈舍改造补助", false},
    {"medical_reimbursement", "医疗报销", false},
    {"student_aid", "助学金", false},
    {"other", "其他转移性收入", true},
};

}  // namespace

std::string_view transfer_item_code(TransferItem item) { return kItems[static_cast<std::size_t>(item)].code; }
std::string_view transfer_item_label_zh(TransferItem item) {
  return kItems[static_cast<std::size_t>(item)].label_zh;
}

IncomeItemPolicy::IncomeItemPolicy(int province, int year) : province_(province), year_(year) {
  if (province < 11 || province > 99) {
    throw Error(ErrorCode::kRange, "income item policy: province " + std::to_string(province) +
                                       " is not a 2-digit province code");
  }
  for (std::size_t i = 0; i < kTransferItemCount; ++i) counted_[i] = kItems[i].counted_by_default;
}

IncomeItemPolicy& IncomeItemPolicy::set(TransferItem item, bool counted) {
  counted_[static_cast<std::size_t>(item)] = counted;
  return *this;
}

void IncomeItemPolicyTable::add(IncomeItemPolicy policy) {
  const auto key = std::make_pair(policy.province(), policy.year());
  policies_.insert_or_assign(key, std::move(policy));
}

IncomeItemPolicy IncomeItemPolicyTable::find(int province, int year) const {
  // The latest policy of the province whose year is not after `year`.
  auto it = policies_.upper_bound(std::make_pair(province, year));
  if (it != policies_.begin()) {
    --it;
    if (it->first.first == province) return it->second;
  }
  return IncomeItemPolicy(province, year);
}

IncomeBreakdown compute_income(const IncomeStatement& s, const IncomeItemPolicy& policy) {
  if (s.family_size < 1) {
    throw Error(ErrorCode::kRange, "household " + s.household_id + ": income.family_size: " +
                                       std::to_string(s.family_size) + " is not a positive number of people");
  }
  IncomeBreakdown b;
  for (std::size_t i = 0; i < kTransferItemCount; ++i) {
    if (policy.counts(static_cast<TransferItem>(i))) {
      b.counted_transfers += s.transfers[i];
    } else {
      b.excluded_transfers += s.transfers[i];
    }
  }
  b.net_income = s.wage + s.business_income - s.business_cost + s.property + b.counted_transfers;
  b.per_capita = b.net_income.divide(s.family_size, Rounding::kHalfUp, 2);
  return b;
}

}  // namespace rg
