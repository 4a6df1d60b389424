// Memberships, the registered-poor history and assistance exits in the store (status_repo.hpp;
// DOMAIN-2026 §7.1 rows 7.4 and 7.7, §7.3). The domain checks each record; this file checks the
// rows it depends on and writes inside one unit of work.
#include <optional>

#include "ruralguard/error.hpp"
#include "ruralguard/status_repo.hpp"
#include "store/case_rows.hpp"
#include "store/status_rows.hpp"
#include "store/store_impl.hpp"
#include "store/unit_of_work.hpp"

namespace rg {
namespace {

constexpr const char* kMembershipColumns =
    "m.membership_id, h.household_id, m.person_id, m.kind, m.authority, m.start_date, m.end_date, m.evidence";

Membership read_membership(SQLite::Statement& q) {
  Membership m;
  m.membership_id = q.getColumn(0).getInt64();
  m.household_id = q.getColumn(1).getString();
  m.person_id = q.getColumn(2).getString();
  m.kind = static_cast<MembershipKind>(q.getColumn(3).getInt());
  m.authority = q.getColumn(4).getString();
  m.start = Date::from_days_since_epoch(q.getColumn(5).getInt());
  if (!q.getColumn(6).isNull()) m.end = Date::from_days_since_epoch(q.getColumn(6).getInt());
  m.evidence = q.getColumn(7).getString();
  return m;
}

std::string span_text(Date start, std::optional<Date> end) {
  return start.to_string() + ".." + (end ? end->to_string() : std::string("open"));
}

}  // namespace

StatusRepository::StatusRepository(Store& store) : store_(store) {}

int64_t StatusRepository::record_membership(const Membership& m) {
  check_membership(m);
  return store::guarded("recording a membership", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    const int64_t household = store::status_household_key(db.sql(), m.household_id, "membership");
    if (!m.person_id.empty()) {
      SQLite::Statement p(db.sql(), "SELECT 1 FROM rg_members WHERE person_id = ? AND household = ?");
      p.bind(1, m.person_id);
      p.bind(2, household);
      if (!p.executeStep()) {
        throw Error(ErrorCode::kNotFound, "membership: person '" + m.person_id + "' is not a member of household '" +
                                              m.household_id + "'");
      }
    }
    // Memberships of different kinds overlap freely; one kind held twice at once is a duplicate.
    SQLite::Statement overlap(db.sql(),
                              "SELECT start_date, end_date FROM rg_memberships WHERE household = ? AND person_id = ? "
                              "AND kind = ? AND (end_date IS NULL OR end_date >= ?) AND (? IS NULL OR start_date <= ?) "
                              "LIMIT 1");
    overlap.bind(1, household);
    overlap.bind(2, m.person_id);
    overlap.bind(3, static_cast<int>(m.kind));
    overlap.bind(4, m.start.days_since_epoch());
    if (m.end) {
      overlap.bind(5, m.end->days_since_epoch());
      overlap.bind(6, m.end->days_since_epoch());
    }
    if (overlap.executeStep()) {
      std::optional<Date> end;
      if (!overlap.getColumn(1).isNull()) end = Date::from_days_since_epoch(overlap.getColumn(1).getInt());
      throw Error(ErrorCode::kExists,
                  "membership: household '" + m.household_id + "'" +
                      (m.person_id.empty() ? std::string() : " person '" + m.person_id + "'") + " already holds " +
                      std::string(membership_kind_code(m.kind)) + " " +
                      span_text(Date::from_days_since_epoch(overlap.getColumn(0).getInt()), end) +
                      ", which overlaps " + span_text(m.start, m.end));
    }
    SQLite::Statement ins(db.sql(),
                          "INSERT INTO rg_memberships(household, person_id, kind, authority, start_date, end_date, "
                          "evidence) VALUES (?,?,?,?,?,?,?)");
    ins.bind(1, household);
    ins.bind(2, m.person_id);
    ins.bind(3, static_cast<int>(m.kind));
    ins.bind(4, m.authority);
    ins.bind(5, m.start.days_since_epoch());
    if (m.end) ins.bind(6, m.end->days_since_epoch());
    ins.bind(7, m.evidence);
    ins.exec();
    const int64_t id = db.sql().getLastInsertRowid();
    unit.commit();
    return id;
  });
}

void StatusRepository::end_membership(int64_t membership_id, Date end) {
  store::guarded("ending membership " + std::to_string(membership_id), [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    SQLite::Statement q(db.sql(), "SELECT start_date, end_date, kind FROM rg_memberships WHERE membership_id = ?");
    q.bind(1, membership_id);
    if (!q.executeStep()) {
      throw Error(ErrorCode::kNotFound, "membership " + std::to_string(membership_id) + " is not in the store");
    }
    const Date start = Date::from_days_since_epoch(q.getColumn(0).getInt());
    if (!q.getColumn(1).isNull()) {
      throw Error(ErrorCode::kState, "membership " + std::to_string(membership_id) + " ended on " +
                                         Date::from_days_since_epoch(q.getColumn(1).getInt()).to_string() +
                                         " already; its end is history and is not moved");
    }
    if (end < start) {
      throw Error(ErrorCode::kRange, "membership " + std::to_string(membership_id) + ": end " + end.to_string() +
                                         " is before start " + start.to_string());
    }
    SQLite::Statement u(db.sql(), "UPDATE rg_memberships SET end_date = ? WHERE membership_id = ? AND end_date IS NULL");
    u.bind(1, end.days_since_epoch());
    u.bind(2, membership_id);
    u.exec();
    unit.commit();
  });
}

