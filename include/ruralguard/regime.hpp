// ruralguard C++ API: policy regimes 政策阶段 as data (DOMAIN-2026 §7.3).
//
// Two regimes: the 2021-2025 transition 过渡期 and, from 2026-01-01, normalised assistance
// 常态化帮扶. A regime carries the object categories, the income/expense accounting rule
// 收支核算口径, and the elimination/exit rules. A policy's regime is chosen by its effective date
// unless the policy names one (per province, in its JSON "regime"). Values marked unverified are
// ✖ in DOMAIN-2026 §7.9/§7.11: they are parameters the policy states, never silent defaults.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "ruralguard/date.hpp"

namespace rg {

// Pinned (C: RG_REGIME_*).
enum class Regime : uint8_t {
  kTransition2021To2025 = 0,  // 2021-2025 过渡期
  kNormalised2026 = 1,        // 2026 常态化帮扶
};
inline constexpr int kRegimeCount = 2;

// Stable code ("transition_2021_2025", "normalised_2026") and display name ("2021-2025
// transition", "2026 normalised").
[[nodiscard]] std::string_view regime_code(Regime regime);
[[nodiscard]] std::string_view regime_name(Regime regime);
// Accepts a code or a display name; anything else is Error(kNotFound) naming it and the known ones.
[[nodiscard]] Regime regime_from_name(std::string_view name);
// The regime in force on `date`: 2026-01-01 onward is normalised (DOMAIN-2026 §7.1 row 7.6).
[[nodiscard]] Regime regime_for_date(Date date);

// The income/expense accounting rule 收支核算口径 (DOMAIN-2026 §7.3 IncomeAccountingRule). Income
// items counted are the policy's (every transfer item except Policy::excluded_income_items).
struct AccountingRule {
  // Rigid expenditure 刚性支出 deducted: the household's compliant out-of-pocket medical and
  // education spending, per member, is subtracted from per-capita income before the income is
  // compared with the threshold (2026: one rule shared with social assistance, §7.1 row 7.7).
  bool deduct_rigid_expenditure = false;
  int32_t period_months = 12;  // income period: 12 months before declaration (§7.1 row 7.1)
  friend bool operator==(const AccountingRule&, const AccountingRule&) = default;
};

// Exit rules 退出帮扶 (DOMAIN-2026 §7.2): from 2026 a former registered-poor 建档立卡 household may
// exit assistance after an assessment. Parameters only; the exits themselves are status records.
struct ExitRules {
  bool assistance_exit = false;            // former 建档立卡 households may exit assistance
  int32_t exit_min_months_income_stable = 0;  // months income stayed above the threshold (✖ in 2026)
  friend bool operator==(const ExitRules&, const ExitRules&) = default;
};

// The rules of one regime as a policy uses them.
struct RegimeRules {
  Regime regime = Regime::kTransition2021To2025;
  // Object category labels 监测对象类别 by MonitoringCategory 1..3 (脱贫不稳定户, 边缘易致贫户,
  // 突发严重困难户). The 2026 names are ✖ (DOMAIN-2026 §7.11): a policy maps the three categories
  // to its own labels through configuration.
  std::array<std::string, 3> category_labels;
  AccountingRule accounting;
  ExitRules exit;
  bool unverified = false;  // true when a value is ✖ (an example, not a sourced rule)

  // Throws Error(kRange) naming the field ("policy: regime.accounting.period_months: ...").
  void validate() const;
  friend bool operator==(const RegimeRules&, const RegimeRules&) = default;
};

// The built-in rules of a regime: 2021-2025 = the three categories, no rigid deduction, no exit
// (sourced, DOMAIN.md 1.1/1.3); 2026 = rigid expenditure deducted and assistance exit allowed
// (✔ as rules, DOMAIN-2026 §7.1 row 7.7), labels and exit months unverified (✖).
[[nodiscard]] RegimeRules builtin_regime_rules(Regime regime);

}  // namespace rg
