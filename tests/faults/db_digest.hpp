// Plain-SQLite views of a store file for the fault tests and the simulator: a content digest of
// every table in a canonical order (to compare with the state before and after an operation),
// PRAGMA integrity_check and foreign_key_check.
#pragma once

#include <cstdint>
#include <string>

namespace rg::faults {

struct Digest {
  uint64_t hash = 0;
  int64_t rows = 0;
  std::string error;  // non-empty when the file could not be read
  bool operator==(const Digest& o) const { return hash == o.hash && rows == o.rows && error == o.error; }
  bool operator!=(const Digest& o) const { return !(*this == o); }
};

// FNV-1a over every table (sorted by name; sqlite_stat* excluded), every row ordered by all its
// columns, every value with its type. Opens its own read-write connection (a reader after a crash
// may have to recover the WAL), never writes.
Digest digest_of(const std::string& path);

// "ok" when PRAGMA integrity_check is ok and PRAGMA foreign_key_check is empty; otherwise what
// they said (or why the file could not be opened).
std::string integrity_of(const std::string& path);

}  // namespace rg::faults
