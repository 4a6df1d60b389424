// Risk warning letters in the store (include/ruralguard/warning_letters_repo.hpp; migration 12).
#include "ruralguard/warning_letters_repo.hpp"

#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "store/case_rows.hpp"
#include "store/store_impl.hpp"
#include "store/unit_of_work.hpp"

namespace rg {

WarningLetterRepository::WarningLetterRepository(Store& store) : store_(store) {}

int64_t WarningLetterRepository::issue(const WarningLetter& letter) {
  check_letter(letter);
  return store::guarded("issuing warning letter '" + letter.batch + "'", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    {
      SQLite::Statement dup(db.sql(),
                            "SELECT letter_id FROM rg_warning_letters WHERE department = ? AND "
                            "county = ? AND batch = ?");
      dup.bind(1, static_cast<int>(letter.department));
      dup.bind(2, static_cast<int64_t>(letter.county));
      dup.bind(3, letter.batch);
      if (dup.executeStep()) {
        throw Error(ErrorCode::kExists, "warning letter batch '" + letter.batch + "' to county " +
                                            std::to_string(letter.county) + " is already letter " +
                                            std::to_string(dup.getColumn(0).getInt64()));
      }
    }
    SQLite::Statement q(db.sql(),
                        "INSERT INTO rg_warning_letters(batch, department, county, issued, "
                        "deadline) VALUES (?,?,?,?,?)");
    q.bind(1, letter.batch);
    q.bind(2, static_cast<int>(letter.department));
    q.bind(3, static_cast<int64_t>(letter.county));
    q.bind(4, letter.issued.days_since_epoch());
    q.bind(5, letter.deadline.days_since_epoch());
    q.exec();
    const int64_t id = db.sql().getLastInsertRowid();
    SQLite::Statement h(
        db.sql(), "INSERT INTO rg_warning_letter_households(letter_id, household) VALUES (?,?)");
    for (int64_t key : letter.households) {
      if (!store::household_exists(db.sql(), key)) {
        throw Error(ErrorCode::kNotFound, "warning letter '" + letter.batch + "': household key " +
                                              std::to_string(key) + " is not in the store");
      }
      h.bind(1, id);
      h.bind(2, key);
      h.exec();
      h.reset();
    }
    unit.commit();
    return id;
  });
}

WarningLetter WarningLetterRepository::load(int64_t letter_id) {
  return store::guarded("loading warning letter " + std::to_string(letter_id), [&] {
    auto& db = store::database_of(store_).sql();
    SQLite::Statement q(db,
                        "SELECT batch, department, county, issued, deadline FROM "
                        "rg_warning_letters WHERE letter_id = ?");
    q.bind(1, letter_id);
    if (!q.executeStep())
      throw Error(ErrorCode::kNotFound,
                  "warning letter " + std::to_string(letter_id) + " is not in the store");
    WarningLetter l;
    l.letter_id = letter_id;
    l.batch = q.getColumn(0).getString();
    l.department = static_cast<Department>(q.getColumn(1).getInt());
    l.county = static_cast<uint64_t>(q.getColumn(2).getInt64());
    l.issued = Date::from_days_since_epoch(q.getColumn(3).getInt());
    l.deadline = Date::from_days_since_epoch(q.getColumn(4).getInt());
    SQLite::Statement h(db,
                        "SELECT household FROM rg_warning_letter_households WHERE letter_id = ? "
                        "ORDER BY household");
    h.bind(1, letter_id);
    while (h.executeStep()) l.households.push_back(h.getColumn(0).getInt64());
    return l;
  });
}

std::vector<LetterAnswer> WarningLetterRepository::answers(int64_t letter_id) {
  return store::guarded("reading the answers of warning letter " + std::to_string(letter_id), [&] {
    SQLite::Statement q(
        store::database_of(store_).sql(),
        "SELECT household, kind, date, actor, reason, case_id FROM rg_warning_letter_answers "
        "WHERE letter_id = ? ORDER BY household");
    q.bind(1, letter_id);
    std::vector<LetterAnswer> out;
    while (q.executeStep()) {
      LetterAnswer a;
      a.household_key = q.getColumn(0).getInt64();
      a.kind = static_cast<LetterAnswerKind>(q.getColumn(1).getInt());
      a.date = Date::from_days_since_epoch(q.getColumn(2).getInt());
      a.actor = q.getColumn(3).getString();
      a.reason = q.getColumn(4).getString();
      if (!q.getColumn(5).isNull()) a.case_id = q.getColumn(5).getInt64();
      out.push_back(std::move(a));
    }
    return out;
  });
}

