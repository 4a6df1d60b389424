// Private: the household facts a Store keeps in memory for the columnar load (docs/decisions.md,
// "screening from the store").
//
// The cache holds the stored facts themselves, not a result: the household rows (key, region,
// type, housing and water flags, id), the active members (birth date, school status, health,
// labour, insurance), every income statement with its components and every household event
// (date, kind), in the order the direct
// load reads them. load_household_columns derives its columns from it for any as-of date, item
// policy, school ages and region prefix with the same arithmetic as the direct read, without
// SQLite.
//
// Never stale: it is used only while the connection is outside a transaction, and only when
// neither this connection (sqlite3_total_changes64) nor any other connection, in this process or
// another (PRAGMA data_version), has changed the database since it was read. Any change, through
// any write path (repository, CSV import, generator, C ABI, another handle, a vendor's raw SQL),
// makes the next load read the tables again. It is read inside one read transaction, so its four
// tables come from one snapshot.
#pragma once

#include <optional>

#include "ruralguard/household_columns.hpp"

namespace rg::store {

struct HouseholdFactsCache;

// The columns for `options` from the Store's cache, reading the tables into it first when it is
// missing or stale. nullopt when the cache cannot be used (the connection is inside a
// transaction, or the store holds more than kCachedHouseholdsMax households): the caller reads
// the tables directly. Throws like load_household_columns.
std::optional<HouseholdColumnData> cached_household_columns(Store& store, const HouseholdColumnOptions& options);

// Largest store kept in memory (about 300 bytes per household with 3 members and 1-2 statements).
inline constexpr std::size_t kCachedHouseholdsMax = 2'000'000;

}  // namespace rg::store
