// Regimes as data (DOMAIN-2026 §7.3): names, the regime in force on a date, the built-in rules.
#include "ruralguard/regime.hpp"

#include "ruralguard/error.hpp"

namespace rg {
namespace {

struct RegimeNames {
  std::string_view code;
  std::string_view name;
};
constexpr RegimeNames kNames[kRegimeCount] = {
    {"transition_2021_2025", "2021-2025 transition"},
    {"normalised_2026", "2026 normalised"},
};

[[noreturn]] void invalid(const std::string& field, const std::string& why) {
  throw Error(ErrorCode::kRange, "policy: regime." + field + ": " + why);
}

}  // namespace

std::string_view regime_code(Regime regime) { return kNames[static_cast<std::size_t>(regime)].code; }
std::string_view regime_name(Regime regime) { return kNames[static_cast<std::size_t>(regime)].name; }

Regime regime_from_name(std::string_view name) {
  for (int i = 0; i < kRegimeCount; ++i) {
    if (kNames[i].code == name || kNames[i].name == name) return static_cast<Regime>(i);
  }
  throw Error(ErrorCode::kNotFound, "unknown regime " + quote_for_message(name) +
                                        ": the regimes are \"transition_2021_2025\" (2021-2025 transition) and "
                                        "\"normalised_2026\" (2026 normalised)");
}

Regime regime_for_date(Date date) {
  return date >= Date::from_ymd(2026, 1, 1) ? Regime::kNormalised2026 : Regime::kTransition2021To2025;
}

void RegimeRules::validate() const {
  for (std::size_t i = 0; i < category_labels.size(); ++i) {
    if (category_labels[i].empty() || category_labels[i].size() > 200) {
      invalid("category_labels[" + std::to_string(i) + "]", "must have 1..200 bytes");
    }
  }
  if (accounting.period_months < 1 || accounting.period_months > 24) {
    invalid("accounting.period_months", "must be 1..24, got " + std::to_string(accounting.period_months));
  }
  if (exit.exit_min_months_income_stable < 0 || exit.exit_min_months_income_stable > 60) {
    invalid("exit.exit_min_months_income_stable",
            "must be 0..60, got " + std::to_string(exit.exit_min_months_income_stable));
  }
  if (regime == Regime::kTransition2021To2025 && exit.assistance_exit) {
    invalid("exit.assistance_exit", "the 2021-2025 transition has no exit from assistance (DOMAIN-2026 §7.2)");
  }
}

RegimeRules builtin_regime_rules(Regime regime) {
  RegimeRules r;
  r.regime = regime;
  if (regime == Regime::kTransition2021To2025) {
    // DOMAIN.md 1.1: the three monitored categories ✔; income net of one-off items, no deduction.
    r.category_labels = {"脱贫不稳定户", "边缘易致贫户", "突发严重困难户"};
    return r;
  }
  // DOMAIN-2026 §7.1 row 7.7 ✔: one income/expense accounting rule shared with social assistance
  // (rigid expenditure deducted), orderly exit of former 建档立卡 households after an assessment.
  // The category names (§7.11) and the exit months are ✖: labels say so, `unverified` is set.
  r.category_labels = {"防止返贫致贫对象 (unverified; was 脱贫不稳定户)", "防止返贫致贫对象 (unverified; was 边缘易致贫户)",
                       "防止返贫致贫对象 (unverified; was 突发严重困难户)"};
  r.accounting.deduct_rigid_expenditure = true;
  r.exit.assistance_exit = true;
  r.exit.exit_min_months_income_stable = 6;
  r.unverified = true;
  return r;
}

}  // namespace rg
