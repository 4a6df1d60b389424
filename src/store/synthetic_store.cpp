// The synthetic county written to a Store, through the household repository, in one transaction.
#include "ruralguard/households_repo.hpp"
#include "ruralguard/synthetic_county.hpp"
#include "ruralguard/transaction.hpp"
#include "store/bulk_write.hpp"
#include "store/store_impl.hpp"

namespace rg {

SyntheticCountySummary generate_county(const SyntheticCountyOptions& options, Store& store) {
  const store::BulkWriteSettings bulk(store::database_of(store), /*checked_references=*/false);
  HouseholdRepository repo(store);
  WriteTransaction tx(store);
  int64_t key = 0;
  const CountySink sink{
      [&](const Region& r) { repo.upsert_region(r); },
      [&](const Household& h) { key = repo.upsert_household(h); },
      [&](const Member& m) { repo.upsert_member(m, key); },
      [&](const IncomeStatement& s) { repo.upsert_income(s, key); },
  };
  const auto summary = generate_county(options, sink);
  tx.commit();
  return summary;
}

}  // namespace rg
