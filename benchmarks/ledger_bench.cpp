// Ledger throughput: the in-memory engine with every check on, the same batches made durable in
// SQLite (one IMMEDIATE transaction per 8,000 transfers, WAL, synchronous=FULL), and beside them
// a naive peer: the same transfers inserted with plain SQLite statements, each checked with a
// balance SQL query, the way a typical vendor system writes it.
//
// Workload: 1,000 county budget accounts with the "debits must not exceed credits" limit, funded
// once; then 80% reallocations between budgets and 20% disbursements to payees for approved
// projects (project gate checked), 1..100 fen each, every transfer hashed into the SHA-256 chain.
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <filesystem>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "ruralguard/ledger.hpp"
#include "ruralguard/ledger_store.hpp"
#include "ruralguard/project.hpp"

namespace {

using namespace rg;

constexpr uint64_t kBudgets = 1000;
constexpr uint64_t kPayees = 100;
constexpr uint64_t kProjects = 50;
constexpr std::size_t kBatch = 8000;
constexpr uint64_t kSource = 1;
constexpr uint64_t kFirstBudget = 1000;
constexpr uint64_t kFirstPayee = 5000;
constexpr uint64_t kFirstProject = 9000;

std::vector<Account> accounts() {
  std::vector<Account> out;
  auto make = [](uint64_t id, AccountKind kind, HolderKind hk, uint64_t holder, uint16_t flags) {
    Account a;
    a.id = id;
    a.level = FundLevel::kCentral;
    a.fiscal_year = 2024;
    a.kind = kind;
    a.holder_kind = hk;
    a.holder_id = holder;
    a.flags = flags;
    return a;
  };
  out.push_back(make(kSource, AccountKind::kSource, HolderKind::kRegion, 500112000000ull, 0));
  for (uint64_t i = 0; i < kBudgets; ++i) {
    out.push_back(make(kFirstBudget + i, AccountKind::kBudget, HolderKind::kRegion, 500112001000ull + i + 1,
                       account_flags::kDebitsMustNotExceedCredits));
  }
  for (uint64_t i = 0; i < kPayees; ++i) {
    out.push_back(make(kFirstPayee + i, AccountKind::kPayee, HolderKind::kPayee, i + 1, 0));
  }
  return out;
}

ProjectLibrary projects() {
  ProjectLibrary lib;
  for (uint64_t i = 0; i < kProjects; ++i) {
    Project p;
    p.id = kFirstProject + i;
    p.name = "项目" + std::to_string(i);
    p.region = RegionCode::parse("500112001001");
    p.type = i % 2 ? ProjectType::kIndustry : ProjectType::kRuralConstruction;
    p.fiscal_year = 2024;
    lib.add(p, Date::parse("2024-01-02"));
    lib.transition(p.id, ProjectStatus::kAdmitted, Date::parse("2024-01-03"));
    lib.transition(p.id, ProjectStatus::kApproved, Date::parse("2024-01-04"));
  }
  return lib;
}

// Funding: 1,000,000 yuan to every budget from the source.
std::vector<Transfer> funding(uint64_t& next_id) {
  std::vector<Transfer> out;
  for (uint64_t i = 0; i < kBudgets; ++i) {
    Transfer t;
    t.id = TransferId{1, next_id++};
    t.debit_account_id = kSource;
    t.credit_account_id = kFirstBudget + i;
    t.amount = Money::from_yuan(1000000);
    t.code = TransferCode::kAllocate;
    t.effective_date = Date::parse("2024-02-01");
    out.push_back(t);
  }
  return out;
}

std::vector<Transfer> make_batch(std::mt19937_64& rng, uint64_t& next_id) {
  std::vector<Transfer> out(kBatch);
  const Date date = Date::parse("2024-06-01");
  for (auto& t : out) {
    t.id = TransferId{2, next_id++};
    t.amount = Money::from_fen(static_cast<int64_t>(1 + rng() % 100));
    t.effective_date = date;
    t.debit_account_id = kFirstBudget + rng() % kBudgets;
    if (rng() % 5 == 0) {
      t.code = TransferCode::kDisburse;
      t.credit_account_id = kFirstPayee + rng() % kPayees;
      t.project_id = kFirstProject + rng() % kProjects;
    } else {
      t.code = TransferCode::kReallocate;
      do {
        t.credit_account_id = kFirstBudget + rng() % kBudgets;
      } while (t.credit_account_id == t.debit_account_id);
    }
  }
  return out;
}

// The first `count` of one pre-generated sequence of batches, shared by all three runs.
std::span<const std::vector<Transfer>> batches(std::size_t count) {
  static std::vector<std::vector<Transfer>> all;
  static std::mt19937_64 rng(7);
  static uint64_t next_id = 1;
  while (all.size() < count) all.push_back(make_batch(rng, next_id));
  return {all.data(), count};
}

constexpr std::size_t kBatchesMemory = 200;  // 1.6M transfers, then the ledger starts over
constexpr std::size_t kBatchesDurable = 40;  // 320,000 transfers per durable run
// The naive peer slows down as its transfer table grows (its balance query sums history), so it
// runs only the first 10 batches (80,000 transfers): a setting that flatters the peer.
constexpr std::size_t kBatchesNaive = 10;

void check(bool ok, benchmark::State& state, const char* what) {
  if (!ok) state.SkipWithError(what);
}

void BM_LedgerInMemory(benchmark::State& state) {
  const auto& all = batches(kBatchesMemory);
  const ProjectLibrary lib = projects();
  std::vector<TransferResult> results(kBatch);
  auto fresh = [&] {
    Ledger l;
    l.attach_projects(&lib);
    const auto acc = accounts();
    std::vector<AccountResult> ar(acc.size());
    l.create_accounts(acc, ar);
    uint64_t id = 1;
    const auto fund = funding(id);
    std::vector<TransferResult> fr(fund.size());
    l.create_transfers(fund, fr);
    return l;
  };
  Ledger ledger = fresh();
  std::size_t i = 0;
  int64_t committed = 0;
  for (auto _ : state) {
    if (i == all.size()) {
      state.PauseTiming();
      ledger = fresh();
      i = 0;
      state.ResumeTiming();
    }
    const std::size_t n = ledger.create_transfers(all[i++], results);
    check(n == kBatch, state, "a transfer failed");
    committed += static_cast<int64_t>(n);
  }
  state.SetItemsProcessed(committed);
}
BENCHMARK(BM_LedgerInMemory)->Unit(benchmark::kMillisecond)->UseRealTime();

std::string bench_path(const char* name) {
  return (std::filesystem::temp_directory_path() / (std::string("ruralguard-bench-") + name + ".db")).string();
}
void remove_db(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

void BM_LedgerDurableSqlite(benchmark::State& state) {
  const auto& all = batches(kBatchesDurable);
  std::vector<TransferResult> results(kBatch);
  int64_t committed = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const std::string path = bench_path("durable");
    remove_db(path);
    {
      Store store(path);  // WAL, synchronous = FULL
      LedgerStore ls(store);
      const ProjectLibrary lib = projects();
      for (const Project& p : lib.all()) {
        ls.add_project(p, *p.date_of(ProjectStatus::kReserve));
        ls.transition_project(p.id, ProjectStatus::kAdmitted, *p.date_of(ProjectStatus::kAdmitted));
        ls.transition_project(p.id, ProjectStatus::kApproved, *p.date_of(ProjectStatus::kApproved));
      }
      const auto acc = accounts();
      std::vector<AccountResult> ar(acc.size());
      ls.create_accounts(acc, ar);
      uint64_t id = 1;
      const auto fund = funding(id);
      std::vector<TransferResult> fr(fund.size());
      ls.create_transfers(fund, fr);
      state.ResumeTiming();
      for (const auto& batch : all) {
        const std::size_t n = ls.create_transfers(batch, results);
        check(n == kBatch, state, "a transfer failed");
        committed += static_cast<int64_t>(n);
      }
      state.PauseTiming();
    }
    remove_db(path);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(committed);
}
BENCHMARK(BM_LedgerDurableSqlite)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// The naive peer: plain SQLite, same pragmas, same batch transactions; per transfer one balance
// query over the transfer table (plus a project status query for disbursements) and one insert.
void exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : "?";
    sqlite3_free(err);
    throw std::runtime_error(m);
  }
}

