// Clue intake: department records screened by the domain (screen_department_records), stored as
// clues, each attached to the household's open case or opening one, and recorded as the household
// event it stands for (docs/monitoring.md).
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "store/case_rows.hpp"
#include "store/status_rows.hpp"
#include "store/case_steps.hpp"
#include "store/store_impl.hpp"
#include "store/unit_of_work.hpp"

namespace rg {

IngestResult CaseRepository::ingest_department_records(std::span<const DepartmentRecord> records, const Policy& policy) {
  if (records.size() > kIngestRecordsMax) {
    throw Error(ErrorCode::kLimit, "ingest: " + std::to_string(records.size()) + " records exceed the maximum " +
                                       std::to_string(kIngestRecordsMax) + " per batch (kIngestRecordsMax)");
  }
  return store::guarded("ingesting department records", [&] {
    ScreeningResult screened = screen_department_records(records, policy);
    IngestResult out;
    out.records = records.size();
    out.status = std::move(screened.status);
    out.below_threshold = screened.below_threshold;
    out.duplicates = screened.duplicates;
    for (auto s : out.status) out.rejected_records += s != 0;
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    SQLite::Statement exists(db.sql(), "SELECT 1 FROM rg_households WHERE id = ?");
    SQLite::Statement open(db.sql(), std::string("SELECT case_id FROM rg_cases WHERE household = ? AND ") +
                                         store::kOpenCaseCondition + " LIMIT 1");
    store::bind_closed_states(open, 2);
    SQLite::Statement ins(db.sql(),
                          "INSERT INTO rg_clues(household, channel, department, metric, period_key, amount, found, "
                          "case_id, note) VALUES (?,?,?,?,?,?,?,NULL, '') ON CONFLICT DO NOTHING");
    SQLite::Statement link(db.sql(), "UPDATE rg_clues SET case_id = ? WHERE clue_id = ?");
    for (const RaisedClue& clue : screened.clues) {
      exists.bind(1, clue.household_key);
      const bool known = exists.executeStep();
      exists.reset();
      if (!known) {
        out.status[clue.record_index] = static_cast<int32_t>(ErrorCode::kNotFound);
        ++out.rejected_records;
        continue;
      }
      ins.bind(1, clue.household_key);
      ins.bind(2, static_cast<int>(ClueChannel::kDepartmentData));
      ins.bind(3, static_cast<int>(clue.department));
      ins.bind(4, static_cast<int>(clue.metric));
      ins.bind(5, clue.period_key);
      ins.bind(6, clue.amount.units());
      ins.bind(7, clue.period.days_since_epoch());
      const int changed = ins.exec();
      ins.reset();
      if (changed == 0) {  // the trigger was stored by an earlier ingest
        ++out.duplicates;
        continue;
      }
      const int64_t clue_id = db.sql().getLastInsertRowid();
      ++out.clues_raised;
      store::insert_clue_event(db.sql(), clue, clue_id);  // the event the clue stands for, if any
      open.bind(1, clue.household_key);
      std::optional<int64_t> case_id;
      if (open.executeStep()) case_id = open.getColumn(0).getInt64();
      open.reset();
      std::optional<MonitoringCase> eliminated;
      if (!case_id) {
        if (auto id = store::eliminated_case_of(db.sql(), clue.household_key)) eliminated = load_case(*id);
      }
      if (case_id) {
        ++out.attached_to_open_case;
      } else if (eliminated && in_follow_up_window(*eliminated, policy.elimination, clue.period)) {
        // Issue 16: a department alert within the follow-up window re-identifies the eliminated case.
        store::roll_back_case(db.sql(), *eliminated, clue.period, "system",
                              "department data clue of " + clue.period.to_string(), policy);
        case_id = eliminated->case_id;
        ++out.cases_rolled_back;
      } else {
        MonitoringCase c;
        c.household_key = clue.household_key;
        c.channel = ClueChannel::kDepartmentData;
        c.found = clue.period;
        case_id = store::insert_case(db.sql(), c);
        ++out.cases_opened;
      }
      link.bind(1, *case_id);
      link.bind(2, clue_id);
      link.exec();
      link.reset();
    }
    unit.commit();
    return out;
  });
}

}  // namespace rg
