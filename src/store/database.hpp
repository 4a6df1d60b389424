// Private: one SQLite connection with ruralguard's settings, its schema migrations and
// IMMEDIATE transactions. Every repository (households, ledger, ...) works through a Database.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <string>
#include <string_view>

namespace rg::store {

enum class Synchronous { kFull, kNormal };

struct DatabaseOptions {
  // FULL (default) makes every commit durable across power loss; NORMAL (opt-in) may lose the
  // last commits on power loss but never corrupts the file (WAL).
  Synchronous synchronous = Synchronous::kFull;
  int busy_timeout_ms = 5000;
  bool read_only = false;
};

class Database {
 public:
  // Page size of files this library creates (docs/store.md).
  static constexpr int kPageBytes = 16384;

  // Opens (creating if needed) and migrates to the current schema version.
  // Throws Error(kIo) naming the path, Error(kVersion) when the file is newer than this library,
  // Error(kCorrupt) when it is not a ruralguard database.
  Database(const std::string& path, DatabaseOptions options = {});

  [[nodiscard]] SQLite::Database& sql() { return *db_; }
  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] int schema_version();

 private:
  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
};

// Maps an SQLiteCpp exception to rg::Error with `context` in the message, then throws it.
[[noreturn]] void rethrow_sqlite(const std::exception& e, std::string_view context);

}  // namespace rg::store
