// Row mapping of cases, case events, measures and alerts (case_rows.hpp).
#include "store/case_rows.hpp"

#include "ruralguard/error.hpp"

namespace rg::store {

void bind_closed_states(SQLite::Statement& q, int first_index) {
  for (CaseState s : kClosedCaseStates) q.bind(first_index++, static_cast<int>(s));
}

void check_case_text(const std::string& text, const char* field) {
  if (text.size() > kCaseTextBytesMax) {
    throw Error(ErrorCode::kLimit, std::string(field) + " has " + std::to_string(text.size()) +
                                       " bytes, the maximum is " + std::to_string(kCaseTextBytesMax) +
                                       " (kCaseTextBytesMax)");
  }
}

MonitoringCase read_case(SQLite::Statement& q) {
  MonitoringCase c;
  c.case_id = q.getColumn(0).getInt64();
  c.household_key = q.getColumn(1).getInt64();
  c.channel = static_cast<ClueChannel>(q.getColumn(2).getInt());
  c.found = Date::from_days_since_epoch(q.getColumn(3).getInt());
  c.state = static_cast<CaseState>(q.getColumn(4).getInt());
  c.category = static_cast<MonitoringCategory>(q.getColumn(5).getInt());
  c.risk_mask = static_cast<uint32_t>(q.getColumn(6).getInt64());
  c.level = static_cast<WarningLevel>(q.getColumn(7).getInt());
  if (!q.getColumn(8).isNull()) {
    c.contact = ContactPerson{q.getColumn(8).getString(), q.getColumn(9).getString(), q.getColumn(10).getString()};
  }
  c.identified = opt_date(q.getColumn(11));
  c.notice_start = opt_date(q.getColumn(12));
  c.notice_end = opt_date(q.getColumn(13));
  c.votes_for = q.getColumn(14).getInt();
  c.votes_against = q.getColumn(15).getInt();
  c.eliminated = opt_date(q.getColumn(16));
  if (!q.getColumn(17).isNull()) c.elimination_kind = static_cast<EliminationKind>(q.getColumn(17).getInt());
  c.rollbacks = q.getColumn(18).getInt();
  c.rejection_reason = q.getColumn(19).getString();
  c.proposed_category = static_cast<MonitoringCategory>(q.getColumn(20).getInt());  // migration 12
  return c;
}

int64_t insert_case(SQLite::Database& db, const MonitoringCase& c) {
  SQLite::Statement q(db,
                      "INSERT INTO rg_cases(household, channel, found, state, category, risk_mask, level, votes_for, "
                      "votes_against, rollbacks, rejection_reason) VALUES (?,?,?,?,?,?,?,0,0,0,'')");
  q.bind(1, c.household_key);
  q.bind(2, static_cast<int>(c.channel));
  q.bind(3, c.found.days_since_epoch());
  q.bind(4, static_cast<int>(c.state));
  q.bind(5, static_cast<int>(c.category));
  q.bind(6, static_cast<int64_t>(c.risk_mask));
  q.bind(7, static_cast<int>(c.level));
  q.exec();
  return db.getLastInsertRowid();
}

void update_case(SQLite::Database& db, const MonitoringCase& c) {
  SQLite::Statement q(db,
                      "UPDATE rg_cases SET state=?, category=?, risk_mask=?, level=?, contact_name=?, contact_phone=?, "
                      "contact_rank=?, identified=?, notice_start=?, notice_end=?, votes_for=?, votes_against=?, "
                      "eliminated=?, elimination_kind=?, rollbacks=?, rejection_reason=?, proposed_category=? WHERE case_id=?");
  q.bind(1, static_cast<int>(c.state));
  q.bind(2, static_cast<int>(c.category));
  q.bind(3, static_cast<int64_t>(c.risk_mask));
  q.bind(4, static_cast<int>(c.level));
  if (c.contact) {
    q.bind(5, c.contact->name);
    q.bind(6, c.contact->phone);
    q.bind(7, c.contact->rank);
  } else {
    q.bind(5);
    q.bind(6);
    q.bind(7);
  }
  bind_opt_date(q, 8, c.identified);
  bind_opt_date(q, 9, c.notice_start);
  bind_opt_date(q, 10, c.notice_end);
  q.bind(11, c.votes_for);
  q.bind(12, c.votes_against);
  bind_opt_date(q, 13, c.eliminated);
  if (c.elimination_kind) {
    q.bind(14, static_cast<int>(*c.elimination_kind));
  } else {
    q.bind(14);
  }
  q.bind(15, c.rollbacks);
  q.bind(16, c.rejection_reason);
  q.bind(17, static_cast<int>(c.proposed_category));
  q.bind(18, c.case_id);
  q.exec();
}

void insert_case_event(SQLite::Database& db, int64_t case_id, const CaseEvent& e) {
  SQLite::Statement q(db,
                      "INSERT INTO rg_case_events(case_id, sequence, step, from_state, to_state, date, actor, note, role) "
                      "VALUES (?,?,?,?,?,?,?,?,?)");
  q.bind(1, case_id);
  q.bind(2, e.sequence);
  q.bind(3, static_cast<int>(e.step));
  q.bind(4, static_cast<int>(e.from));
  q.bind(5, static_cast<int>(e.to));
  q.bind(6, e.date.days_since_epoch());
  q.bind(7, e.actor);
  q.bind(8, e.note);
  q.bind(9, static_cast<int>(e.role));
  q.exec();
}

std::vector<CaseEvent> read_case_events(SQLite::Database& db, int64_t case_id) {
  SQLite::Statement ev(db,
                       "SELECT sequence, step, from_state, to_state, date, actor, note, role FROM rg_case_events "
                       "WHERE case_id = ? ORDER BY sequence");
  ev.bind(1, case_id);
  std::vector<CaseEvent> out;
  while (ev.executeStep()) {
    CaseEvent e;
    e.sequence = ev.getColumn(0).getInt();
    e.step = static_cast<CaseStep>(ev.getColumn(1).getInt());
    e.from = static_cast<CaseState>(ev.getColumn(2).getInt());
    e.to = static_cast<CaseState>(ev.getColumn(3).getInt());
    e.date = Date::from_days_since_epoch(ev.getColumn(4).getInt());
    e.actor = ev.getColumn(5).getString();
    e.note = ev.getColumn(6).getString();
    e.role = static_cast<Role>(ev.getColumn(7).getInt());
    out.push_back(std::move(e));
  }
  return out;
}

bool household_exists(SQLite::Database& db, int64_t household_key) {
  SQLite::Statement q(db, "SELECT 1 FROM rg_households WHERE id = ?");
  q.bind(1, household_key);
  return q.executeStep();
}

Measure read_measure(SQLite::Statement& q) {
  Measure m;
  m.measure_id = q.getColumn(0).getInt64();
  m.case_id = q.getColumn(1).getInt64();
  m.category = static_cast<MeasureCategory>(q.getColumn(2).getInt());
  m.content = q.getColumn(3).getString();
  m.start = Date::from_days_since_epoch(q.getColumn(4).getInt());
  m.end = opt_date(q.getColumn(5));
  m.planned_amount = Money::from_units(q.getColumn(6).getInt64());
  m.status = static_cast<MeasureStatus>(q.getColumn(7).getInt());
  if (!q.getColumn(8).isNull()) {
    m.ledger_transfer = std::make_pair(static_cast<uint64_t>(q.getColumn(8).getInt64()),
                                       static_cast<uint64_t>(q.getColumn(9).getInt64()));
  }
  return m;
}

void insert_measure_event(SQLite::Database& db, int64_t measure_id, MeasureStatus status, Date date,
                          const std::string& actor) {
  SQLite::Statement ev(db, "INSERT INTO rg_measure_events(measure_id, status, date, actor) VALUES (?,?,?,?)");
  ev.bind(1, measure_id);
  ev.bind(2, static_cast<int>(status));
  ev.bind(3, date.days_since_epoch());
  ev.bind(4, actor);
  ev.exec();
}

std::unordered_map<int64_t, Date> last_visits(SQLite::Database& db) {
  std::unordered_map<int64_t, Date> out;
  SQLite::Statement q(db, "SELECT case_id, max(date) FROM rg_visits GROUP BY case_id");
  while (q.executeStep()) out.emplace(q.getColumn(0).getInt64(), Date::from_days_since_epoch(q.getColumn(1).getInt()));
  return out;
}

StoredAlert read_stored_alert(SQLite::Statement& q) {
  StoredAlert a;
  a.alert_id = q.getColumn(0).getInt64();
  a.alert.kind = static_cast<AlertKind>(q.getColumn(1).getInt());
  a.alert.case_id = q.getColumn(2).getInt64();
  a.alert.detail = q.getColumn(3).getString();
  a.alert.priority = q.getColumn(4).getInt();
  a.alert.message = q.getColumn(5).getString();
  a.state = static_cast<AlertState>(q.getColumn(6).getInt());
  a.raised = Date::from_days_since_epoch(q.getColumn(7).getInt());
  a.acknowledged_by = q.getColumn(8).getString();
  a.resolved_by = q.getColumn(9).getString();
  a.resolved_note = q.getColumn(10).getString();
  return a;
}

}  // namespace rg::store
