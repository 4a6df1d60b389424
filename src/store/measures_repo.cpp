// Assistance measures and visits of a case: the domain validates, this file loads and commits.
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "store/case_rows.hpp"
#include "store/store_impl.hpp"
#include "store/unit_of_work.hpp"

namespace rg {

int64_t CaseRepository::add_measure(const Measure& m, const std::string& actor) {
  validate_measure(m);
  store::check_case_text(actor, "actor");
  return store::guarded("adding a measure", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    check_measure_allowed(load_case(m.case_id));
    SQLite::Statement q(db.sql(),
                        "INSERT INTO rg_measures(case_id, category, content, start, end_date, planned_amount, status, "
                        "transfer_hi, transfer_lo) VALUES (?,?,?,?,?,?,?,?,?)");
    q.bind(1, m.case_id);
    q.bind(2, static_cast<int>(m.category));
    q.bind(3, m.content);
    q.bind(4, m.start.days_since_epoch());
    store::bind_opt_date(q, 5, m.end);
    q.bind(6, m.planned_amount.units());
    q.bind(7, static_cast<int>(m.status));
    if (m.ledger_transfer) {
      q.bind(8, static_cast<int64_t>(m.ledger_transfer->first));
      q.bind(9, static_cast<int64_t>(m.ledger_transfer->second));
    } else {
      q.bind(8);
      q.bind(9);
    }
    q.exec();
    const int64_t id = db.sql().getLastInsertRowid();
    store::insert_measure_event(db.sql(), id, m.status, m.start, actor);
    unit.commit();
    return id;
  });
}

void CaseRepository::set_measure_status(int64_t measure_id, MeasureStatus status, Date date, const std::string& actor) {
  store::check_case_text(actor, "actor");
  store::guarded("updating measure " + std::to_string(measure_id), [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    SQLite::Statement q(db.sql(), std::string("SELECT ") + store::kMeasureColumns + " FROM rg_measures WHERE measure_id = ?");
    q.bind(1, measure_id);
    if (!q.executeStep()) throw Error(ErrorCode::kNotFound, "measure " + std::to_string(measure_id) + " is not in the store");
    const Measure next = advance_measure(store::read_measure(q), status);
    SQLite::Statement up(db.sql(), "UPDATE rg_measures SET status = ? WHERE measure_id = ?");
    up.bind(1, static_cast<int>(next.status));
    up.bind(2, measure_id);
    up.exec();
    store::insert_measure_event(db.sql(), measure_id, status, date, actor);
    unit.commit();
    return 0;
  });
}

std::vector<Measure> CaseRepository::measures_of(int64_t case_id) {
  return store::guarded("loading measures", [&] {
    std::vector<Measure> out;
    SQLite::Statement q(store::database_of(store_).sql(), std::string("SELECT ") + store::kMeasureColumns +
                                                              " FROM rg_measures WHERE case_id = ? ORDER BY measure_id");
    q.bind(1, case_id);
    while (q.executeStep()) out.push_back(store::read_measure(q));
    return out;
  });
}

int64_t CaseRepository::record_visit(const Visit& v) {
  store::check_case_text(v.visitor, "visitor");
  store::check_case_text(v.findings, "findings");
  if (v.visitor.empty()) throw Error(ErrorCode::kInvalidArgument, "visit: the visitor is required");
  return store::guarded("recording a visit", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    check_visit(v, load_case(v.case_id));
    SQLite::Statement q(db.sql(), "INSERT INTO rg_visits(case_id, date, visitor, findings) VALUES (?,?,?,?)");
    q.bind(1, v.case_id);
    q.bind(2, v.date.days_since_epoch());
    q.bind(3, v.visitor);
    q.bind(4, v.findings);
    q.exec();
    const int64_t id = db.sql().getLastInsertRowid();
    unit.commit();
    return id;
  });
}

std::optional<Date> CaseRepository::last_visit(int64_t case_id) {
  return store::guarded("loading visits", [&]() -> std::optional<Date> {
    SQLite::Statement q(store::database_of(store_).sql(), "SELECT max(date) FROM rg_visits WHERE case_id = ?");
    q.bind(1, case_id);
    q.executeStep();
    return store::opt_date(q.getColumn(0));
  });
}

}  // namespace rg
