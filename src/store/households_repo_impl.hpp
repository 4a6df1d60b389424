// Private: the state behind HouseholdRepository, shared with the CSV importer's fast path.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

#include "ruralguard/households_repo.hpp"
#include "store/id_key.hpp"
#include "store/store_impl.hpp"

namespace rg {

struct HouseholdRepository::Impl {
  explicit Impl(Store& s) : store(s), db(store::database_of(s).sql()) {}
  Store& store;
  SQLite::Database& db;
  std::optional<SQLite::Statement> upsert_region, upsert_household, upsert_member, upsert_income,
      household_key_query, region_exists, holder_of_hash, update_member_keep_id, insert_household, insert_member,
      insert_income, id_hash_probe, other_members_query;
  std::optional<store::IdHasher> hasher;
  bool fingerprint_recorded = false;

  SQLite::Statement& prepared(std::optional<SQLite::Statement>& slot, const std::string& sql) {
    if (!slot) slot.emplace(db, sql);
    slot->reset();  // callers bind every parameter (no clearBindings: measured 5% of an import)
    return *slot;
  }
  store::IdHasher& id_hasher() {
    if (!hasher) hasher.emplace(store::id_key(store));
    return *hasher;
  }

  // The row key of a household, if stored.
  std::optional<int64_t> find_key(std::string_view household_id);
  // Upserts a household whose region the caller has already checked; returns its row key.
  // *inserted (if given) tells whether the row is new.
  int64_t write_household(const Household& h, bool* inserted = nullptr);
  // Members of the household other than `person_id` (the exact count behind the
  // Household::kMembersMax check).
  int64_t other_members(int64_t household_key, const std::string& person_id);
  // Writes a member whose id_facts/id_masked are already filled, with `hash` (NULL when the
  // member has no ID number). The caller has checked Household::kMembersMax.
  void write_member(const Member& m, int64_t household_key, const store::IdHash* hash);
  // Updates every field but the ID columns of an existing person (re-import of an exported file
  // whose ID numbers are masked). False when the person is not in the store.
  bool update_member_keeping_id(const Member& m, int64_t household_key);
  // Whether any member is stored (one index step, unlike count(*)).
  bool has_members() { return db.execAndGet("SELECT EXISTS (SELECT 1 FROM rg_members)").getInt() != 0; }
  // (household_id, person_id) of a member other than `person_id` with this ID hash, if any.
  std::optional<std::pair<std::string, std::string>> holder_of(const store::IdHash& hash,
                                                               const std::string& person_id);
};


namespace store {
inline HouseholdRepository::Impl& impl_of(HouseholdRepository& r) { return Access::of(r); }
}  // namespace store

}  // namespace rg
