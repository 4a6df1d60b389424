// Alkire-Foster subgroup decomposition: M0, M1 and M2 are population-weighted sums of the
// subgroups' measures (docs/poverty-measures.md).
#include <map>
#include <string>

#include "ruralguard/error.hpp"
#include "ruralguard/poverty_measures.hpp"

namespace rg::measures {

AlkireFosterDecomposition alkire_foster_by_group(const AlkireFosterInput& input,
                                                 std::span<const int64_t> group_of_person) {
  AlkireFosterDecomposition d;
  d.total = alkire_foster(input);  // validates the input first
  if (group_of_person.size() != input.people) {
    throw Error(ErrorCode::kInvalidArgument, "Alkire-Foster: group_of_person has " +
                                                 std::to_string(group_of_person.size()) + " values, expected " +
                                                 std::to_string(input.people));
  }
  const auto weight = [&](std::size_t i) { return input.person_weights.empty() ? int64_t{1} : input.person_weights[i]; };
  std::map<int64_t, std::vector<std::size_t>> members;
  Ratio::Integer population = 0;
  for (std::size_t i = 0; i < input.people; ++i) {
    members[group_of_person[i]].push_back(i);
    population += weight(i);
  }
  const std::size_t m = input.indicators;
  for (const auto& [group, rows] : members) {
    std::vector<Ratio> achievements;
    achievements.reserve(rows.size() * m);
    std::vector<int64_t> person_weights;
    Ratio::Integer group_population = 0;
    for (const std::size_t i : rows) {
      const auto row = input.achievements.subspan(i * m, m);
      achievements.insert(achievements.end(), row.begin(), row.end());
      if (!input.person_weights.empty()) person_weights.push_back(input.person_weights[i]);
      group_population += weight(i);
    }
    AlkireFosterInput sub = input;
    sub.people = rows.size();
    sub.achievements = achievements;
    sub.person_weights = person_weights;
    AlkireFosterSubgroup s;
    s.group = group;
    s.population_share = Ratio(Ratio::Rational(group_population, population));
    s.result = alkire_foster(sub);
    s.contribution = d.total.adjusted_headcount.is_zero()
                         ? Ratio()
                         : s.population_share * s.result.adjusted_headcount / d.total.adjusted_headcount;
    d.subgroups.push_back(std::move(s));
  }
  return d;
}

}  // namespace rg::measures
