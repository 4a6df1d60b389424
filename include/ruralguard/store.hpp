// ruralguard C++ API: the embedded SQLite store.
//
// A Store owns one SQLite connection to one database file. Use a Store from one thread at a
// time; several Stores (in one or several processes) may open the same file concurrently: SQLite
// WAL mode serialises their writes and busy handling waits up to busy_timeout_ms for a lock.
#pragma once

#include <memory>
#include <string>

namespace rg {

struct StoreOptions {
  // FULL (default): every commit is durable across power loss. NORMAL (opt-in): faster commits
  // that may lose the last transactions on power loss, never corrupting the file.
  bool synchronous_full = true;
  int busy_timeout_ms = 5000;
  bool read_only = false;
};

class Store {
 public:
  // Opens or creates the database at `path` and migrates it to the current schema.
  // Throws Error(kIo | kVersion | kCorrupt | kBusy) naming the path.
  explicit Store(const std::string& path, StoreOptions options = {});
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  [[nodiscard]] const std::string& path() const;
  [[nodiscard]] int schema_version() const;

  // Internal state, defined in src/store/store_impl.hpp; repositories in the library use it.
  struct Impl;
  [[nodiscard]] Impl& impl() { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace rg
