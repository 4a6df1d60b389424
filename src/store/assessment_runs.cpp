#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <climits>

#include <set>

#include "ruralguard/assessment_store.hpp"
#include "ruralguard/error.hpp"
#include "store/store_impl.hpp"
#include "store/stored_json.hpp"
#include "store/unit_of_work.hpp"

namespace rg {
namespace {


store::Database& db_of(Store& s) { return store::database_of(s); }

void insert_policy_if_new(store::Database& db, const Policy& policy) {
  const std::string json = policy_to_json(policy);
  SQLite::Statement q(db.sql(), "SELECT json FROM rg_policies WHERE policy_id = ? AND version = ?");
  q.bind(1, policy.id);
  q.bind(2, policy.version);
  if (q.executeStep()) {
    if (!store::same_policy_json(q.getColumn(0).getString(), json)) {
      throw Error(ErrorCode::kConflict, "policy '" + policy.id + "' version " + std::to_string(policy.version) +
                                            " is already stored with different content; save it as a new version");
    }
    return;
  }
  SQLite::Statement ins(db.sql(),
                        "INSERT INTO rg_policies(policy_id, version, province, year, effective, json) VALUES (?,?,?,?,?,?)");
  ins.bind(1, policy.id);
  ins.bind(2, policy.version);
  ins.bind(3, policy.province);
  ins.bind(4, policy.year);
  ins.bind(5, policy.effective.days_since_epoch());
  ins.bind(6, json);
  ins.exec();
}

void check_run_columns(const RunResults& r) {
  const std::size_t n = r.household_key.size();
  auto check = [n](std::size_t len, const char* name) {
    check_column_length(len, n, "assessment run", name, "household_key");
  };
  check(r.within_monitoring.size(), "within_monitoring");
  check(r.category.size(), "category");
  check(r.level.size(), "level");
  check(r.risk_mask.size(), "risk_mask");
  check(r.score.size(), "score");
  check(r.next_visit.size(), "next_visit");
  if (n > kRunRowsMax) {
    throw Error(ErrorCode::kLimit, "assessment run: " + std::to_string(n) + " rows exceed kRunRowsMax (" +
                                       std::to_string(kRunRowsMax) + ")");
  }
}

}  // namespace

void save_policy(Store& store, const Policy& policy) {
  policy.validate();
  auto& db = db_of(store);
  try {
    store::UnitOfWork tx(db);
    insert_policy_if_new(db, policy);
    tx.commit();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "saving policy '" + policy.id + "'");
  }
}

Policy load_policy(Store& store, const std::string& id, std::optional<int32_t> version) {
  if (id.size() > kPolicyIdBytesMax) {
    throw Error(ErrorCode::kLimit, "load_policy: id of " + std::to_string(id.size()) +
                                       " bytes is longer than kPolicyIdBytesMax (" + std::to_string(kPolicyIdBytesMax) +
                                       ")");
  }
  auto& db = db_of(store);
  try {
    SQLite::Statement q(db.sql(), version ? "SELECT json FROM rg_policies WHERE policy_id = ? AND version = ?"
                                          : "SELECT json FROM rg_policies WHERE policy_id = ? ORDER BY version DESC LIMIT 1");
    q.bind(1, id);
    if (version) q.bind(2, *version);
    if (!q.executeStep()) {
      throw Error(ErrorCode::kNotFound, "policy '" + id + "'" +
                                            (version ? " version " + std::to_string(*version) : std::string()) +
                                            " is not in the store");
    }
    return policy_from_json(q.getColumn(0).getString());
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "loading policy '" + id + "'");
  }
}

int64_t record_assessment_run(Store& store, const Policy& policy, Date as_of, const RunResults& r,
                              const std::string& label) {
  if (label.size() > kRunLabelBytesMax) {
    throw Error(ErrorCode::kLimit, "assessment run: label of " + std::to_string(label.size()) +
                                       " bytes is longer than kRunLabelBytesMax (" + std::to_string(kRunLabelBytesMax) +
                                       ")");
  }
  check_run_columns(r);
  policy.validate();
  auto& db = db_of(store);
  try {
    store::UnitOfWork tx(db);
    insert_policy_if_new(db, policy);
    std::size_t monitored = 0;
    for (auto w : r.within_monitoring) monitored += w != 0;
    SQLite::Statement run(db.sql(),
                          "INSERT INTO rg_assessment_runs(policy_id, policy_version, as_of, households, monitored, label) "
                          "VALUES (?,?,?,?,?,?)");
    run.bind(1, policy.id);
    run.bind(2, policy.version);
    run.bind(3, as_of.days_since_epoch());
    run.bind(4, static_cast<int64_t>(r.household_key.size()));
    run.bind(5, static_cast<int64_t>(monitored));
    run.bind(6, label);
    run.exec();
    const int64_t run_id = db.sql().getLastInsertRowid();
    SQLite::Statement ins(db.sql(),
                          "INSERT INTO rg_assessment_results(run_id, household_key, within, category, level, risk_mask, "
                          "score, next_visit) VALUES (?,?,?,?,?,?,?,?)");
    for (std::size_t i = 0; i < r.household_key.size(); ++i) {
      if (r.household_key[i] > static_cast<uint64_t>(INT64_MAX)) {
        throw Error(ErrorCode::kRange, "assessment run: household key at row " + std::to_string(i) + " exceeds 2^63-1");
      }
      ins.bind(1, run_id);
      ins.bind(2, static_cast<int64_t>(r.household_key[i]));
      ins.bind(3, r.within_monitoring[i]);
      ins.bind(4, r.category[i]);
      ins.bind(5, r.level[i]);
      ins.bind(6, static_cast<int64_t>(r.risk_mask[i]));
      ins.bind(7, r.score[i]);
      if (r.next_visit[i] == INT32_MIN) {
        ins.bind(8);
      } else {
        ins.bind(8, r.next_visit[i]);
      }
      try {
        ins.exec();
      } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT) {
          throw Error(ErrorCode::kConflict, "assessment run: household key " + std::to_string(r.household_key[i]) +
                                                " appears twice (row " + std::to_string(i) + ")");
        }
        throw;
      }
      ins.reset();
    }
    tx.commit();
    return run_id;
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "recording an assessment run");
  }
}

