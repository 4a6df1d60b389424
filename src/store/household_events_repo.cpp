// Household events in the store (status_repo.hpp; DOMAIN.md 1.4, 1.5). The columnar load reads
// them for the risk rules (household_columns.cpp, household_cache.cpp).
#include "ruralguard/error.hpp"
#include "ruralguard/status_repo.hpp"
#include "store/case_rows.hpp"
#include "store/status_rows.hpp"
#include "store/store_impl.hpp"
#include "store/unit_of_work.hpp"

namespace rg {

void store::insert_clue_event(SQLite::Database& db, const RaisedClue& clue, int64_t clue_id) {
  const std::optional<HouseholdEventKind> kind = event_of_clue(clue.department, clue.metric);
  if (!kind) return;
  SQLite::Statement ins(db, "INSERT INTO rg_household_events(household, kind, date, source, evidence, recorded, clue_id) "
                            "VALUES (?,?,?,?,?,?,?)");
  ins.bind(1, clue.household_key);
  ins.bind(2, static_cast<int>(*kind));
  ins.bind(3, clue.period.days_since_epoch());
  ins.bind(4, static_cast<int>(ClueChannel::kDepartmentData));
  ins.bind(5, "department clue " + std::to_string(clue_id) + ": department " +
                  std::to_string(static_cast<int>(clue.department)) + " metric " +
                  std::to_string(static_cast<int>(clue.metric)) + " amount " + std::to_string(clue.amount.units()));
  ins.bind(6, clue.period.days_since_epoch());
  ins.bind(7, clue_id);
  ins.exec();
}

int64_t StatusRepository::record_event(const HouseholdEventRecord& e) {
  check_household_event(e);
  return store::guarded("recording a household event", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    const int64_t household = store::status_household_key(db.sql(), e.household_id, "household event");
    SQLite::Statement ins(db.sql(),
                          "INSERT INTO rg_household_events(household, kind, date, source, evidence, recorded, clue_id) "
                          "VALUES (?,?,?,?,?,?,?)");
    ins.bind(1, household);
    ins.bind(2, static_cast<int>(e.kind));
    ins.bind(3, e.date.days_since_epoch());
    ins.bind(4, static_cast<int>(e.source));
    ins.bind(5, e.evidence);
    ins.bind(6, e.recorded.days_since_epoch());
    if (e.clue_id) ins.bind(7, *e.clue_id);
    ins.exec();
    const int64_t id = db.sql().getLastInsertRowid();
    unit.commit();
    return id;
  });
}

std::vector<HouseholdEventRecord> StatusRepository::events_of(std::string_view household_id, Date first, Date last) {
  return store::guarded("reading household events", [&] {
    auto& db = store::database_of(store_);
    const int64_t household = store::status_household_key(db.sql(), household_id, "household events");
    SQLite::Statement q(db.sql(), "SELECT event_id, kind, date, source, evidence, recorded, clue_id FROM rg_household_events "
                                  "WHERE household = ? AND date BETWEEN ? AND ? ORDER BY date, event_id");
    q.bind(1, household);
    q.bind(2, first.days_since_epoch());
    q.bind(3, last.days_since_epoch());
    std::vector<HouseholdEventRecord> out;
    while (q.executeStep()) {
      HouseholdEventRecord e;
      e.event_id = q.getColumn(0).getInt64();
      e.household_id = std::string(household_id);
      e.kind = static_cast<HouseholdEventKind>(q.getColumn(1).getInt());
      e.date = Date::from_days_since_epoch(q.getColumn(2).getInt());
      e.source = static_cast<ClueChannel>(q.getColumn(3).getInt());
      e.evidence = q.getColumn(4).getString();
      e.recorded = Date::from_days_since_epoch(q.getColumn(5).getInt());
      if (!q.getColumn(6).isNull()) e.clue_id = q.getColumn(6).getInt64();
      out.push_back(std::move(e));
    }
    return out;
  });
}

}  // namespace rg
