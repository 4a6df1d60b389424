#include "ruralguard/policy.hpp"

#include <algorithm>
#include <array>

#include "ruralguard/error.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/policy_set.hpp"

namespace rg {
namespace {

constexpr std::array<std::string_view, kRiskTypeCount> kRiskCodes{
    "illness",         "disability",        "education", "natural_disaster",       "accident",
    "unstable_employment", "industry_failure", "lack_of_labour", "housing", "drinking_water",
    "high_rigid_expenditure", "income_drop", "other"};

constexpr std::array<std::string_view, kVetoItemCount> kVetoCodes{
    "uninsured_member", "unsafe_house",           "unsafe_water",      "child_out_of_school",
    "serious_illness",  "income_below_threshold", "no_contact_person"};

[[noreturn]] void invalid(const std::string& field, const std::string& why) {
  throw Error(ErrorCode::kRange, "policy: " + field + ": " + why);
}

void require_non_negative(Money m, const std::string& field) {
  if (m.is_negative()) invalid(field, "must not be negative, got " + m.format({}));
}

void require_share(const Ratio& r, const std::string& field) {
  if (r.sign() < 0 || r > Ratio(1, 1)) invalid(field, "must be a share between 0 and 1, got " + r.to_fraction());
}

}  // namespace

std::string_view risk_type_code(RiskType type) { return kRiskCodes.at(static_cast<std::size_t>(type)); }

std::optional<RiskType> risk_type_from_code(std::string_view code) {
  for (std::size_t i = 0; i < kRiskCodes.size(); ++i) {
    if (kRiskCodes[i] == code) return static_cast<RiskType>(i);
  }
  return std::nullopt;
}

std::string_view veto_item_code(VetoItem item) { return kVetoCodes.at(static_cast<std::size_t>(item)); }

std::optional<VetoItem> veto_item_from_code(std::string_view code) {
  for (std::size_t i = 0; i < kVetoCodes.size(); ++i) {
    if (kVetoCodes[i] == code) return static_cast<VetoItem>(i);
  }
  return std::nullopt;
}

Money MonitoringThreshold::base() const {
  if (dibao_multiple) return dibao_annual.mul(*dibao_multiple, Rounding::kHalfUp, 2);
  return amount;
}

Money MonitoringThreshold::for_region(uint64_t region_code) const {
  if (!county_overrides.empty()) {
    const auto county = static_cast<uint32_t>(region_code / 1'000'000ULL);
    if (auto it = county_overrides.find(county); it != county_overrides.end()) return it->second;
  }
  return base();
}

void Policy::validate() const {
  procedure.validate();
  if (id.empty()) invalid("id", "must have 1.." + std::to_string(kPolicyIdBytesMax) + " bytes");
  if (id.size() > kPolicyIdBytesMax) {
    throw Error(ErrorCode::kLimit, "policy: id: " + std::to_string(id.size()) + " bytes is longer than kPolicyIdBytesMax (" +
                                       std::to_string(kPolicyIdBytesMax) + ")");
  }
  if (source.size() > kPolicySourceBytesMax) {
    throw Error(ErrorCode::kLimit, "policy: source: " + std::to_string(source.size()) +
                                       " bytes is longer than kPolicySourceBytesMax (" +
                                       std::to_string(kPolicySourceBytesMax) + ")");
  }
  if (version < 1) invalid("version", "must be at least 1");
  if (province.size() != 2 || !std::all_of(province.begin(), province.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    invalid("province", "must be a 2-digit province code (\"00\" for national), got '" + province + "'");
  }
  if (year < 2020 || year > 2100) invalid("year", "must be 2020..2100, got " + std::to_string(year));
  for (std::size_t i = 0; i < excluded_income_items.size(); ++i) {
    const std::string& code = excluded_income_items[i];
    bool known = false;
    for (std::size_t k = 0; k < kTransferItemCount && !known; ++k) {
      known = transfer_item_code(static_cast<TransferItem>(k)) == code;
    }
    if (!known) {
      invalid("excluded_income_items[" + std::to_string(i) + "]",
              "unknown transfer item '" + code + "' (docs/households.md lists the item codes)");
    }
  }
  require_non_negative(threshold.amount, "threshold.amount");
  if (threshold.amount.is_zero() && !threshold.dibao_multiple) invalid("threshold.amount", "must be positive");
  if (threshold.dibao_multiple) {
    if (threshold.dibao_multiple->sign() <= 0) invalid("threshold.dibao_multiple", "must be positive");
    if (threshold.dibao_annual.is_negative() || threshold.dibao_annual.is_zero()) {
      invalid("threshold.dibao_annual", "must be positive when dibao_multiple is set");
    }
  }
  for (const auto& [county, amount] : threshold.county_overrides) {
    if (county < 110000 || county > 999999) invalid("threshold.county_overrides", "bad county code " + std::to_string(county));
    if (amount.is_negative() || amount.is_zero()) {
      invalid("threshold.county_overrides." + std::to_string(county), "must be positive");
    }
  }
  require_non_negative(screening.medical_oop_formerly_poor, "screening.medical_oop_formerly_poor");
  require_non_negative(screening.medical_oop_other, "screening.medical_oop_other");
  require_non_negative(screening.outpatient_special_monthly, "screening.outpatient_special_monthly");
  require_non_negative(screening.school_cost, "screening.school_cost");
  if (screening.rigid_expenditure_share.sign() <= 0) invalid("screening.rigid_expenditure_share", "must be positive");
  require_share(screening.income_drop_share, "screening.income_drop_share");
  require_share(screening.lack_of_labour_share, "screening.lack_of_labour_share");
  auto points_ok = [](int32_t p) { return p >= 0 && p <= 1000; };
  if (!points_ok(weights.income_below_threshold)) invalid("weights.income_below_threshold", "must be 0..1000");
  if (!points_ok(weights.income_gap_per_tenth)) invalid("weights.income_gap_per_tenth", "must be 0..1000");
  if (!points_ok(weights.guarantee_failure)) invalid("weights.guarantee_failure", "must be 0..1000");
  for (int i = 0; i < kRiskTypeCount; ++i) {
    if (!points_ok(weights.risk[static_cast<std::size_t>(i)])) {
      invalid("weights.risk." + std::string(risk_type_code(static_cast<RiskType>(i))), "must be 0..1000");
    }
  }
  if (!(0 < cutoffs.blue && cutoffs.blue <= cutoffs.yellow && cutoffs.yellow <= cutoffs.red)) {
    invalid("cutoffs", "must satisfy 0 < blue <= yellow <= red, got " + std::to_string(cutoffs.blue) + ", " +
                           std::to_string(cutoffs.yellow) + ", " + std::to_string(cutoffs.red));
  }
  if (visits.red_days < 1 || visits.red_days > 366) invalid("visits.red_days", "must be 1..366");
  if (visits.yellow_months < 1 || visits.yellow_months > 12) invalid("visits.yellow_months", "must be 1..12");
  if (visits.blue_months < 1 || visits.blue_months > 12) invalid("visits.blue_months", "must be 1..12");
  if (elimination.min_months_monitored < 0 || elimination.min_months_monitored > 60) {
    invalid("elimination.min_months_monitored", "must be 0..60");
  }
  if (elimination.min_months_income_stable < 0 || elimination.min_months_income_stable > 60) {
    invalid("elimination.min_months_income_stable", "must be 0..60");
  }
  if (elimination.min_measures_implemented < 0 || elimination.min_measures_implemented > 100) {
    invalid("elimination.min_measures_implemented", "must be 0..100");
  }
  if (elimination.follow_up_months < 0 || elimination.follow_up_months > 120) {
    invalid("elimination.follow_up_months", "must be 0..120");
  }
  if (elimination.post_check_interval_months < 1 || elimination.post_check_interval_months > 60) {
    invalid("elimination.post_check_interval_months", "must be 1..60");
  }
  if (regime) regime->validate();
}

IncomeItemPolicyTable income_item_policies(const Policy& policy) {
  IncomeItemPolicyTable table;
  const bool national = policy.province == "00";
  const int first = national ? 11 : std::stoi(policy.province);
  const int last = national ? 99 : first;
  for (int province = first; province <= last; ++province) {
    IncomeItemPolicy items(province, policy.year);
    for (std::size_t k = 0; k < kTransferItemCount; ++k) {
      const auto item = static_cast<TransferItem>(k);
      const auto code = transfer_item_code(item);
      items.set(item, std::find(policy.excluded_income_items.begin(), policy.excluded_income_items.end(), code) ==
                          policy.excluded_income_items.end());
    }
    table.add(items);
  }
  return table;
}

RegimeRules regime_rules(const Policy& policy) {
  return policy.regime ? *policy.regime : builtin_regime_rules(regime_for_date(policy.effective));
}

Policy default_policy(std::string_view province, int32_t year) {
  Policy shape;  // the province code and year are checked as in any policy (Error(kRange))
  shape.province = std::string(province);
  shape.year = year;
  shape.validate();
  const PolicySet& catalogue = builtin_policy_catalogue();
  if (const Policy* p = catalogue.find(province, year)) return *p;
  throw Error(ErrorCode::kNotFound, "no policy for province " + std::string(province) + " year " +
                                        std::to_string(year) + ": the built-in catalogue has " +
                                        catalogue.keys_text() +
                                        "; load the province's policy (policy_from_json / a policy set)");
}

}  // namespace rg
