// Alerts in the store: a scan loads every open case with what the rules read, the domain says
// which alerts hold (scan_alerts) and what changes (reconcile_alerts), this file commits it.
#include <unordered_map>

#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/member.hpp"
#include "store/case_rows.hpp"
#include "store/case_steps.hpp"
#include "store/store_impl.hpp"
#include "store/unit_of_work.hpp"

namespace rg {
namespace {

constexpr const char* kAlertColumns =
    "alert_id, kind, case_id, detail, priority, message, state, raised, coalesce(acknowledged_by, ''), "
    "coalesce(resolved_by, ''), coalesce(resolved_note, '')";

// Open cases, and eliminated cases whose follow-up window (case_clocks.hpp) covers `as_of` (with
// the events of rolled-back cases: their clocks start at the last rollback).
std::vector<MonitoringCase> scanned_cases(SQLite::Database& db, const EliminationRules& rules, Date as_of) {
  std::vector<MonitoringCase> cases;
  SQLite::Statement q(db, std::string("SELECT ") + store::kCaseColumns + " FROM rg_cases WHERE " +
                              store::kOpenCaseCondition + " OR (state = ? AND eliminated >= ?)");
  store::bind_closed_states(q, 1);
  q.bind(3, static_cast<int>(CaseState::kEliminated));
  q.bind(4, as_of.add_months(-rules.follow_up_months).add_days(-1).days_since_epoch());
  while (q.executeStep()) cases.push_back(store::read_case(q));
  store::load_clock_events(db, cases);
  return cases;
}

// case id -> latest post-elimination check date.
std::unordered_map<int64_t, Date> last_post_checks(SQLite::Database& db) {
  std::unordered_map<int64_t, Date> out;
  SQLite::Statement q(db, "SELECT case_id, max(date) FROM rg_post_elimination_checks GROUP BY case_id");
  while (q.executeStep()) out.emplace(q.getColumn(0).getInt64(), Date::from_days_since_epoch(q.getColumn(1).getInt()));
  return out;
}

std::unordered_map<int64_t, std::vector<Measure>> measures_by_case(SQLite::Database& db) {
  std::unordered_map<int64_t, std::vector<Measure>> out;
  SQLite::Statement q(db, std::string("SELECT ") + store::kMeasureColumns + " FROM rg_measures");
  while (q.executeStep()) {
    Measure m = store::read_measure(q);
    out[m.case_id].push_back(std::move(m));
  }
  return out;
}

// Households with an active member of skilled, ordinary or weak labour.
std::unordered_map<int64_t, bool> labour_by_household(SQLite::Database& db) {
  std::unordered_map<int64_t, bool> out;
  SQLite::Statement q(db, "SELECT household, max(labour BETWEEN ? AND ?) FROM rg_members WHERE status = ? GROUP BY household");
  q.bind(1, static_cast<int>(Labour::kSkilled));
  q.bind(2, static_cast<int>(Labour::kWeak));
  q.bind(3, static_cast<int>(MemberStatus::kActive));
  while (q.executeStep()) out.emplace(q.getColumn(0).getInt64(), q.getColumn(1).getInt() != 0);
  return out;
}

std::vector<OpenAlert> unresolved_alerts(SQLite::Database& db) {
  std::vector<OpenAlert> out;
  SQLite::Statement q(db, "SELECT alert_id, kind, case_id, detail FROM rg_alerts WHERE state <> ?");
  q.bind(1, static_cast<int>(AlertState::kResolved));
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), static_cast<AlertKind>(q.getColumn(1).getInt()),
                   q.getColumn(2).getInt64(), q.getColumn(3).getString()});
  }
  return out;
}

}  // namespace

