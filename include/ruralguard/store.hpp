// ruralguard C++ API: the embedded SQLite store.
//
// A Store owns one SQLite connection to one database file. Use a Store from one thread at a
// time; several Stores (in one or several processes) may open the same file concurrently: SQLite
// WAL mode serialises their writes and busy handling waits up to busy_timeout_ms for a lock.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace rg {

namespace store {
struct Access;  // the store layer's way in (src/store/store_impl.hpp); not part of the API
}  // namespace store

// Longest file path (UTF-8 bytes) any entry point accepts: database, CSV and rejects paths
// (C: RG_PATH_MAX). Linux's PATH_MAX; longer paths are Error(kLimit) before any file is touched.
inline constexpr std::size_t kPathBytesMax = 4096;

// Throws Error(kLimit) naming `field` and the length when `path` is longer than kPathBytesMax.
void check_path_length(std::string_view path, std::string_view field);

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
  // Throws Error(kIo | kVersion | kCorrupt | kBusy) naming the path, Error(kLimit) for a path
  // longer than kPathBytesMax.
  explicit Store(const std::string& path, StoreOptions options = {});
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  [[nodiscard]] const std::string& path() const;
  [[nodiscard]] int schema_version() const;

  struct Impl;  // defined in src/store/store_impl.hpp

 private:
  friend struct store::Access;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rg
