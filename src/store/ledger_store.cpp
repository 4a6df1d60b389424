// LedgerStore: loading the ledger and project library, and writing each batch in one IMMEDIATE
// transaction.
#include "ruralguard/ledger_store.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <string>

#include "ruralguard/error.hpp"
#include "store/ledger_rows.hpp"
#include "store/store_impl.hpp"
#include "store/unit_of_work.hpp"

namespace rg {

using store::from_sql;
using store::to_sql;

namespace {

constexpr std::size_t kPlannedColumns = 4;

void load_projects(SQLite::Database& db, ProjectLibrary& library) {
  SQLite::Statement q(db,
                      "SELECT id, name, region, type, fiscal_year, planned_central, planned_provincial, "
                      "planned_municipal, planned_county, public_notice, status FROM ledger_projects ORDER BY rowid");
  SQLite::Statement steps(db, "SELECT status, date FROM ledger_project_transitions WHERE project_id = ?");
  while (q.executeStep()) {
    Project p;
    p.id = from_sql(q.getColumn(0).getInt64());
    const std::string who = "project " + std::to_string(p.id);
    try {
      p.name = q.getColumn(1).getString();
      p.region = RegionCode::from_value(from_sql(q.getColumn(2).getInt64()));
      p.type = static_cast<ProjectType>(q.getColumn(3).getInt());
      p.fiscal_year = q.getColumn(4).getInt();
      for (std::size_t i = 0; i < kPlannedColumns; ++i) {
        p.planned_investment[i] = Money::from_units(q.getColumn(static_cast<int>(5 + i)).getInt64());
      }
      p.public_notice = q.getColumn(9).getInt() != 0;
      p.status = static_cast<ProjectStatus>(q.getColumn(10).getInt());
      steps.bind(1, to_sql(p.id));
      while (steps.executeStep()) {
        const int s = steps.getColumn(0).getInt();
        if (s < 1 || s > kProjectStatusCount) throw Error(ErrorCode::kRange, "unknown status " + std::to_string(s));
        p.status_dates[static_cast<std::size_t>(s - 1)] = Date::from_days_since_epoch(steps.getColumn(1).getInt());
      }
      steps.reset();
    } catch (const Error& e) {
      throw Error(ErrorCode::kCorrupt, who + ": " + e.what());
    }
    library.put(std::move(p));
  }
}

void save_project(SQLite::Database& db, const Project& p) {
  SQLite::Statement q(db,
                      "INSERT INTO ledger_projects(id, name, region, type, fiscal_year, planned_central, "
                      "planned_provincial, planned_municipal, planned_county, public_notice, status) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                      "public_notice = excluded.public_notice, status = excluded.status");
  q.bind(1, to_sql(p.id));
  q.bind(2, p.name);
  q.bind(3, to_sql(p.region.value()));
  q.bind(4, static_cast<int>(p.type));
  q.bind(5, p.fiscal_year);
  for (std::size_t i = 0; i < kPlannedColumns; ++i) q.bind(static_cast<int>(6 + i), p.planned_investment[i].units());
  q.bind(10, p.public_notice ? 1 : 0);
  q.bind(11, static_cast<int>(p.status));
  q.exec();
}

void save_transition(SQLite::Database& db, uint64_t project_id, ProjectStatus status, Date date) {
  SQLite::Statement q(db, "INSERT INTO ledger_project_transitions(project_id, status, date) VALUES (?,?,?)");
  q.bind(1, to_sql(project_id));
  q.bind(2, static_cast<int>(status));
  q.bind(3, date.days_since_epoch());
  q.exec();
}

}  // namespace

LedgerStore::LedgerStore(Store& store) : store_(store) {
  auto& db = store::database_of(store_).sql();
  try {
    load_projects(db, projects_);
    ledger_.attach_projects(&projects_);
    SQLite::Statement accounts(db, std::string("SELECT ") + store::kAccountColumns + " FROM ledger_accounts ORDER BY rowid");
    while (accounts.executeStep()) {
      Ledger::RawBalance ignored;
      ledger_.restore_account(store::read_account(accounts, ignored));
    }
    SQLite::Statement transfers(db, std::string("SELECT ") + store::kTransferColumns + " FROM ledger_transfers ORDER BY seq");
    Transfer t;
    Digest link;
    uint64_t expected = 1;
    while (transfers.executeStep()) {
      const uint64_t seq = store::read_transfer(transfers, t, link);
      if (seq != expected) {
        throw Error(ErrorCode::kCorrupt, "transfer record " + std::to_string(expected) + " is missing");
      }
      ledger_.restore_transfer(t, link);  // the stored link: opening does not re-hash the chain
      ++expected;
    }
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "loading the ledger from " + store_.path());
  }
}

void LedgerStore::create_accounts(std::span<const Account> accounts, std::span<AccountResult> results) {
  const Ledger::Mark before = ledger_.mark();
  ledger_.create_accounts(accounts, results);
  if (ledger_.mark().accounts == before.accounts) return;
  try {
    auto& database = store::database_of(store_);
    store::UnitOfWork tx(database, store::Nesting::kOutermost);
    SQLite::Statement q(database.sql(),
                        "INSERT INTO ledger_accounts(id, level, fiscal_year, holder_kind, holder_id, kind, flags) "
                        "VALUES (?,?,?,?,?,?,?)");
    for (std::size_t i = 0; i < accounts.size(); ++i) {
      if (results[i] != AccountResult::kOk) continue;
      const Account& a = accounts[i];
      q.bind(1, to_sql(a.id));
      q.bind(2, static_cast<int>(a.level));
      q.bind(3, a.fiscal_year);
      q.bind(4, static_cast<int>(a.holder_kind));
      q.bind(5, to_sql(a.holder_id));
      q.bind(6, static_cast<int>(a.kind));
      q.bind(7, static_cast<int>(a.flags));
      q.exec();
      q.reset();
    }
    tx.commit();
  } catch (const std::exception& e) {
    ledger_.rollback_to(before);
    store::rethrow_sqlite(e, "saving accounts to " + store_.path());
  }
}

void LedgerStore::close_account(uint64_t account_id) {
  ledger_.close_account(account_id);
  try {
    auto& database = store::database_of(store_);
    store::UnitOfWork tx(database, store::Nesting::kOutermost);
    SQLite::Statement q(database.sql(), "UPDATE ledger_accounts SET flags = ? WHERE id = ?");
    q.bind(1, static_cast<int>(ledger_.find_account(account_id)->flags));
    q.bind(2, to_sql(account_id));
    q.exec();
    tx.commit();
  } catch (const std::exception& e) {
    ledger_.reopen_account_for_undo(account_id);
    store::rethrow_sqlite(e, "closing account " + std::to_string(account_id) + " in " + store_.path());
  }
}

std::size_t LedgerStore::create_transfers(std::span<const Transfer> batch, std::span<TransferResult> results) {
  const Ledger::Mark before = ledger_.mark();
  const std::size_t committed = ledger_.create_transfers(batch, results);
  if (committed == 0) return 0;
  try {
    auto& database = store::database_of(store_);
    auto& db = database.sql();
    store::UnitOfWork tx(database, store::Nesting::kOutermost);
    // Another writer on the same file would make this process's memory stale: refuse.
    SQLite::Statement length(db, "SELECT length FROM ledger_chain WHERE one = 1");
    if (!length.executeStep() || from_sql(length.getColumn(0).getInt64()) != before.transfers) {
      throw Error(ErrorCode::kConflict, "ledger in " + store_.path() +
                                            " was changed by another writer; reopen it before writing");
    }
    length.reset();
    SQLite::Statement insert(db,
                             "INSERT INTO ledger_transfers(seq, id_hi, id_lo, ref_hi, ref_lo, debit_account_id, "
                             "credit_account_id, project_id, amount, effective_date, code, flags, memo, link) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const auto all = ledger_.transfers();
    std::vector<uint64_t> touched;
    touched.reserve(2 * committed);
    for (std::size_t i = before.transfers; i < all.size(); ++i) {
      const Transfer& t = all[i];
      const Digest link = ledger_.chain_link(i + 1);
      insert.bind(1, static_cast<int64_t>(i + 1));
      insert.bind(2, to_sql(t.id.hi));
      insert.bind(3, to_sql(t.id.lo));
      insert.bind(4, to_sql(t.ref_id.hi));
      insert.bind(5, to_sql(t.ref_id.lo));
      insert.bind(6, to_sql(t.debit_account_id));
      insert.bind(7, to_sql(t.credit_account_id));
      insert.bind(8, to_sql(t.project_id));
      insert.bind(9, t.amount.units());
      insert.bind(10, t.effective_date.days_since_epoch());
      insert.bind(11, static_cast<int>(t.code));
      insert.bind(12, static_cast<int>(t.flags));
      const auto memo = t.memo.view();
      insert.bindNoCopy(13, memo.data(), static_cast<int>(memo.size()));
      insert.bindNoCopy(14, link.data(), static_cast<int>(link.size()));
      insert.exec();
      insert.reset();
      touched.push_back(t.debit_account_id);
      touched.push_back(t.credit_account_id);
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    SQLite::Statement update(db,
                             "UPDATE ledger_accounts SET debits_pending = ?, debits_posted = ?, "
                             "credits_pending = ?, credits_posted = ? WHERE id = ?");
    for (uint64_t id : touched) {
      const Balance b = ledger_.balance(id);
      update.bind(1, b.debits_pending.units());
      update.bind(2, b.debits_posted.units());
      update.bind(3, b.credits_pending.units());
      update.bind(4, b.credits_posted.units());
      update.bind(5, to_sql(id));
      update.exec();
      update.reset();
    }
    SQLite::Statement head(db, "UPDATE ledger_chain SET length = ?, head = ? WHERE one = 1");
    const Digest h = ledger_.chain_head();
    head.bind(1, static_cast<int64_t>(all.size()));
    head.bindNoCopy(2, h.data(), static_cast<int>(h.size()));
    head.exec();
    tx.commit();
  } catch (const std::exception& e) {
    ledger_.rollback_to(before);
    store::rethrow_sqlite(e, "saving a batch of " + std::to_string(batch.size()) + " transfers to " + store_.path());
  }
  return committed;
}

void LedgerStore::add_project(const Project& project, Date proposed) {
  Project p = projects_.checked_new(project, proposed);
  try {
    auto& database = store::database_of(store_);
    store::UnitOfWork tx(database, store::Nesting::kOutermost);
    save_project(database.sql(), p);
    save_transition(database.sql(), p.id, ProjectStatus::kReserve, proposed);
    tx.commit();
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "saving project " + std::to_string(project.id) + " to " + store_.path());
  }
  projects_.put(std::move(p));
}

void LedgerStore::transition_project(uint64_t project_id, ProjectStatus to, Date date) {
  Project p = projects_.checked_transition(project_id, to, date);
  try {
    auto& database = store::database_of(store_);
    store::UnitOfWork tx(database, store::Nesting::kOutermost);
    save_project(database.sql(), p);
    save_transition(database.sql(), project_id, to, date);
    tx.commit();
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "saving project " + std::to_string(project_id) + " to " + store_.path());
  }
  projects_.put(std::move(p));
}

void LedgerStore::set_public_notice(uint64_t project_id, bool done) {
  const Project* found = projects_.find(project_id);
  if (found == nullptr) throw Error(ErrorCode::kNotFound, "project " + std::to_string(project_id) + " does not exist");
  Project p = *found;
  p.public_notice = done;
  try {
    auto& database = store::database_of(store_);
    store::UnitOfWork tx(database, store::Nesting::kOutermost);
    save_project(database.sql(), p);
    tx.commit();
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "saving project " + std::to_string(project_id) + " to " + store_.path());
  }
  projects_.put(std::move(p));
}

LedgerStore::StoredHead LedgerStore::stored_head() {
  try {
    SQLite::Statement q(store::database_of(store_).sql(), "SELECT length, head FROM ledger_chain WHERE one = 1");
    StoredHead out;
    if (q.executeStep()) {
      out.length = from_sql(q.getColumn(0).getInt64());
      const auto h = q.getColumn(1);
      if (h.getBytes() == 32) std::copy_n(static_cast<const uint8_t*>(h.getBlob()), 32, out.head.begin());
    }
    return out;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "reading the chain head of " + store_.path());
  }
}

}  // namespace rg
