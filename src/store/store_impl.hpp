// Private: what a Store holds. Repositories reach the connection through Store::impl().
#pragma once

#include "ruralguard/store.hpp"
#include "store/database.hpp"

namespace rg {

struct Store::Impl {
  Impl(const std::string& path, const StoreOptions& options)
      : db(path, store::DatabaseOptions{
                     .synchronous = options.synchronous_full ? store::Synchronous::kFull
                                                             : store::Synchronous::kNormal,
                     .busy_timeout_ms = options.busy_timeout_ms,
                     .read_only = options.read_only}) {}
  store::Database db;
};

}  // namespace rg