int64_t WarningLetterRepository::answer(int64_t letter_id, const LetterAnswer& answer) {
  return store::guarded("answering warning letter " + std::to_string(letter_id), [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    const WarningLetter letter = load(letter_id);
    check_answer(letter, answers(letter_id), answer);
    int64_t case_id = 0;
    if (answer.kind == LetterAnswerKind::kCaseOpened) {
      CaseRepository cases(store_);
      if (auto open = cases.open_case_of(answer.household_key)) {
        case_id = *open;
      } else {
        case_id = cases.open_case(
            answer.household_key, ClueChannel::kDepartmentData, answer.date,
            "warning letter " + std::to_string(letter_id) + " (" + letter.batch + ")");
      }
    }
    SQLite::Statement q(db.sql(),
                        "INSERT INTO rg_warning_letter_answers(letter_id, household, kind, date, "
                        "actor, reason, case_id) "
                        "VALUES (?,?,?,?,?,?,?)");
    q.bind(1, letter_id);
    q.bind(2, answer.household_key);
    q.bind(3, static_cast<int>(answer.kind));
    q.bind(4, answer.date.days_since_epoch());
    q.bind(5, answer.actor);
    q.bind(6, answer.reason);
    if (case_id != 0) {
      q.bind(7, case_id);
    } else {
      q.bind(7);
    }
    q.exec();
    unit.commit();
    return case_id;
  });
}

LetterCounts WarningLetterRepository::counts(int64_t letter_id, Date as_of) {
  return count_answers(load(letter_id), answers(letter_id), as_of);
}

std::size_t WarningLetterRepository::scan_overdue(Date as_of) {
  return store::guarded("scanning warning letters", [&] {
    auto& db = store::database_of(store_);
    store::UnitOfWork unit(db);
    std::vector<int64_t> candidates;
    {
      SQLite::Statement q(
          db.sql(),
          "SELECT letter_id FROM rg_warning_letters WHERE deadline < ? AND letter_id NOT IN "
          "(SELECT letter_id FROM rg_warning_letter_alerts) ORDER BY letter_id");
      q.bind(1, as_of.days_since_epoch());
      while (q.executeStep()) candidates.push_back(q.getColumn(0).getInt64());
    }
    std::size_t raised = 0;
    SQLite::Statement ins(db.sql(),
                          "INSERT INTO rg_warning_letter_alerts(letter_id, raised, unanswered, "
                          "message) VALUES (?,?,?,?)");
    for (int64_t id : candidates) {
      const LetterCounts c = counts(id, as_of);
      if (!c.overdue) continue;
      const WarningLetter l = load(id);
      ins.bind(1, id);
      ins.bind(2, as_of.days_since_epoch());
      ins.bind(3, static_cast<int64_t>(c.unanswered));
      ins.bind(4, "warning letter " + std::to_string(id) + " ('" + l.batch + "' to county " +
                      std::to_string(l.county) + "): " + std::to_string(c.unanswered) + " of " +
                      std::to_string(c.households) +
                      " households unanswered after the feedback deadline " +
                      l.deadline.to_string());
      ins.exec();
      ins.reset();
      ++raised;
    }
    unit.commit();
    return raised;
  });
}

std::vector<LetterAlert> WarningLetterRepository::alerts() {
  return store::guarded("listing warning letter alerts", [&] {
    SQLite::Statement q(store::database_of(store_).sql(),
                        "SELECT letter_id, raised, unanswered, message FROM "
                        "rg_warning_letter_alerts ORDER BY letter_id");
    std::vector<LetterAlert> out;
    while (q.executeStep()) {
      out.push_back(
          {q.getColumn(0).getInt64(), Date::from_days_since_epoch(q.getColumn(1).getInt()),
           static_cast<std::size_t>(q.getColumn(2).getInt64()), q.getColumn(3).getString()});
    }
    return out;
  });
}

}  // namespace rg
