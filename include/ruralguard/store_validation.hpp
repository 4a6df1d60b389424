// ruralguard C++ API: the data-quality rules run over a whole store (docs/data-quality.md).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "ruralguard/income.hpp"
#include "ruralguard/store.hpp"
#include "ruralguard/validation.hpp"

namespace rg {

struct StoreValidationReport {
  static constexpr std::size_t kRuleSlots = 12;  // index = rule number (DQ001 = 1); slot 0 unused
  int64_t households_checked = 0;
  int64_t findings_total = 0;
  std::array<int64_t, kRuleSlots> count_by_rule{};
  std::vector<Finding> findings;  // the first findings_max, in household order then DQ004 last

  [[nodiscard]] int64_t count(RuleId rule) const { return count_by_rule[static_cast<std::size_t>(rule)]; }
};

// Every rule over every household (one pass in household order, memory one household deep) plus
// DQ004 through the stored ID hashes. Income rules use the item policy of the household's
// province and the statement's period-end year. Read-only.
[[nodiscard]] StoreValidationReport validate_store(Store& store, const ValidationPolicy& policy,
                                                   const IncomeItemPolicyTable& income_policies = {},
                                                   std::size_t findings_max = 1000);

}  // namespace rg
