// Income-stable date derived from dated income statements (include/ruralguard/income_stability.hpp).
#include "ruralguard/income_stability.hpp"

#include <algorithm>
#include <vector>

#include "ruralguard/error.hpp"

namespace rg {

std::optional<Date> income_stable_since(std::span<const DatedIncome> statements, Money threshold, Date as_of) {
  std::vector<DatedIncome> known;
  for (const DatedIncome& s : statements) {
    if (s.period_end < s.period_start) {
      throw Error(ErrorCode::kRange, "income statement " + s.period_start.to_string() + ".." +
                                         s.period_end.to_string() + ": the period ends before it starts");
    }
    if (s.period_end <= as_of) known.push_back(s);
  }
  std::sort(known.begin(), known.end(), [](const DatedIncome& a, const DatedIncome& b) {
    return a.period_end < b.period_end || (a.period_end == b.period_end && a.period_start < b.period_start);
  });
  if (known.empty() || known.back().per_capita < threshold) return std::nullopt;
  // Walk back over the latest run at or above the threshold.
  std::size_t first = known.size() - 1;
  while (first > 0 && !(known[first - 1].per_capita < threshold)) --first;
  Date since = known[first].period_start;
  if (first > 0) {
    const Date after_low = known[first - 1].period_end.add_days(1);
    if (after_low > since) since = after_low;
  }
  return since;
}

}  // namespace rg
