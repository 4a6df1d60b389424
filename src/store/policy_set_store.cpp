// Policy sets in the store: rg_policy_sets, rg_policy_set_members, rg_threshold_changes
// (migration 9). Member policies live in rg_policies like any saved policy.
#include "ruralguard/policy_set_store.hpp"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include "ruralguard/assessment_store.hpp"
#include "ruralguard/error.hpp"
#include "store/store_impl.hpp"
#include "store/stored_json.hpp"
#include "store/unit_of_work.hpp"

namespace rg {

void save_policy_set(Store& store, const PolicySet& set) {
  if (set.id.empty() || set.id.size() > kPolicyIdBytesMax) {
    throw Error(set.id.empty() ? ErrorCode::kRange : ErrorCode::kLimit,
                "policy set: id must have 1.." + std::to_string(kPolicyIdBytesMax) + " bytes, got " +
                    std::to_string(set.id.size()));
  }
  if (set.version < 1) throw Error(ErrorCode::kRange, "policy set '" + set.id + "': version must be at least 1");
  const std::string json = policy_set_to_json(set);
  auto& db = store::database_of(store);
  try {
    store::UnitOfWork tx(db);
    SQLite::Statement q(db.sql(), "SELECT json FROM rg_policy_sets WHERE set_id = ? AND version = ?");
    q.bind(1, set.id);
    q.bind(2, set.version);
    if (q.executeStep()) {
      if (!store::same_policy_set_json(q.getColumn(0).getString(), json)) {
        throw Error(ErrorCode::kConflict, "policy set '" + set.id + "' version " + std::to_string(set.version) +
                                              " is already stored with different content; save it as a new version");
      }
      return;
    }
    SQLite::Statement ins(db.sql(), "INSERT INTO rg_policy_sets(set_id, version, json) VALUES (?,?,?)");
    ins.bind(1, set.id);
    ins.bind(2, set.version);
    ins.bind(3, json);
    ins.exec();
    SQLite::Statement member(db.sql(),
                             "INSERT INTO rg_policy_set_members(set_id, set_version, province, year, policy_id, "
                             "policy_version) VALUES (?,?,?,?,?,?)");
    for (const Policy& p : set.policies()) {
      save_policy(store, p);
      member.bind(1, set.id);
      member.bind(2, set.version);
      member.bind(3, p.province);
      member.bind(4, p.year);
      member.bind(5, p.id);
      member.bind(6, p.version);
      member.exec();
      member.reset();
    }
    SQLite::Statement change(db.sql(),
                             "INSERT INTO rg_threshold_changes(set_id, set_version, province, year, county, old_amount, "
                             "new_amount, basis, document, effective) VALUES (?,?,?,?,?,?,?,?,?,?)");
    for (const ThresholdChange& c : set.changes()) {
      change.bind(1, set.id);
      change.bind(2, set.version);
      change.bind(3, c.province);
      change.bind(4, c.year);
      if (c.county) {
        change.bind(5, static_cast<int64_t>(*c.county));
      } else {
        change.bind(5);
      }
      change.bind(6, c.old_amount.units());
      change.bind(7, c.new_amount.units());
      change.bind(8, c.basis);
      change.bind(9, c.document);
      change.bind(10, c.effective.days_since_epoch());
      change.exec();
      change.reset();
    }
    tx.commit();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "saving policy set '" + set.id + "'");
  }
}

PolicySet load_policy_set(Store& store, const std::string& id, std::optional<int32_t> version) {
  if (id.size() > kPolicyIdBytesMax) {
    throw Error(ErrorCode::kLimit, "load_policy_set: id of " + std::to_string(id.size()) +
                                       " bytes is longer than kPolicyIdBytesMax (" + std::to_string(kPolicyIdBytesMax) +
                                       ")");
  }
  auto& db = store::database_of(store);
  try {
    SQLite::Statement q(db.sql(), version ? "SELECT version FROM rg_policy_sets WHERE set_id = ? AND version = ?"
                                          : "SELECT version FROM rg_policy_sets WHERE set_id = ? ORDER BY version DESC LIMIT 1");
    q.bind(1, id);
    if (version) q.bind(2, *version);
    if (!q.executeStep()) {
      throw Error(ErrorCode::kNotFound, "policy set '" + id + "'" +
                                            (version ? " version " + std::to_string(*version) : std::string()) +
                                            " is not in the store");
    }
    PolicySet set;
    set.id = id;
    set.version = q.getColumn(0).getInt();
    SQLite::Statement members(db.sql(),
                              "SELECT policy_id, policy_version FROM rg_policy_set_members WHERE set_id = ? AND "
                              "set_version = ? ORDER BY province, year");
    members.bind(1, id);
    members.bind(2, set.version);
    while (members.executeStep()) {
      set.add(load_policy(store, members.getColumn(0).getString(), members.getColumn(1).getInt()));
    }
    SQLite::Statement changes(db.sql(),
                              "SELECT province, year, county, old_amount, new_amount, basis, document, effective FROM "
                              "rg_threshold_changes WHERE set_id = ? AND set_version = ? ORDER BY change_id");
    changes.bind(1, id);
    changes.bind(2, set.version);
    while (changes.executeStep()) {
      ThresholdChange c;
      c.province = changes.getColumn(0).getString();
      c.year = changes.getColumn(1).getInt();
      if (!changes.getColumn(2).isNull()) c.county = static_cast<uint32_t>(changes.getColumn(2).getInt64());
      c.old_amount = Money::from_units(changes.getColumn(3).getInt64());
      c.new_amount = Money::from_units(changes.getColumn(4).getInt64());
      c.basis = changes.getColumn(5).getString();
      c.document = changes.getColumn(6).getString();
      c.effective = Date::from_days_since_epoch(changes.getColumn(7).getInt());
      set.add_change(std::move(c));
    }
    return set;
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "loading policy set '" + id + "'");
  }
}

}  // namespace rg
