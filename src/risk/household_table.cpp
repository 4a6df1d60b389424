// The household table's view for the risk engine, and the one assessment of a whole table.
#include "ruralguard/household_table.hpp"

#include <string>

#include "ruralguard/region_code.hpp"

namespace rg {

HouseholdColumns HouseholdColumnData::view() const {
  HouseholdColumns in;
  in.region_code = region_code;
  in.kind = kind;
  in.per_capita_income = per_capita_income;
  in.previous_per_capita_income = previous_per_capita_income;
  in.net_income = net_income;
  in.medical_out_of_pocket = medical_out_of_pocket;
  in.education_out_of_pocket = education_out_of_pocket;
  in.income_period_end = income_period_end;
  in.members = members;
  in.labour_capable = labour_capable;
  in.weak_labour = weak_labour;
  in.seriously_ill = seriously_ill;
  in.chronically_ill = chronically_ill;
  in.disabled = disabled;
  in.guarantee_failures = guarantee_failures;
  in.events = events;
  return in;
}

TableAssessment assess_table(const HouseholdColumnData& table, const std::optional<Policy>& policy, Date as_of) {
  const std::size_t n = table.size();
  TableAssessment out;
  if (policy) {
    out.policy = *policy;
  } else {
    const std::string province = n == 0 ? "00" : RegionCode::from_value(table.region_code[0]).to_string().substr(0, 2);
    out.policy = default_policy(province, as_of.year());
  }
  std::vector<int32_t> period(table.income_period_end);
  for (auto& p : period) {
    if (p == HouseholdColumnData::kDateNone) p = as_of.days_since_epoch();
  }
  HouseholdColumns in = table.view();
  in.income_period_end = period;
  out.within_monitoring.resize(n);
  out.category.resize(n);
  out.level.resize(n);
  out.risk_mask.resize(n);
  out.score.resize(n);
  out.next_visit.resize(n);
  out.status.resize(n);
  out.failed = assess_batch(in, out.policy, as_of,
                            AssessmentColumns{out.within_monitoring, out.category, out.risk_mask, out.score, out.level,
                                              out.next_visit, out.status});
  return out;
}

}  // namespace rg
