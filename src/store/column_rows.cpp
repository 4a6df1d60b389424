// The one mapping of member rows and income statements onto the household columns (column_rows.hpp).
#include "store/column_rows.hpp"

namespace rg::store {

MemberColumns::MemberColumns(const HouseholdColumnOptions& o, HouseholdColumnData& d)
    : d_(d), elder_born_by_(o.as_of.add_months(-12 * 65).days_since_epoch()), school_(school_age_window(o.as_of, o.guarantees)) {
  const std::size_t n = d.size();
  for (auto* v : {&d.members, &d.labour_capable, &d.weak_labour, &d.seriously_ill, &d.chronically_ill, &d.disabled,
                  &d.elderly, &d.school_age}) {
    v->assign(n, 0);
  }
  d.events.assign(n, 0);
}

void MemberColumns::add(std::size_t i, int32_t birth, SchoolStatus school, Health health, Labour labour, bool insured) {
  HouseholdColumnData& d = d_;
  ++d.members[i];
  d.labour_capable[i] += labour == Labour::kSkilled || labour == Labour::kOrdinary;
  d.weak_labour[i] += labour == Labour::kWeak;
  d.seriously_ill[i] += health == Health::kSeriousIllness;
  d.chronically_ill[i] += health == Health::kChronic;
  d.disabled[i] += health == Health::kDisabled;
  d.elderly[i] += birth <= elder_born_by_;
  if (school_.contains(birth)) {
    ++d.school_age[i];
    if (out_of_school(school)) d.guarantee_failures[i] |= static_cast<uint8_t>(Guarantee::kEducation);
  }
  if (!insured) d.guarantee_failures[i] |= static_cast<uint8_t>(Guarantee::kMedical);
}

IncomeColumns::IncomeColumns(const HouseholdColumnOptions& o, HouseholdColumnData& d) : o_(o), d_(d) {
  const std::size_t n = d.size();
  d.per_capita_income.assign(n, 0);
  d.previous_per_capita_income.assign(n, HouseholdColumnData::kMoneyUnknown);
  d.net_income.assign(n, 0);
  d.medical_out_of_pocket.assign(n, 0);
  d.education_out_of_pocket.assign(n, 0);
  d.income_period_end.assign(n, HouseholdColumnData::kDateNone);
  d.has_income.assign(n, 0);
  previous_end_.assign(n, HouseholdColumnData::kDateNone);
}

bool IncomeColumns::wanted(std::size_t i, int32_t end) const {
  return end > d_.income_period_end[i] || end > previous_end_[i];
}

void IncomeColumns::add(std::size_t i, int32_t end, const IncomeStatement& s, int64_t oop_medical,
                        int64_t oop_education) {
  HouseholdColumnData& d = d_;
  const bool newest = end > d.income_period_end[i];
  // Policies are looked up once per (province, year) pair: a county has one or two.
  const Date end_date = Date::from_days_since_epoch(end);
  const int province = static_cast<int>(d.region_code[i] / 10'000'000'000ULL);
  if (province != cached_province_ || end_date.year() != cached_year_) {
    cached_province_ = province;
    cached_year_ = end_date.year();
    policy_ = o_.income_policies.find(province, cached_year_);
  }
  const IncomeBreakdown b = compute_income(s, policy_);
  if (newest) {
    if (d.has_income[i] != 0) {
      d.previous_per_capita_income[i] = d.per_capita_income[i];
      previous_end_[i] = d.income_period_end[i];
    }
    d.per_capita_income[i] = b.per_capita.units();
    d.net_income[i] = b.net_income.units();
    d.medical_out_of_pocket[i] = oop_medical;
    d.education_out_of_pocket[i] = oop_education;
    d.income_period_end[i] = end;
    d.has_income[i] = 1;
  } else {
    d.previous_per_capita_income[i] = b.per_capita.units();
    previous_end_[i] = end;
  }
}

uint8_t household_column_guarantees(bool unsafe_house, bool house_damaged, bool water_safe) {
  GuaranteePolicy rule;
  rule.check_electricity = false;  // not part of the risk engine's guarantee bits
  return static_cast<uint8_t>(household_guarantee_failures(unsafe_house, house_damaged, water_safe, true, rule));
}

}  // namespace rg::store
