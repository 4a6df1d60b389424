// Private: reading and writing the rows of cases, case events, measures and alerts. Enum values
// are bound as parameters; no state or status number is written into SQL text.
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "ruralguard/assistance.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/monitoring_case.hpp"
#include "store/database.hpp"
#include "store/row_values.hpp"

namespace rg::store {

// `WHERE ... state NOT IN (?, ?)` for the closed states, bound by bind_closed_states.
inline constexpr const char* kOpenCaseCondition = "state NOT IN (?, ?)";
void bind_closed_states(SQLite::Statement& q, int first_index);

inline constexpr const char* kCaseColumns =
    "case_id, household, channel, found, state, category, risk_mask, level, contact_name, contact_phone, "
    "contact_rank, identified, notice_start, notice_end, votes_for, votes_against, eliminated, elimination_kind, "
    "rollbacks, rejection_reason, proposed_category";
[[nodiscard]] MonitoringCase read_case(SQLite::Statement& q);
[[nodiscard]] int64_t insert_case(SQLite::Database& db, const MonitoringCase& c);
void update_case(SQLite::Database& db, const MonitoringCase& c);
void insert_case_event(SQLite::Database& db, int64_t case_id, const CaseEvent& e);
[[nodiscard]] std::vector<CaseEvent> read_case_events(SQLite::Database& db, int64_t case_id);
[[nodiscard]] bool household_exists(SQLite::Database& db, int64_t household_key);

inline constexpr const char* kMeasureColumns =
    "measure_id, case_id, category, content, start, end_date, planned_amount, status, transfer_hi, transfer_lo";
[[nodiscard]] Measure read_measure(SQLite::Statement& q);
void insert_measure_event(SQLite::Database& db, int64_t measure_id, MeasureStatus status, Date date,
                          const std::string& actor);

[[nodiscard]] StoredAlert read_stored_alert(SQLite::Statement& q);

// case id -> latest visit date, for every case with a visit.
[[nodiscard]] std::unordered_map<int64_t, Date> last_visits(SQLite::Database& db);

// Every store error carries `context`: rg::Error passes through, SQLite errors are mapped.
template <typename Fn>
auto guarded(const std::string& context, Fn&& fn) {
  try {
    return fn();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    rethrow_sqlite(e, context);
  }
}

// Error(kLimit) naming `field` when `text` is longer than kCaseTextBytesMax.
void check_case_text(const std::string& text, const char* field);

}  // namespace rg::store