std::vector<Membership> StatusRepository::memberships_of(std::string_view household_id) {
  return store::guarded("reading memberships", [&] {
    auto& db = store::database_of(store_);
    const int64_t household = store::status_household_key(db.sql(), household_id, "memberships");
    SQLite::Statement q(db.sql(), std::string("SELECT ") + kMembershipColumns +
                                      " FROM rg_memberships m JOIN rg_households h ON h.id = m.household "
                                      "WHERE m.household = ? ORDER BY m.start_date, m.membership_id");
    q.bind(1, household);
    std::vector<Membership> out;
    while (q.executeStep()) out.push_back(read_membership(q));
    return out;
  });
}

std::vector<Membership> StatusRepository::memberships_on(std::string_view household_id, Date day) {
  std::vector<Membership> out;
  for (Membership& m : memberships_of(household_id)) {
    if (m.start <= day && (!m.end || day <= *m.end)) out.push_back(std::move(m));
  }
  return out;
}

void StatusRepository::set_registered_poor(const RegisteredPoorHistory& h) {
  check_registered_poor(h);
  store::guarded("recording the registered-poor history", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    const int64_t household = store::status_household_key(db.sql(), h.household_id, "registered-poor history");
    const std::optional<RegisteredPoorHistory> before = registered_poor(h.household_id);
    if (before) {
      if (before->registered_year == h.registered_year && before->exit_year == h.exit_year && before->source == h.source) {
        return;  // the same history again: nothing changes
      }
      const bool fills_exit = !before->exit_year && h.exit_year && before->registered_year == h.registered_year &&
                              before->source == h.source;
      if (!fills_exit) {
        throw Error(ErrorCode::kRefused,
                    "registered-poor history of household '" + h.household_id + "' (registered " +
                        std::to_string(before->registered_year) + ", exited " +
                        (before->exit_year ? std::to_string(*before->exit_year) : std::string("-")) +
                        ") is permanent: it cannot be overwritten");
      }
      SQLite::Statement u(db.sql(), "UPDATE rg_registered_poor SET exit_year = ? WHERE household = ?");
      u.bind(1, *h.exit_year);
      u.bind(2, household);
      u.exec();
    } else {
      SQLite::Statement ins(db.sql(),
                            "INSERT INTO rg_registered_poor(household, registered_year, exit_year, source) VALUES (?,?,?,?)");
      ins.bind(1, household);
      ins.bind(2, h.registered_year);
      if (h.exit_year) ins.bind(3, *h.exit_year);
      ins.bind(4, h.source);
      ins.exec();
    }
    unit.commit();
  });
}

std::optional<RegisteredPoorHistory> StatusRepository::registered_poor(std::string_view household_id) {
  return store::guarded("reading the registered-poor history", [&]() -> std::optional<RegisteredPoorHistory> {
    auto& db = store::database_of(store_);
    const int64_t household = store::status_household_key(db.sql(), household_id, "registered-poor history");
    SQLite::Statement q(db.sql(), "SELECT registered_year, exit_year, source FROM rg_registered_poor WHERE household = ?");
    q.bind(1, household);
    if (!q.executeStep()) return std::nullopt;
    RegisteredPoorHistory h;
    h.household_id = std::string(household_id);
    h.registered_year = q.getColumn(0).getInt();
    if (!q.getColumn(1).isNull()) h.exit_year = q.getColumn(1).getInt();
    h.source = q.getColumn(2).getString();
    return h;
  });
}

void StatusRepository::record_assistance_exit(const AssistanceExit& e) {
  check_assistance_exit(e);
  store::guarded("recording an assistance exit", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    const int64_t household = store::status_household_key(db.sql(), e.household_id, "assistance exit");
    if (!registered_poor(e.household_id)) {
      throw Error(ErrorCode::kRefused, "assistance exit: household '" + e.household_id +
                                           "' was never registered poor (建档立卡); only former registered "
                                           "households exit assistance (DOMAIN-2026 §7.1 row 7.7)");
    }
    if (const auto before = assistance_exit(e.household_id)) {
      throw Error(ErrorCode::kExists, "assistance exit: household '" + e.household_id + "' exited assistance on " +
                                          before->date.to_string() + " already");
    }
    SQLite::Statement ins(db.sql(),
                          "INSERT INTO rg_assistance_exits(household, exit_date, assessment_date, assessment, authority, "
                          "evidence) VALUES (?,?,?,?,?,?)");
    ins.bind(1, household);
    ins.bind(2, e.date.days_since_epoch());
    ins.bind(3, e.assessment_date.days_since_epoch());
    ins.bind(4, e.assessment);
    ins.bind(5, e.authority);
    ins.bind(6, e.evidence);
    ins.exec();
    unit.commit();
  });
}

std::optional<AssistanceExit> StatusRepository::assistance_exit(std::string_view household_id) {
  return store::guarded("reading an assistance exit", [&]() -> std::optional<AssistanceExit> {
    auto& db = store::database_of(store_);
    const int64_t household = store::status_household_key(db.sql(), household_id, "assistance exit");
    SQLite::Statement q(db.sql(), "SELECT exit_date, assessment_date, assessment, authority, evidence "
                                  "FROM rg_assistance_exits WHERE household = ?");
    q.bind(1, household);
    if (!q.executeStep()) return std::nullopt;
    AssistanceExit e;
    e.household_id = std::string(household_id);
    e.date = Date::from_days_since_epoch(q.getColumn(0).getInt());
    e.assessment_date = Date::from_days_since_epoch(q.getColumn(1).getInt());
    e.assessment = q.getColumn(2).getString();
    e.authority = q.getColumn(3).getString();
    e.evidence = q.getColumn(4).getString();
    return e;
  });
}

}  // namespace rg
