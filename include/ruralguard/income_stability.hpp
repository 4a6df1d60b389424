// ruralguard C++ API: since when has a household's income stayed above the threshold? (DOMAIN.md
// 1.9 criterion 1: income stable 原则上不得低于半年). Derived from the dated income statements,
// never asserted by a caller (DESIGN.md 7).
#pragma once

#include <optional>
#include <span>

#include "ruralguard/date.hpp"
#include "ruralguard/money.hpp"

namespace rg {

// One income statement as the rule sees it: its period and per-capita net income 人均纯收入.
struct DatedIncome {
  Date period_start = Date::from_days_since_epoch(0);
  Date period_end = Date::from_days_since_epoch(0);
  Money per_capita;
};

// The first date from which the income has stayed at or above `threshold` up to `as_of`, from the
// statements whose period ended on or before `as_of` (any order):
//  - none when there is no such statement or the latest one is below the threshold;
//  - otherwise the latest unbroken run of statements at or above the threshold (by period end)
//    counts: its first statement's period start, but never before the day after the period end
//    of the last statement below the threshold (a period that overlaps a low one only proves the
//    months after it).
// Throws Error(kRange) naming the statement when a period ends before it starts.
[[nodiscard]] std::optional<Date> income_stable_since(std::span<const DatedIncome> statements, Money threshold,
                                                      Date as_of);

}  // namespace rg
