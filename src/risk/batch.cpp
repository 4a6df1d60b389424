// The batch path: the same evaluate() over struct-of-arrays columns, no allocation per row.
#include <climits>
#include <type_traits>

#include "risk/compiled_policy.hpp"
#include "ruralguard/error.hpp"

namespace rg {

std::size_t HouseholdColumns::size() const {
  const std::size_t n = region_code.size();
  auto check = [n](std::size_t len, const char* name, bool optional = false) {
    check_column_length(len, n, "household columns", name, "region_code", optional);
  };
  check(kind.size(), "kind");
  check(per_capita_income.size(), "per_capita_income");
  check(previous_per_capita_income.size(), "previous_per_capita_income", true);
  check(net_income.size(), "net_income");
  check(medical_out_of_pocket.size(), "medical_out_of_pocket", true);
  check(education_out_of_pocket.size(), "education_out_of_pocket", true);
  check(income_period_end.size(), "income_period_end");
  check(members.size(), "members");
  check(labour_capable.size(), "labour_capable");
  check(weak_labour.size(), "weak_labour", true);
  check(seriously_ill.size(), "seriously_ill", true);
  check(chronically_ill.size(), "chronically_ill", true);
  check(disabled.size(), "disabled", true);
  check(guarantee_failures.size(), "guarantee_failures", true);
  check(events.size(), "events", true);
  return n;
}

HouseholdFacts HouseholdColumns::facts(std::size_t i) const {
  auto at = [i](const auto& column) {
    using T = typename std::decay_t<decltype(column)>::value_type;
    return column.empty() ? T{} : column[i];
  };
  HouseholdFacts f;
  f.region_code = region_code[i];
  f.kind = static_cast<HouseholdKind>(kind[i]);
  f.per_capita_income = Money::from_units(per_capita_income[i]);
  if (!previous_per_capita_income.empty() && previous_per_capita_income[i] != INT64_MIN) {
    f.previous_per_capita_income = Money::from_units(previous_per_capita_income[i]);
  }
  f.net_income = Money::from_units(net_income[i]);
  f.medical_out_of_pocket = Money::from_units(at(medical_out_of_pocket));
  f.education_out_of_pocket = Money::from_units(at(education_out_of_pocket));
  f.income_period_end = Date::from_days_since_epoch(income_period_end[i]);
  f.members = members[i];
  f.labour_capable = labour_capable[i];
  f.weak_labour = at(weak_labour);
  f.seriously_ill = at(seriously_ill);
  f.chronically_ill = at(chronically_ill);
  f.disabled = at(disabled);
  f.guarantee_failures = at(guarantee_failures);
  f.events = at(events);
  return f;
}

std::size_t assess_batch(const HouseholdColumns& in, const Policy& policy, Date as_of, const AssessmentColumns& out) {
  const std::size_t n = in.size();
  if (n > kBatchRowsMax) {
    throw Error(ErrorCode::kLimit, "assess_batch: " + std::to_string(n) + " rows exceed kBatchRowsMax (" +
                                       std::to_string(kBatchRowsMax) + ")");
  }
  auto check = [n](std::size_t len, const char* name) {
    check_column_length(len, n, "assessment output", name, "the input", true);
  };
  check(out.within_monitoring.size(), "within_monitoring");
  check(out.category.size(), "category");
  check(out.risk_mask.size(), "risk_mask");
  check(out.score.size(), "score");
  check(out.level.size(), "level");
  check(out.next_visit.size(), "next_visit");
  check(out.status.size(), "status");
  const risk::CompiledPolicy cp(policy, as_of);
  std::size_t failed = 0;
  auto put = [](const auto& column, std::size_t i, auto value) {
    if (!column.empty()) column[i] = static_cast<typename std::decay_t<decltype(column)>::value_type>(value);
  };
  for (std::size_t i = 0; i < n; ++i) {
    try {
      const HouseholdFacts f = in.facts(i);
      const risk::Outcome o = risk::evaluate(f, cp, nullptr);
      put(out.within_monitoring, i, o.within ? 1 : 0);
      put(out.category, i, o.category);
      put(out.risk_mask, i, o.risk_mask);
      put(out.score, i, o.score);
      put(out.level, i, o.level);
      put(out.next_visit, i, o.next_visit);
      put(out.status, i, 0);
    } catch (const Error& e) {
      put(out.within_monitoring, i, 0);
      put(out.category, i, 0);
      put(out.risk_mask, i, 0);
      put(out.score, i, 0);
      put(out.level, i, 0);
      put(out.next_visit, i, INT32_MIN);
      put(out.status, i, static_cast<int32_t>(e.code()));
      ++failed;
    }
  }
  return failed;
}

}  // namespace rg