void BM_NaiveSqlitePeer(benchmark::State& state) {
  const auto all = batches(kBatchesNaive);
  int64_t committed = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const std::string path = bench_path("naive");
    remove_db(path);
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
             "CREATE TABLE accounts(id INTEGER PRIMARY KEY, limited INTEGER NOT NULL);"
             "CREATE TABLE projects(id INTEGER PRIMARY KEY, status INTEGER NOT NULL);"
             "CREATE TABLE transfers(id_hi INTEGER, id_lo INTEGER, debit INTEGER, credit INTEGER, amount INTEGER,"
             " code INTEGER, project INTEGER, date INTEGER, PRIMARY KEY(id_hi, id_lo));"
             "CREATE INDEX transfers_debit ON transfers(debit); CREATE INDEX transfers_credit ON transfers(credit);");
    exec(db, "BEGIN");
    for (const Account& a : accounts()) {
      exec(db, ("INSERT INTO accounts VALUES(" + std::to_string(a.id) + "," + std::to_string(a.flags & 1) + ")").c_str());
    }
    for (uint64_t i = 0; i < kProjects; ++i) {
      exec(db, ("INSERT INTO projects VALUES(" + std::to_string(kFirstProject + i) + ",3)").c_str());
    }
    exec(db, "COMMIT");
    sqlite3_stmt* balance = nullptr;
    sqlite3_stmt* limited = nullptr;
    sqlite3_stmt* project = nullptr;
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT (SELECT COALESCE(SUM(amount),0) FROM transfers WHERE credit = ?1) - "
                       "(SELECT COALESCE(SUM(amount),0) FROM transfers WHERE debit = ?1)",
                       -1, &balance, nullptr);
    sqlite3_prepare_v2(db, "SELECT limited FROM accounts WHERE id = ?", -1, &limited, nullptr);
    sqlite3_prepare_v2(db, "SELECT status FROM projects WHERE id = ?", -1, &project, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO transfers VALUES(?,?,?,?,?,?,?,?)", -1, &insert, nullptr);
    auto apply = [&](const std::vector<Transfer>& batch) {
      int64_t ok = 0;
      exec(db, "BEGIN IMMEDIATE");
      for (const Transfer& t : batch) {
        sqlite3_bind_int64(limited, 1, static_cast<int64_t>(t.debit_account_id));
        if (sqlite3_step(limited) != SQLITE_ROW) throw std::runtime_error("unknown debit account");
        const bool is_limited = sqlite3_column_int(limited, 0) != 0;
        sqlite3_reset(limited);
        sqlite3_bind_int64(limited, 1, static_cast<int64_t>(t.credit_account_id));
        if (sqlite3_step(limited) != SQLITE_ROW) throw std::runtime_error("unknown credit account");
        sqlite3_reset(limited);
        if (t.code == TransferCode::kDisburse) {
          sqlite3_bind_int64(project, 1, static_cast<int64_t>(t.project_id));
          if (sqlite3_step(project) != SQLITE_ROW || sqlite3_column_int(project, 0) != 3) continue;
          sqlite3_reset(project);
        }
        if (is_limited) {
          sqlite3_bind_int64(balance, 1, static_cast<int64_t>(t.debit_account_id));
          sqlite3_step(balance);
          const int64_t available = sqlite3_column_int64(balance, 0);
          sqlite3_reset(balance);
          if (available < t.amount.units()) continue;
        }
        sqlite3_bind_int64(insert, 1, static_cast<int64_t>(t.id.hi));
        sqlite3_bind_int64(insert, 2, static_cast<int64_t>(t.id.lo));
        sqlite3_bind_int64(insert, 3, static_cast<int64_t>(t.debit_account_id));
        sqlite3_bind_int64(insert, 4, static_cast<int64_t>(t.credit_account_id));
        sqlite3_bind_int64(insert, 5, t.amount.units());
        sqlite3_bind_int(insert, 6, static_cast<int>(t.code));
        sqlite3_bind_int64(insert, 7, static_cast<int64_t>(t.project_id));
        sqlite3_bind_int(insert, 8, t.effective_date.days_since_epoch());
        if (sqlite3_step(insert) == SQLITE_DONE) ++ok;
        sqlite3_reset(insert);
      }
      exec(db, "COMMIT");
      return ok;
    };
    uint64_t id = 1;
    apply(funding(id));
    state.ResumeTiming();
    for (const auto& batch : all) {
      const int64_t n = apply(batch);
      check(n == static_cast<int64_t>(kBatch), state, "a transfer failed");
      committed += n;
    }
    state.PauseTiming();
    for (auto* s : {balance, limited, project, insert}) sqlite3_finalize(s);
    sqlite3_close(db);
    remove_db(path);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(committed);
}
BENCHMARK(BM_NaiveSqlitePeer)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
