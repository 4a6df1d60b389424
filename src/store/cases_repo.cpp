#include "ruralguard/cases_repo.hpp"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <climits>
#include <unordered_map>

#include "ruralguard/error.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/income.hpp"
#include "store/household_columns_access.hpp"
#include "store/store_impl.hpp"
#include "store/unit_of_work.hpp"

namespace rg {
namespace {


SQLite::Database& sql(Store& s) { return s.impl().db.sql(); }

template <typename Fn>
auto guarded(const std::string& context, Fn&& fn) {
  try {
    return fn();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, context);
  }
}

void check_text(const std::string& text, const char* field) {
  if (text.size() > kCaseTextBytesMax) {
    throw Error(ErrorCode::kLimit, std::string(field) + " has " + std::to_string(text.size()) +
                                       " bytes, the maximum is " + std::to_string(kCaseTextBytesMax) +
                                       " (kCaseTextBytesMax)");
  }
}

template <typename T>
void bind_opt_date(SQLite::Statement& q, int index, const std::optional<T>& d) {
  if (d) {
    q.bind(index, d->days_since_epoch());
  } else {
    q.bind(index);
  }
}

std::optional<Date> opt_date(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return Date::from_days_since_epoch(c.getInt());
}

bool household_exists(Store& s, int64_t key) {
  SQLite::Statement q(sql(s), "SELECT 1 FROM rg_households WHERE id = ?");
  q.bind(1, key);
  return q.executeStep();
}

constexpr const char* kCaseColumns =
    "case_id, household, channel, found, state, category, risk_mask, level, contact_name, contact_phone, "
    "contact_rank, identified, notice_start, notice_end, votes_for, votes_against, eliminated, elimination_kind, "
    "rollbacks, rejection_reason";

MonitoringCase case_from_row(SQLite::Statement& q) {
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
  return c;
}

int64_t insert_case(Store& s, const MonitoringCase& c) {
  SQLite::Statement q(sql(s),
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
  return sql(s).getLastInsertRowid();
}

void update_case(Store& s, const MonitoringCase& c) {
  SQLite::Statement q(sql(s),
                      "UPDATE rg_cases SET state=?, category=?, risk_mask=?, level=?, contact_name=?, contact_phone=?, "
                      "contact_rank=?, identified=?, notice_start=?, notice_end=?, votes_for=?, votes_against=?, "
                      "eliminated=?, elimination_kind=?, rollbacks=?, rejection_reason=? WHERE case_id=?");
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
  q.bind(17, c.case_id);
  q.exec();
}

void insert_event(Store& s, int64_t case_id, const CaseEvent& e) {
  SQLite::Statement q(sql(s),
                      "INSERT INTO rg_case_events(case_id, sequence, step, from_state, to_state, date, actor, note) "
                      "VALUES (?,?,?,?,?,?,?,?)");
  q.bind(1, case_id);
  q.bind(2, e.sequence);
  q.bind(3, static_cast<int>(e.step));
  q.bind(4, static_cast<int>(e.from));
  q.bind(5, static_cast<int>(e.to));
  q.bind(6, e.date.days_since_epoch());
  q.bind(7, e.actor);
  q.bind(8, e.note);
  q.exec();
}


bool under_monitoring(CaseState s) {
  return s == CaseState::kMonitored || s == CaseState::kEliminationVerified || s == CaseState::kEliminationReviewed ||
         s == CaseState::kEliminationNoticed || s == CaseState::kEliminationTownshipApproved;
}

Measure measure_from_row(SQLite::Statement& q) {
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

constexpr const char* kMeasureColumns =
    "measure_id, case_id, category, content, start, end_date, planned_amount, status, transfer_hi, transfer_lo";

// The household's facts as the risk rules see them, from the store, on `as_of`.
HouseholdFacts household_facts(Store& s, int64_t household_key, Date as_of, const Policy& policy) {
  HouseholdColumnOptions options;
  options.as_of = as_of;
  options.income_policies = income_item_policies(policy);
  const HouseholdColumnData cols = store::load_household_columns_of(s, options, household_key);  // read by key
  if (cols.size() == 0) throw Error(ErrorCode::kNotFound, "household key " + std::to_string(household_key) + " is not in the store");
  for (std::size_t i = 0; i < cols.size(); ++i) {
    if (cols.household_key[i] != household_key) continue;
    if (cols.income_period_end[i] == HouseholdColumnData::kDateNone) {
      throw Error(ErrorCode::kRefused, "household key " + std::to_string(household_key) +
                                           " has no income statement on or before " + as_of.to_string());
    }
    HouseholdFacts f;
    f.region_code = cols.region_code[i];
    f.kind = static_cast<HouseholdKind>(cols.kind[i]);
    f.per_capita_income = Money::from_units(cols.per_capita_income[i]);
    if (cols.previous_per_capita_income[i] != HouseholdColumnData::kMoneyUnknown) {
      f.previous_per_capita_income = Money::from_units(cols.previous_per_capita_income[i]);
    }
    f.net_income = Money::from_units(cols.net_income[i]);
    f.medical_out_of_pocket = Money::from_units(cols.medical_out_of_pocket[i]);
    f.education_out_of_pocket = Money::from_units(cols.education_out_of_pocket[i]);
    f.income_period_end = Date::from_days_since_epoch(cols.income_period_end[i]);
    f.members = cols.members[i];
    f.labour_capable = cols.labour_capable[i];
    f.weak_labour = cols.weak_labour[i];
    f.seriously_ill = cols.seriously_ill[i];
    f.chronically_ill = cols.chronically_ill[i];
    f.disabled = cols.disabled[i];
    f.guarantee_failures = cols.guarantee_failures[i];
    return f;
  }
  throw Error(ErrorCode::kNotFound, "household key " + std::to_string(household_key) + " has no active data");
}

}  // namespace

Ratio CaseReport::measure_coverage() const {
  return under_monitoring == 0 ? Ratio() : Ratio(with_measure, under_monitoring);
}
Ratio CaseReport::elimination_rate() const {
  const int64_t base = under_monitoring + eliminated;
  return base == 0 ? Ratio() : Ratio(eliminated, base);
}
Ratio CaseReport::average_identification_days() const {
  return identified_total == 0 ? Ratio() : Ratio(identification_days_sum, identified_total);
}

CaseRepository::CaseRepository(Store& store, ProcedureLimits limits) : store_(store), limits_(limits) {}

IngestResult CaseRepository::ingest_department_records(std::span<const DepartmentRecord> records, const Policy& policy) {
  if (records.size() > kIngestRecordsMax) {
    throw Error(ErrorCode::kLimit, "ingest: " + std::to_string(records.size()) + " records exceed the maximum " +
                                       std::to_string(kIngestRecordsMax) + " per batch (kIngestRecordsMax)");
  }
  return guarded("ingesting department records", [&] {
    ScreeningResult screened = screen_department_records(records, policy);
    IngestResult out;
    out.records = records.size();
    out.status = std::move(screened.status);
    out.below_threshold = screened.below_threshold;
    out.duplicates = screened.duplicates;
    for (auto s : out.status) out.rejected_records += s != 0;
    store::UnitOfWork unit(store_.impl().db);
    SQLite::Statement exists(sql(store_), "SELECT 1 FROM rg_households WHERE id = ?");
    SQLite::Statement open(sql(store_),
                           "SELECT case_id FROM rg_cases WHERE household = ? AND state NOT IN (8, 13) LIMIT 1");
    SQLite::Statement ins(sql(store_),
                          "INSERT INTO rg_clues(household, channel, department, metric, period_key, amount, found, "
                          "case_id, note) VALUES (?,?,?,?,?,?,?,NULL, '') ON CONFLICT DO NOTHING");
    SQLite::Statement link(sql(store_), "UPDATE rg_clues SET case_id = ? WHERE clue_id = ?");
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
      const int64_t clue_id = sql(store_).getLastInsertRowid();
      ++out.clues_raised;
      open.bind(1, clue.household_key);
      std::optional<int64_t> case_id;
      if (open.executeStep()) case_id = open.getColumn(0).getInt64();
      open.reset();
      if (case_id) {
        ++out.attached_to_open_case;
      } else {
        MonitoringCase c;
        c.household_key = clue.household_key;
        c.channel = ClueChannel::kDepartmentData;
        c.found = clue.period;
        case_id = insert_case(store_, c);
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

int64_t CaseRepository::open_case(int64_t household_key, ClueChannel channel, Date found, const std::string& note) {
  check_text(note, "clue note");
  const auto ch = static_cast<int>(channel);
  if (ch < 1 || ch > 7) throw Error(ErrorCode::kInvalidArgument, "open_case: unknown channel " + std::to_string(ch));
  return guarded("opening a case", [&] {
    store::UnitOfWork unit(store_.impl().db);
    if (!household_exists(store_, household_key)) {
      throw Error(ErrorCode::kNotFound, "household key " + std::to_string(household_key) + " is not in the store");
    }
    if (auto open = open_case_of(household_key)) {
      throw Error(ErrorCode::kExists, "household key " + std::to_string(household_key) + " already has open case " +
                                          std::to_string(*open));
    }
    MonitoringCase c;
    c.household_key = household_key;
    c.channel = channel;
    c.found = found;
    const int64_t id = insert_case(store_, c);
    SQLite::Statement clue(sql(store_),
                           "INSERT INTO rg_clues(household, channel, department, metric, period_key, amount, found, "
                           "case_id, note) VALUES (?,?,0,0,?,0,?,?,?)");
    clue.bind(1, household_key);
    clue.bind(2, ch);
    clue.bind(3, found.days_since_epoch());
    clue.bind(4, found.days_since_epoch());
    clue.bind(5, id);
    clue.bind(6, note);
    clue.exec();
    unit.commit();
    return id;
  });
}

std::optional<int64_t> CaseRepository::open_case_of(int64_t household_key) {
  return guarded("finding an open case", [&]() -> std::optional<int64_t> {
    SQLite::Statement q(sql(store_), "SELECT case_id FROM rg_cases WHERE household = ? AND state NOT IN (8, 13) LIMIT 1");
    q.bind(1, household_key);
    if (q.executeStep()) return q.getColumn(0).getInt64();
    return std::nullopt;
  });
}

MonitoringCase CaseRepository::load_case(int64_t case_id) {
  return guarded("loading case " + std::to_string(case_id), [&] {
    SQLite::Statement q(sql(store_), std::string("SELECT ") + kCaseColumns + " FROM rg_cases WHERE case_id = ?");
    q.bind(1, case_id);
    if (!q.executeStep()) throw Error(ErrorCode::kNotFound, "case " + std::to_string(case_id) + " is not in the store");
    MonitoringCase c = case_from_row(q);
    SQLite::Statement ev(sql(store_),
                         "SELECT sequence, step, from_state, to_state, date, actor, note FROM rg_case_events "
                         "WHERE case_id = ? ORDER BY sequence");
    ev.bind(1, case_id);
    while (ev.executeStep()) {
      CaseEvent e;
      e.sequence = ev.getColumn(0).getInt();
      e.step = static_cast<CaseStep>(ev.getColumn(1).getInt());
      e.from = static_cast<CaseState>(ev.getColumn(2).getInt());
      e.to = static_cast<CaseState>(ev.getColumn(3).getInt());
      e.date = Date::from_days_since_epoch(ev.getColumn(4).getInt());
      e.actor = ev.getColumn(5).getString();
      e.note = ev.getColumn(6).getString();
      c.events.push_back(std::move(e));
    }
    return c;
  });
}

MonitoringCase CaseRepository::advance(int64_t case_id, const StepInput& step, const Policy& policy,
                                       std::optional<Date> income_stable_since) {
  check_text(step.note, "step note");
  check_text(step.actor, "step actor");
  if (step.contact) {
    check_text(step.contact->name, "contact name");
    check_text(step.contact->phone, "contact phone");
    check_text(step.contact->rank, "contact rank");
  }
  return guarded("advancing case " + std::to_string(case_id), [&] {
    store::UnitOfWork unit(store_.impl().db);
    const MonitoringCase current = load_case(case_id);
    std::optional<EliminationContext> ctx;
    if (step.step == CaseStep::kCountyApprove && current.state == CaseState::kEliminationTownshipApproved) {
      EliminationContext e;
      e.household = household_facts(store_, current.household_key, step.date, policy);
      SQLite::Statement q(sql(store_), "SELECT count(*) FROM rg_measures WHERE case_id = ? AND status = 2");
      q.bind(1, case_id);
      q.executeStep();
      e.measures_implemented = q.getColumn(0).getInt();
      e.income_stable_since = income_stable_since;
      ctx = std::move(e);
    }
    MonitoringCase next = apply_step(current, step, policy, limits_, ctx ? &*ctx : nullptr);
    update_case(store_, next);
    insert_event(store_, case_id, next.events.back());
    unit.commit();
    return next;
  });
}

int64_t CaseRepository::add_measure(const Measure& m, const std::string& actor) {
  validate_measure(m);
  check_text(actor, "actor");
  return guarded("adding a measure", [&] {
    store::UnitOfWork unit(store_.impl().db);
    const MonitoringCase c = load_case(m.case_id);
    if (!under_monitoring(c.state) && c.state != CaseState::kEliminated) {
      throw Error(ErrorCode::kState, "case " + std::to_string(m.case_id) + " is in state '" +
                                         std::string(case_state_name(c.state)) +
                                         "': measures are recorded once the household is monitored");
    }
    SQLite::Statement q(sql(store_),
                        "INSERT INTO rg_measures(case_id, category, content, start, end_date, planned_amount, status, "
                        "transfer_hi, transfer_lo) VALUES (?,?,?,?,?,?,?,?,?)");
    q.bind(1, m.case_id);
    q.bind(2, static_cast<int>(m.category));
    q.bind(3, m.content);
    q.bind(4, m.start.days_since_epoch());
    bind_opt_date(q, 5, m.end);
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
    const int64_t id = sql(store_).getLastInsertRowid();
    SQLite::Statement ev(sql(store_), "INSERT INTO rg_measure_events(measure_id, status, date, actor) VALUES (?,?,?,?)");
    ev.bind(1, id);
    ev.bind(2, static_cast<int>(m.status));
    ev.bind(3, m.start.days_since_epoch());
    ev.bind(4, actor);
    ev.exec();
    unit.commit();
    return id;
  });
}

void CaseRepository::set_measure_status(int64_t measure_id, MeasureStatus status, Date date, const std::string& actor) {
  check_text(actor, "actor");
  guarded("updating measure " + std::to_string(measure_id), [&] {
    store::UnitOfWork unit(store_.impl().db);
    SQLite::Statement q(sql(store_), std::string("SELECT ") + kMeasureColumns + " FROM rg_measures WHERE measure_id = ?");
    q.bind(1, measure_id);
    if (!q.executeStep()) throw Error(ErrorCode::kNotFound, "measure " + std::to_string(measure_id) + " is not in the store");
    const Measure next = advance_measure(measure_from_row(q), status);
    SQLite::Statement up(sql(store_), "UPDATE rg_measures SET status = ? WHERE measure_id = ?");
    up.bind(1, static_cast<int>(next.status));
    up.bind(2, measure_id);
    up.exec();
    SQLite::Statement ev(sql(store_), "INSERT INTO rg_measure_events(measure_id, status, date, actor) VALUES (?,?,?,?)");
    ev.bind(1, measure_id);
    ev.bind(2, static_cast<int>(status));
    ev.bind(3, date.days_since_epoch());
    ev.bind(4, actor);
    ev.exec();
    unit.commit();
    return 0;
  });
}

std::vector<Measure> CaseRepository::measures_of(int64_t case_id) {
  return guarded("loading measures", [&] {
    std::vector<Measure> out;
    SQLite::Statement q(sql(store_), std::string("SELECT ") + kMeasureColumns +
                                         " FROM rg_measures WHERE case_id = ? ORDER BY measure_id");
    q.bind(1, case_id);
    while (q.executeStep()) out.push_back(measure_from_row(q));
    return out;
  });
}

int64_t CaseRepository::record_visit(const Visit& v) {
  check_text(v.visitor, "visitor");
  check_text(v.findings, "findings");
  if (v.visitor.empty()) throw Error(ErrorCode::kInvalidArgument, "visit: the visitor is required");
  return guarded("recording a visit", [&] {
    store::UnitOfWork unit(store_.impl().db);
    const MonitoringCase c = load_case(v.case_id);
    if (v.date < c.found) {
      throw Error(ErrorCode::kRange, "visit on " + v.date.to_string() + " is before case " + std::to_string(c.case_id) +
                                         " was opened (" + c.found.to_string() + ")");
    }
    SQLite::Statement q(sql(store_), "INSERT INTO rg_visits(case_id, date, visitor, findings) VALUES (?,?,?,?)");
    q.bind(1, v.case_id);
    q.bind(2, v.date.days_since_epoch());
    q.bind(3, v.visitor);
    q.bind(4, v.findings);
    q.exec();
    const int64_t id = sql(store_).getLastInsertRowid();
    unit.commit();
    return id;
  });
}

std::optional<Date> CaseRepository::last_visit(int64_t case_id) {
  return guarded("loading visits", [&]() -> std::optional<Date> {
    SQLite::Statement q(sql(store_), "SELECT max(date) FROM rg_visits WHERE case_id = ?");
    q.bind(1, case_id);
    q.executeStep();
    return opt_date(q.getColumn(0));
  });
}

AlertScanResult CaseRepository::scan_alerts(const Policy& policy, Date as_of) {
  return guarded("scanning alerts", [&] {
    store::UnitOfWork unit(store_.impl().db);
    // Bulk loads: open cases, their measures, last visits and labour (no query per case).
    std::vector<MonitoringCase> cases;
    {
      SQLite::Statement q(sql(store_), std::string("SELECT ") + kCaseColumns + " FROM rg_cases WHERE state NOT IN (8, 13)");
      while (q.executeStep()) cases.push_back(case_from_row(q));
    }
    std::unordered_map<int64_t, std::vector<Measure>> measures;
    {
      SQLite::Statement q(sql(store_), std::string("SELECT ") + kMeasureColumns + " FROM rg_measures");
      while (q.executeStep()) {
        Measure m = measure_from_row(q);
        measures[m.case_id].push_back(std::move(m));
      }
    }
    std::unordered_map<int64_t, Date> visits;
    {
      SQLite::Statement q(sql(store_), "SELECT case_id, max(date) FROM rg_visits GROUP BY case_id");
      while (q.executeStep()) visits.emplace(q.getColumn(0).getInt64(), Date::from_days_since_epoch(q.getColumn(1).getInt()));
    }
    std::unordered_map<int64_t, bool> labour;
    {
      SQLite::Statement q(sql(store_),
                          "SELECT household, max(labour IN (1, 2, 3)) FROM rg_members WHERE status = 1 GROUP BY household");
      while (q.executeStep()) labour.emplace(q.getColumn(0).getInt64(), q.getColumn(1).getInt() != 0);
    }
    struct Key {
      int kind;
      int64_t case_id;
      std::string detail;
      bool operator==(const Key&) const = default;
    };
    struct KeyHash {
      std::size_t operator()(const Key& k) const noexcept {
        return std::hash<int64_t>{}(k.case_id * 8 + k.kind) ^ std::hash<std::string>{}(k.detail);
      }
    };
    std::unordered_map<Key, int64_t, KeyHash> open_alerts;  // -> alert id
    {
      SQLite::Statement q(sql(store_), "SELECT alert_id, kind, case_id, detail FROM rg_alerts WHERE state <> 3");
      while (q.executeStep()) {
        open_alerts.emplace(Key{q.getColumn(1).getInt(), q.getColumn(2).getInt64(), q.getColumn(3).getString()},
                            q.getColumn(0).getInt64());
      }
    }
    AlertScanResult out;
    SQLite::Statement ins(sql(store_),
                          "INSERT INTO rg_alerts(kind, case_id, detail, priority, message, state, raised) "
                          "VALUES (?,?,?,?,?,1,?)");
    static const std::vector<Measure> kNone;
    for (const MonitoringCase& c : cases) {
      const auto mit = measures.find(c.case_id);
      const auto vit = visits.find(c.case_id);
      const auto lit = labour.find(c.household_key);
      CaseSnapshot snap{&c, mit == measures.end() ? std::span<const Measure>(kNone) : std::span<const Measure>(mit->second),
                        vit == visits.end() ? std::nullopt : std::optional<Date>(vit->second),
                        lit != labour.end() && lit->second};
      for (const Alert& a : rg::scan_alerts(snap, policy, limits_, as_of)) {
        const Key key{static_cast<int>(a.kind), a.case_id, a.detail};
        if (auto it = open_alerts.find(key); it != open_alerts.end()) {
          ++out.still_open;
          open_alerts.erase(it);
          continue;
        }
        ins.bind(1, static_cast<int>(a.kind));
        ins.bind(2, a.case_id);
        ins.bind(3, a.detail);
        ins.bind(4, a.priority);
        ins.bind(5, a.message);
        ins.bind(6, as_of.days_since_epoch());
        ins.exec();
        ins.reset();
        ++out.raised;
      }
    }
    // Whatever is still in open_alerts no longer holds.
    SQLite::Statement res(sql(store_),
                          "UPDATE rg_alerts SET state = 3, resolved_by = 'system', resolved_at = ?, "
                          "resolved_note = 'condition no longer holds' WHERE alert_id = ?");
    for (const auto& [key, id] : open_alerts) {
      res.bind(1, as_of.days_since_epoch());
      res.bind(2, id);
      res.exec();
      res.reset();
      ++out.auto_resolved;
    }
    unit.commit();
    return out;
  });
}

std::vector<StoredAlert> CaseRepository::list_alerts(std::optional<AlertState> state) {
  return guarded("listing alerts", [&] {
    std::vector<StoredAlert> out;
    SQLite::Statement q(sql(store_),
                        std::string("SELECT alert_id, kind, case_id, detail, priority, message, state, raised, "
                                    "coalesce(acknowledged_by, ''), coalesce(resolved_by, ''), coalesce(resolved_note, '') "
                                    "FROM rg_alerts") +
                            (state ? " WHERE state = ?" : "") + " ORDER BY priority, alert_id");
    if (state) q.bind(1, static_cast<int>(*state));
    while (q.executeStep()) {
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
      out.push_back(std::move(a));
    }
    return out;
  });
}

namespace {

void move_alert(Store& s, int64_t alert_id, AlertState from, AlertState to, const std::string& who, Date when,
                const std::string& note) {
  check_text(who, "alert actor");
  check_text(note, "alert note");
  if (who.empty()) throw Error(ErrorCode::kInvalidArgument, "alert " + std::to_string(alert_id) + ": who is required");
  store::UnitOfWork unit(s.impl().db);
  SQLite::Statement q(sql(s), "SELECT state FROM rg_alerts WHERE alert_id = ?");
  q.bind(1, alert_id);
  if (!q.executeStep()) throw Error(ErrorCode::kNotFound, "alert " + std::to_string(alert_id) + " is not in the store");
  const auto current = static_cast<AlertState>(q.getColumn(0).getInt());
  auto name = [](AlertState st) {
    return st == AlertState::kActive ? "active" : st == AlertState::kAcknowledged ? "acknowledged" : "resolved";
  };
  if (current != from) {
    throw Error(ErrorCode::kState, "alert " + std::to_string(alert_id) + " is " + name(current) + ": it cannot become " +
                                       name(to) + " (active -> acknowledged -> resolved)");
  }
  SQLite::Statement up(sql(s), to == AlertState::kAcknowledged
                                   ? "UPDATE rg_alerts SET state = 2, acknowledged_by = ?, acknowledged_at = ?, "
                                     "acknowledged_note = ? WHERE alert_id = ?"
                                   : "UPDATE rg_alerts SET state = 3, resolved_by = ?, resolved_at = ?, "
                                     "resolved_note = ? WHERE alert_id = ?");
  up.bind(1, who);
  up.bind(2, when.days_since_epoch());
  up.bind(3, note);
  up.bind(4, alert_id);
  up.exec();
  unit.commit();
}

}  // namespace

void CaseRepository::acknowledge_alert(int64_t alert_id, const std::string& who, Date when, const std::string& note) {
  guarded("acknowledging an alert", [&] {
    move_alert(store_, alert_id, AlertState::kActive, AlertState::kAcknowledged, who, when, note);
    return 0;
  });
}

void CaseRepository::resolve_alert(int64_t alert_id, const std::string& who, Date when, const std::string& note) {
  guarded("resolving an alert", [&] {
    move_alert(store_, alert_id, AlertState::kAcknowledged, AlertState::kResolved, who, when, note);
    return 0;
  });
}

CaseReport CaseRepository::report(const Policy& policy, Date as_of) {
  return guarded("reporting cases", [&] {
    CaseReport r;
    std::vector<MonitoringCase> cases;
    {
      SQLite::Statement q(sql(store_), std::string("SELECT ") + kCaseColumns + " FROM rg_cases");
      while (q.executeStep()) cases.push_back(case_from_row(q));
    }
    std::unordered_map<int64_t, int> measured;
    {
      SQLite::Statement q(sql(store_), "SELECT case_id, count(*) FROM rg_measures WHERE status IN (1, 2) GROUP BY case_id");
      while (q.executeStep()) measured.emplace(q.getColumn(0).getInt64(), q.getColumn(1).getInt());
    }
    std::unordered_map<int64_t, Date> visits;
    {
      SQLite::Statement q(sql(store_), "SELECT case_id, max(date) FROM rg_visits GROUP BY case_id");
      while (q.executeStep()) visits.emplace(q.getColumn(0).getInt64(), Date::from_days_since_epoch(q.getColumn(1).getInt()));
    }
    for (const MonitoringCase& c : cases) {
      r.by_state[c.state] += 1;
      if (c.identified) {
        r.identified_total += 1;
        r.identification_days_sum += c.found.days_until(*c.identified);
      }
      if (c.state == CaseState::kEliminated) r.eliminated += 1;
      if (!under_monitoring(c.state)) continue;
      r.under_monitoring += 1;
      r.by_category[c.category] += 1;
      r.by_level[c.level] += 1;
      if (measured.contains(c.case_id)) r.with_measure += 1;
      const auto v = visits.find(c.case_id);
      const auto due = next_visit_due(c, v == visits.end() ? std::nullopt : std::optional<Date>(v->second), policy);
      if (due && *due < as_of) r.overdue_visits += 1;
    }
    return r;
  });
}

std::string CaseRepository::public_notice(int64_t case_id, const std::string& head_name_masked, bool elimination) {
  check_text(head_name_masked, "head name");
  return guarded("rendering the public notice of case " + std::to_string(case_id), [&] {
    const MonitoringCase c = load_case(case_id);
    SQLite::Statement q(sql(store_),
                        "SELECT r.name, h.household_id, (SELECT count(*) FROM rg_members m WHERE m.household = h.id "
                        "AND m.status = 1) FROM rg_households h JOIN rg_regions r ON r.code = h.region WHERE h.id = ?");
    q.bind(1, c.household_key);
    if (!q.executeStep()) {
      throw Error(ErrorCode::kNotFound, "household key " + std::to_string(c.household_key) + " is not in the store");
    }
    NoticeSubject subject{q.getColumn(0).getString(), head_name_masked, q.getColumn(1).getString(), q.getColumn(2).getInt()};
    return render_public_notice(c, subject, elimination);
  });
}

}  // namespace rg