AlertScanResult CaseRepository::scan_alerts(const Policy& policy, Date as_of) {
  return store::guarded("scanning alerts", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    // Bulk loads: open cases, their measures, last visits and labour (no query per case).
    const std::vector<MonitoringCase> cases = scanned_cases(db.sql(), policy.elimination, as_of);
    const auto checks = last_post_checks(db.sql());
    const auto measures = measures_by_case(db.sql());
    const auto visits = store::last_visits(db.sql());
    const auto labour = labour_by_household(db.sql());
    std::vector<Alert> holding;
    for (const MonitoringCase& c : cases) {
      const auto mit = measures.find(c.case_id);
      const auto vit = visits.find(c.case_id);
      const auto lit = labour.find(c.household_key);
      CaseSnapshot snap{&c, mit == measures.end() ? std::span<const Measure>() : std::span<const Measure>(mit->second),
                              vit == visits.end() ? std::nullopt : std::optional<Date>(vit->second),
                              lit != labour.end() && lit->second, std::nullopt};
      if (const auto cit = checks.find(c.case_id); cit != checks.end()) snap.last_post_check = cit->second;
      for (Alert& a : rg::scan_alerts(snap, policy, limits_, as_of)) holding.push_back(std::move(a));
    }
    const AlertChanges changes = reconcile_alerts(holding, unresolved_alerts(db.sql()));
    SQLite::Statement ins(db.sql(),
                          "INSERT INTO rg_alerts(kind, case_id, detail, priority, message, state, raised) "
                          "VALUES (?,?,?,?,?,?,?)");
    for (const Alert& a : changes.raise) {
      ins.bind(1, static_cast<int>(a.kind));
      ins.bind(2, a.case_id);
      ins.bind(3, a.detail);
      ins.bind(4, a.priority);
      ins.bind(5, a.message);
      ins.bind(6, static_cast<int>(AlertState::kActive));
      ins.bind(7, as_of.days_since_epoch());
      ins.exec();
      ins.reset();
    }
    SQLite::Statement res(db.sql(),
                          "UPDATE rg_alerts SET state = ?, resolved_by = 'system', resolved_at = ?, "
                          "resolved_note = 'condition no longer holds' WHERE alert_id = ?");
    for (const int64_t id : changes.resolve) {
      res.bind(1, static_cast<int>(AlertState::kResolved));
      res.bind(2, as_of.days_since_epoch());
      res.bind(3, id);
      res.exec();
      res.reset();
    }
    unit.commit();
    return AlertScanResult{changes.raise.size(), changes.still_open, changes.resolve.size()};
  });
}

std::vector<StoredAlert> CaseRepository::list_alerts(std::optional<AlertState> state) {
  return store::guarded("listing alerts", [&] {
    std::vector<StoredAlert> out;
    SQLite::Statement q(store::database_of(store_).sql(), std::string("SELECT ") + kAlertColumns + " FROM rg_alerts" +
                                                              (state ? " WHERE state = ?" : "") +
                                                              " ORDER BY priority, alert_id");
    if (state) q.bind(1, static_cast<int>(*state));
    while (q.executeStep()) out.push_back(store::read_stored_alert(q));
    return out;
  });
}

namespace {

void move_alert(Store& s, int64_t alert_id, AlertState to, const std::string& who, Date when, const std::string& note) {
  store::check_case_text(who, "alert actor");
  store::check_case_text(note, "alert note");
  auto& db = store::database_of(s);
  store::UnitOfWork unit(db);
  SQLite::Statement q(db.sql(), "SELECT state FROM rg_alerts WHERE alert_id = ?");
  q.bind(1, alert_id);
  if (!q.executeStep()) throw Error(ErrorCode::kNotFound, "alert " + std::to_string(alert_id) + " is not in the store");
  check_alert_move(alert_id, static_cast<AlertState>(q.getColumn(0).getInt()), to, who);
  SQLite::Statement up(db.sql(), to == AlertState::kAcknowledged
                                     ? "UPDATE rg_alerts SET state = ?, acknowledged_by = ?, acknowledged_at = ?, "
                                       "acknowledged_note = ? WHERE alert_id = ?"
                                     : "UPDATE rg_alerts SET state = ?, resolved_by = ?, resolved_at = ?, "
                                       "resolved_note = ? WHERE alert_id = ?");
  up.bind(1, static_cast<int>(to));
  up.bind(2, who);
  up.bind(3, when.days_since_epoch());
  up.bind(4, note);
  up.bind(5, alert_id);
  up.exec();
  unit.commit();
}

}  // namespace

void CaseRepository::acknowledge_alert(int64_t alert_id, const std::string& who, Date when, const std::string& note) {
  store::guarded("acknowledging an alert", [&] {
    move_alert(store_, alert_id, AlertState::kAcknowledged, who, when, note);
    return 0;
  });
}

void CaseRepository::resolve_alert(int64_t alert_id, const std::string& who, Date when, const std::string& note) {
  store::guarded("resolving an alert", [&] {
    move_alert(store_, alert_id, AlertState::kResolved, who, when, note);
    return 0;
  });
}

}  // namespace rg
