#include "ruralguard/store_validation.hpp"

#include <SQLiteCpp/Statement.h>

#include "ruralguard/households_repo.hpp"
#include "store/store_impl.hpp"

namespace rg {
namespace {

void keep(StoreValidationReport& r, Finding&& f, std::size_t findings_max) {
  ++r.findings_total;
  ++r.count_by_rule[static_cast<std::size_t>(f.rule)];
  if (r.findings.size() < findings_max) r.findings.push_back(std::move(f));
}

}  // namespace

StoreValidationReport validate_store(Store& store, const ValidationPolicy& policy,
                                     const IncomeItemPolicyTable& income_policies, std::size_t findings_max) {
  StoreValidationReport report;
  HouseholdRepository repo(store);
  std::vector<Finding> found;
  repo.for_each_household([&](const Household& h, std::span<const Member> members, std::span<const IncomeStatement> statements) {
    ++report.households_checked;
    found.clear();
    validate_household(h, members, statements, income_policies, policy, found);
    for (auto& f : found) keep(report, std::move(f), findings_max);
  });
  // DQ004: every later holder of an ID hash already held by a member of another household.
  SQLite::Statement dup(store::database_of(store).sql(),
                        "SELECT h.household_id, m.person_id, m.id_masked, fh.household_id, f.person_id "
                        "FROM (SELECT id_hash_key, id_hash, min(id) AS first_id FROM rg_members "
                        "      WHERE id_hash IS NOT NULL GROUP BY id_hash_key, id_hash HAVING count(*) > 1) d "
                        "JOIN rg_members m ON m.id_hash_key = d.id_hash_key AND m.id_hash = d.id_hash "
                        "     AND m.id > d.first_id "
                        "JOIN rg_households h ON h.id = m.household "
                        "JOIN rg_members f ON f.id = d.first_id "
                        "JOIN rg_households fh ON fh.id = f.household "
                        "WHERE fh.household_id <> h.household_id ORDER BY m.id");
  while (dup.executeStep()) {
    Member m;
    m.household_id = dup.getColumn(0).getString();
    m.person_id = dup.getColumn(1).getString();
    m.id_masked = dup.getColumn(2).getString();
    Member first = m;
    first.household_id = dup.getColumn(3).getString();
    first.person_id = dup.getColumn(4).getString();
    DuplicatePersonCheck check;
    std::vector<Finding> f;
    (void)check.add("same", first, f);
    (void)check.add("same", m, f);
    for (auto& x : f) keep(report, std::move(x), findings_max);
  }
  return report;
}

}  // namespace rg
