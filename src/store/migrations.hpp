// Private: the ordered list of schema migrations. Migration N takes a database from
// PRAGMA user_version N-1 to N. Published migrations are never edited; changes append a new one.
#pragma once

#include <span>

namespace rg::store {

struct Migration {
  int version;
  const char* name;
  const char* sql;  // one or more statements, run inside the migration's transaction
  // True when `sql` drops and recreates tables that others reference: the runner runs it with
  // foreign keys off (so DROP TABLE does not cascade) and runs PRAGMA foreign_key_check before
  // COMMIT.
  bool rebuilds_tables = false;
};

// All migrations in version order (1, 2, ...).
std::span<const Migration> migrations();

}  // namespace rg::store
