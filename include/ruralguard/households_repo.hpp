// ruralguard C++ API: persistence of regions, households, members and income statements.
//
// ID numbers are personal data. The store never keeps them in clear: a member's number is kept as
// HMAC-SHA256 under the store's ID key (lookups hash the query the same way) plus the masked
// display form "5001**********123X". The ID key is a 32-byte secret kept OUTSIDE the database file,
// in "<database path>.idkey" (created with mode 0600 at first use), unless the caller supplies it
// with set_id_key(). A copy of the database alone therefore reveals no ID number, not even by
// trying every possible number. See docs/households.md.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "ruralguard/household.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/region.hpp"
#include "ruralguard/store.hpp"

namespace rg {

inline constexpr std::size_t kIdKeyBytes = 32;

// Uses `key` (exactly 32 bytes) as the store's ID key instead of the key file. Call it before the
// first member is written or looked up through this Store. Throws Error(kInvalidArgument) for a
// wrong length, Error(kConflict) when the database was written under another key (checked
// against a fingerprint kept in the database).
void set_id_key(Store& store, std::span<const uint8_t> key);

// Reads and writes the household tables. Holds prepared statements: create one per batch or per
// thread of work and keep it no longer than the Store. Writes outside a WriteTransaction commit
// one by one.
class HouseholdRepository {
 public:
  explicit HouseholdRepository(Store& store);
  ~HouseholdRepository();
  HouseholdRepository(const HouseholdRepository&) = delete;
  HouseholdRepository& operator=(const HouseholdRepository&) = delete;

  // Insert or replace by code.
  void upsert_region(const Region& region);
  [[nodiscard]] std::optional<Region> find_region(RegionCode code);
  [[nodiscard]] bool region_exists(RegionCode code);

  // Insert or update by household_id. Throws Error(kNotFound) naming the region when the region
  // is not in the store, Error(kLimit) for an over-long id or phone. Returns the row key.
  int64_t upsert_household(const Household& household);
  [[nodiscard]] std::optional<Household> find_household(std::string_view household_id);
  // The internal row key of a household (stable while the household exists), if any.
  [[nodiscard]] std::optional<int64_t> household_key(std::string_view household_id);

  // Insert or update by person_id. `member.id_number` (clear text) is hashed and masked here;
  // id_facts are recomputed from it. Throws Error(kNotFound) when the household does not exist.
  void upsert_member(const Member& member);
  // The same for callers that already resolved the household's row key (batch import).
  void upsert_member(const Member& member, int64_t household_key);
  // Members of one household in insertion order; id_number is empty, id_masked/id_facts filled.
  [[nodiscard]] std::vector<Member> members_of(std::string_view household_id);
  // Looks a person up by clear ID number (hashed with the store's key before the query).
  [[nodiscard]] std::optional<Member> find_member_by_id_number(std::string_view id_number);
  [[nodiscard]] std::optional<Member> find_member(std::string_view person_id);
  // The household (id) a person with this ID number belongs to, if any.
  [[nodiscard]] std::optional<std::string> household_of_id_number(std::string_view id_number);

  // Insert or replace by (household, kind, period_start). Throws Error(kNotFound) when the
  // household does not exist, Error(kRange) for family_size < 1 or an inverted period.
  void upsert_income(const IncomeStatement& statement);
  void upsert_income(const IncomeStatement& statement, int64_t household_key);
  [[nodiscard]] std::vector<IncomeStatement> income_of(std::string_view household_id);

  [[nodiscard]] int64_t count_regions();
  [[nodiscard]] int64_t count_households();
  [[nodiscard]] int64_t count_members();
  [[nodiscard]] int64_t count_income_statements();

  // Calls fn(household, members, statements) for every household in row-key order. Members and
  // statements are loaded in bulk scans (no query per household).
  template <typename Fn>
  void for_each_household(Fn&& fn);

  // Keyed hash of a clear ID number under this store's key (32 bytes), as stored in the database.
  [[nodiscard]] std::string id_hash(std::string_view id_number);

  struct Impl;  // defined in src/store/households_repo_impl.hpp

 private:
  friend struct store::Access;
  void visit_all(void (*visit)(void*, const Household&, std::span<const Member>,
                               std::span<const IncomeStatement>),
                 void* context);
  Impl* impl_;
};

template <typename Fn>
void HouseholdRepository::for_each_household(Fn&& fn) {
  visit_all(
      [](void* ctx, const Household& h, std::span<const Member> m, std::span<const IncomeStatement> s) {
        (*static_cast<std::remove_reference_t<Fn>*>(ctx))(h, m, s);
      },
      &fn);
}

}  // namespace rg
