// Private: the column values every row mapping shares (optional dates as NULL or days since 1970-01-01).
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>

#include "ruralguard/date.hpp"

namespace rg::store {

// Binds an optional date or NULL.
inline void bind_opt_date(SQLite::Statement& q, int index, const std::optional<Date>& d) {
  if (d) {
    q.bind(index, d->days_since_epoch());
  } else {
    q.bind(index);
  }
}

[[nodiscard]] inline std::optional<Date> opt_date(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return Date::from_days_since_epoch(c.getInt());
}

}  // namespace rg::store
