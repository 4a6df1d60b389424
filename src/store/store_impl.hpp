// Private: what a Store holds. The store layer's repositories reach it through store::Access.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>

#include "ruralguard/store.hpp"
#include "store/database.hpp"

namespace rg {

namespace store {
struct HouseholdFactsCache;  // store/household_cache.hpp
}

struct Store::Impl {
  Impl(const std::string& path, const StoreOptions& options)
      : db(path, store::DatabaseOptions{
                     .synchronous = options.synchronous_full ? store::Synchronous::kFull
                                                             : store::Synchronous::kNormal,
                     .busy_timeout_ms = options.busy_timeout_ms,
                     .read_only = options.read_only}) {}
  store::Database db;
  // The ID-number hashing key (docs/households.md), loaded or created at first use.
  std::optional<std::array<uint8_t, 32>> id_key;
  // The household facts behind the columnar load, while unchanged (store/household_cache.hpp).
  std::shared_ptr<store::HouseholdFactsCache> household_cache;
};

namespace store {
// The one way into a Store's (and a HouseholdRepository's) private state: a friend of both,
// declared in their public headers and defined only here, inside the store layer.
struct Access {
  static Store::Impl& of(Store& s) { return *s.impl_; }
  template <typename Repository>
  static typename Repository::Impl& of(Repository& r) { return *r.impl_; }
};
inline Store::Impl& impl_of(Store& s) { return Access::of(s); }
// The connection of a Store, for the repositories of this layer.
inline Database& database_of(Store& s) { return Access::of(s).db; }
}  // namespace store

}  // namespace rg