int64_t latest_assessment_run(Store& store) {
  try {
    SQLite::Statement q(db_of(store).sql(), "SELECT coalesce(max(run_id), 0) FROM rg_assessment_runs");
    q.executeStep();
    return q.getColumn(0).getInt64();
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "finding the latest assessment run in " + store.path());
  }
}

std::vector<RunDecision> load_run_decisions(Store& store, int64_t run_id) {
  auto& db = db_of(store);
  try {
    SQLite::Statement exists(db.sql(), "SELECT 1 FROM rg_assessment_runs WHERE run_id = ?");
    exists.bind(1, run_id);
    if (!exists.executeStep()) {
      throw Error(ErrorCode::kNotFound, "assessment run " + std::to_string(run_id) + " does not exist");
    }
    std::vector<RunDecision> out;
    SQLite::Statement q(db.sql(),
                        "SELECT household_key, within, category, level FROM rg_assessment_results WHERE run_id = ? "
                        "ORDER BY household_key");
    q.bind(1, run_id);
    while (q.executeStep()) {
      out.push_back(RunDecision{static_cast<uint64_t>(q.getColumn(0).getInt64()), q.getColumn(1).getInt() != 0,
                                static_cast<MonitoringCategory>(q.getColumn(2).getInt()),
                                static_cast<WarningLevel>(q.getColumn(3).getInt())});
    }
    return out;
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "loading assessment run " + std::to_string(run_id));
  }
}

RunDiff diff_assessment_runs(Store& store, int64_t earlier_run, int64_t later_run) {
  auto& db = db_of(store);
  try {
    for (int64_t id : {earlier_run, later_run}) {
      SQLite::Statement q(db.sql(), "SELECT 1 FROM rg_assessment_runs WHERE run_id = ?");
      q.bind(1, id);
      if (!q.executeStep()) throw Error(ErrorCode::kNotFound, "assessment run " + std::to_string(id) + " is not in the store");
    }
    RunDiff diff;
    // Full outer join by household key (SQLite 3.40 has no FULL JOIN in all builds: two LEFT JOINs).
    SQLite::Statement q(db.sql(), R"sql(
      SELECT a.household_key, a.within, a.level, b.within, b.level
        FROM rg_assessment_results a LEFT JOIN rg_assessment_results b
          ON b.run_id = ?2 AND b.household_key = a.household_key
       WHERE a.run_id = ?1
      UNION ALL
      SELECT b.household_key, NULL, NULL, b.within, b.level
        FROM rg_assessment_results b
       WHERE b.run_id = ?2 AND NOT EXISTS (
         SELECT 1 FROM rg_assessment_results a WHERE a.run_id = ?1 AND a.household_key = b.household_key)
      ORDER BY 1)sql");
    q.bind(1, earlier_run);
    q.bind(2, later_run);
    while (q.executeStep()) {
      const auto key = static_cast<uint64_t>(q.getColumn(0).getInt64());
      const bool in_a = !q.getColumn(1).isNull() && q.getColumn(1).getInt() != 0;
      const bool in_b = !q.getColumn(3).isNull() && q.getColumn(3).getInt() != 0;
      if (in_b && !in_a) diff.entered.push_back(key);
      if (in_a && !in_b) diff.left.push_back(key);
      if (!q.getColumn(2).isNull() && !q.getColumn(4).isNull()) {
        const int la = q.getColumn(2).getInt();
        const int lb = q.getColumn(4).getInt();
        if (la != lb) diff.level_changed.push_back({key, static_cast<WarningLevel>(la), static_cast<WarningLevel>(lb)});
      }
    }
    return diff;
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "comparing assessment runs");
  }
}

}  // namespace rg
