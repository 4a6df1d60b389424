// The household table's view for the risk engine, and the one assessment of a whole table.
#include "ruralguard/household_table.hpp"

#include <functional>
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

namespace {

TableAssessment assess_with(const HouseholdColumnData& table, Date as_of,
                            const std::function<std::size_t(const HouseholdColumns&, const AssessmentColumns&)>& run) {
  const std::size_t n = table.size();
  TableAssessment out;
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
  out.failed = run(in, AssessmentColumns{out.within_monitoring, out.category, out.risk_mask, out.score, out.level,
                                         out.next_visit, out.status});
  return out;
}

}  // namespace

TableAssessment assess_table(const HouseholdColumnData& table, const std::optional<Policy>& policy, Date as_of) {
  if (!policy) return assess_table(table, builtin_policy_catalogue(), as_of);
  TableAssessment out = assess_with(table, as_of, [&](const HouseholdColumns& in, const AssessmentColumns& cols) {
    return assess_batch(in, *policy, as_of, cols);
  });
  out.policy = *policy;
  out.policies = {*policy};
  return out;
}

TableAssessment assess_table(const HouseholdColumnData& table, const PolicySet& policies, Date as_of) {
  TableAssessment out = assess_with(table, as_of, [&](const HouseholdColumns& in, const AssessmentColumns& cols) {
    return assess_batch(in, policies, as_of, cols);
  });
  // The policies used, in order of first use (a tiny scan per change of province or year).
  const Policy* last = nullptr;
  for (std::size_t i = 0; i < table.size(); ++i) {
    const int32_t day = table.income_period_end[i] == HouseholdColumnData::kDateNone ? as_of.days_since_epoch()
                                                                                       : table.income_period_end[i];
    const uint64_t region = table.region_code[i];
    if (region < 110'000'000'000ULL || region > 999'999'999'999ULL) continue;
    if (last != nullptr && last->province == std::to_string(region / 10'000'000'000ULL) &&
        last->year == Date::from_days_since_epoch(day).year()) {
      continue;
    }
    last = &policies.lookup(region, Date::from_days_since_epoch(day));
    bool seen = false;
    for (const Policy& p : out.policies) seen = seen || (p.province == last->province && p.year == last->year);
    if (!seen) out.policies.push_back(*last);
  }
  if (!out.policies.empty()) out.policy = out.policies.front();
  return out;
}

}  // namespace rg
