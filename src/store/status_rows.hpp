// Private: what the membership and household-event repositories share — the household lookup by
// id and the error wrapper (status_repo.hpp).
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "ruralguard/clues.hpp"
#include "ruralguard/error.hpp"

namespace rg::store {

// The row key of household `household_id`; Error(kNotFound) naming it (and `what`) when absent.
inline int64_t status_household_key(SQLite::Database& db, std::string_view household_id, const char* what) {
  SQLite::Statement q(db, "SELECT id FROM rg_households WHERE household_id = ?");
  q.bind(1, std::string(household_id));
  if (!q.executeStep()) {
    throw Error(ErrorCode::kNotFound, std::string(what) + ": household '" + std::string(household_id) +
                                          "' is not in the store");
  }
  return q.getColumn(0).getInt64();
}

// Records the household event a department clue stands for (event_of_clue; DOMAIN.md 1.5), dated
// and recorded on the clue's date, its evidence naming the clue. Nothing when the clue is not an
// event.
void insert_clue_event(SQLite::Database& db, const RaisedClue& clue, int64_t clue_id);

}  // namespace rg::store
