// Threads: several threads, each with its own store handle on ONE database file, write
// concurrently; busy handling serialises them with no write lost. The ledger is one writer per
// file by design and says so (RG_ECONFLICT). Batch assessment on one shared policy from several
// threads gives the single-threaded results. Built as its own small binary so that the
// ThreadSanitizer preset (`./build.sh tsan`) builds only the library and this file.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <latch>
#include <string>
#include <thread>
#include <vector>

#include "ruralguard/cases_repo.hpp"
#include "test_support/fixture_policy.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/ruralguard.h"
#include "ruralguard/store.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

constexpr int kThreads = 4;
constexpr uint64_t kVillage = 500112001001ULL;

std::string household_id(int thread, int n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%d-H%04d", thread, n);
  return buf;
}

// A valid 18-character ID number (GB 11643 check character) unique per (thread, n).
std::string id_number(int thread, int n) {
  char first17[18];
  std::snprintf(first17, sizeof first17, "5001121980%02d%02d%03d", 1 + thread, 1 + n % 28, n % 1000);
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return std::string(first17) + "10X98765432"[sum % 11];
}

struct StoreHandle {
  rg_store* store = nullptr;
  StoreHandle(const std::string& path, int32_t busy_timeout_ms) {
    rg_store_options o;
    rg_store_options_init(&o);
    o.busy_timeout_ms = busy_timeout_ms;
    status = rg_store_open(&store, path.data(), path.size(), &o);
  }
  ~StoreHandle() { rg_store_close(store); }
  rg_status status = RG_OK;
};

// What one writer thread saw.
struct WriterLog {
  int committed_batches = 0;
  int busy = 0;                 // RG_EBUSY answers (each retried)
  int busy_before_timeout = 0;  // RG_EBUSY answered sooner than the busy timeout: must stay 0
  std::vector<std::string> errors;
};

// Writes `batches` batches of `per_batch` households with one member each. Even batches go inside
// rg_store_begin/commit (all or nothing); odd ones commit row by row. RG_EBUSY is retried.
void write_households(const std::string& path, int thread, int batches, int per_batch, int32_t busy_ms,
                      std::latch& start, WriterLog& log) {
  start.arrive_and_wait();  // every thread opens at once: the first open migrates a new file
  StoreHandle h(path, busy_ms);
  if (h.status != RG_OK) {
    log.errors.push_back(std::string("open: ") + rg_status_name(h.status) + " " + rg_last_error_message());
    return;
  }
  using Clock = std::chrono::steady_clock;
  // Runs `call` until it is not RG_EBUSY; checks that every RG_EBUSY came after the timeout.
  auto retry = [&](auto&& call) {
    for (;;) {
      const auto t0 = Clock::now();
      const rg_status s = call();
      if (s != RG_EBUSY) return s;
      ++log.busy;
      if (Clock::now() - t0 < std::chrono::milliseconds(busy_ms)) ++log.busy_before_timeout;
    }
  };
  rg_status s = retry([&] { return rg_households_put_region(h.store, kVillage, "红星村", strlen("红星村"), 0, 0, 0); });
  if (s != RG_OK) log.errors.push_back(std::string("region: ") + rg_last_error_message());
  for (int b = 0; b < batches; ++b) {
    const bool in_tx = b % 2 == 0;
    if (in_tx) s = retry([&] { return rg_store_begin(h.store); });
    for (int k = 0; k < per_batch && s == RG_OK; ++k) {
      const int n = b * per_batch + k;
      rg_household_record rec;
      rg_household_record_init(&rec);
      std::snprintf(rec.household_id, sizeof rec.household_id, "%s", household_id(thread, n).c_str());
      rec.region_code = kVillage;
      rg_member_record m;
      rg_member_record_init(&m);
      std::snprintf(m.person_id, sizeof m.person_id, "%s-1", household_id(thread, n).c_str());
      std::snprintf(m.household_id, sizeof m.household_id, "%s", rec.household_id);
      std::snprintf(m.id_number, sizeof m.id_number, "%s", id_number(thread, n).c_str());
      // Inside a transaction the write lock is already held: a busy answer can only come at begin.
      s = in_tx ? rg_households_put(h.store, &rec) : retry([&] { return rg_households_put(h.store, &rec); });
      if (s == RG_OK) s = in_tx ? rg_members_put(h.store, &m) : retry([&] { return rg_members_put(h.store, &m); });
    }
    if (in_tx && s == RG_OK) s = rg_store_commit(h.store);
    if (in_tx && s != RG_OK && rg_store_rollback(h.store) != RG_OK) log.errors.push_back("rollback failed");
    if (s != RG_OK) {
      log.errors.push_back("batch " + std::to_string(b) + ": " + rg_status_name(s) + " " + rg_last_error_message());
      continue;
    }
    ++log.committed_batches;
  }
}

void expect_all_written(const std::string& path, const std::vector<WriterLog>& logs, int batches, int per_batch) {
  for (int t = 0; t < kThreads; ++t) {
    EXPECT_TRUE(logs[t].errors.empty()) << "thread " << t << ": " << logs[t].errors.front();
    EXPECT_EQ(logs[t].committed_batches, batches) << "thread " << t;
    EXPECT_EQ(logs[t].busy_before_timeout, 0) << "thread " << t << " got RG_EBUSY before the busy timeout";
  }
  StoreHandle h(path, 5000);
  ASSERT_EQ(h.status, RG_OK);
  int64_t regions = 0, households = 0, members = 0, income = 0;
  ASSERT_EQ(rg_households_count(&regions, &households, &members, &income, h.store), RG_OK);
  EXPECT_EQ(regions, 1);
  EXPECT_EQ(households, int64_t{kThreads} * batches * per_batch);
  EXPECT_EQ(members, int64_t{kThreads} * batches * per_batch);
  // Every handle hashed ID numbers under the same key: each is found from this handle.
  for (int t = 0; t < kThreads; ++t) {
    for (int n : {0, batches * per_batch - 1}) {
      rg_member_record m;
      std::memset(&m, 0, sizeof m);
      m.struct_size = sizeof m;
      const std::string id = id_number(t, n);
      EXPECT_EQ(rg_members_find_by_id_number(&m, h.store, id.data(), id.size()), RG_OK) << rg_last_error_message();
      EXPECT_EQ(std::string(m.household_id), household_id(t, n));
    }
  }
}

TEST(StoreThreads, HandlesOnOneFileWriteConcurrentlyWithoutLosingWrites) {
  test::TempDir dir;
  const std::string path = dir.file("shared.db");  // new: the handles race to create and migrate it
  constexpr int kBatches = 8, kPerBatch = 20;
  std::vector<WriterLog> logs(kThreads);
  std::latch start(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back(write_households, path, t, kBatches, kPerBatch, 5000, std::ref(start), std::ref(logs[t]));
  }
  for (auto& th : threads) th.join();
  expect_all_written(path, logs, kBatches, kPerBatch);
  int busy = 0;
  for (const auto& l : logs) busy += l.busy;
  EXPECT_EQ(busy, 0) << "with a 5 s busy timeout no writer should have to give up";
}

// With a 1 ms busy timeout writers do get RG_EBUSY, but only once the timeout has passed, the
// refused batch wrote nothing, and retrying it loses nothing.
TEST(StoreThreads, ShortBusyTimeoutAnswersBusyOnlyAfterItAndRetriesLoseNothing) {
  test::TempDir dir;
  const std::string path = dir.file("busy.db");
  { StoreHandle create(path, 5000); ASSERT_EQ(create.status, RG_OK); }
  constexpr int kBatches = 10, kPerBatch = 20;
  std::vector<WriterLog> logs(kThreads);
  std::latch start(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back(write_households, path, t, kBatches, kPerBatch, 1, std::ref(start), std::ref(logs[t]));
  }
  for (auto& th : threads) th.join();
  expect_all_written(path, logs, kBatches, kPerBatch);
  int busy = 0;
  for (const auto& l : logs) busy += l.busy;
  RecordProperty("busy_answers", std::to_string(busy));
}

// Monitoring cases written from several C++ Stores on one file, each for its own households.
TEST(StoreThreads, CasesFromSeveralHandlesAreAllKept) {
  test::TempDir dir;
  const std::string path = dir.file("cases.db");
  constexpr int kPerThread = 30;
  std::vector<std::vector<int64_t>> keys(kThreads);
  {
    Store store(path);
    HouseholdRepository repo(store);
    repo.upsert_region(make_region(RegionCode::parse("500112001001"), "红星村"));
    for (int t = 0; t < kThreads; ++t) {
      for (int n = 0; n < kPerThread; ++n) {
        Household hh;
        hh.household_id = household_id(t, n);
        hh.region = RegionCode::parse("500112001001");
        keys[t].push_back(repo.upsert_household(hh));
      }
    }
  }
  std::vector<std::string> errors(kThreads);
  std::latch start(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      try {
        start.arrive_and_wait();
        Store store(path);
        CaseRepository cases(store);
        for (int64_t key : keys[t]) {
          (void)cases.open_case(key, ClueChannel::kCadreVisit, Date::from_ymd(2024, 5, 1), "入户走访发现");
        }
      } catch (const std::exception& e) {
        errors[t] = e.what();
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(errors[t], "") << "thread " << t;
  Store store(path);
  CaseRepository cases(store);
  for (int t = 0; t < kThreads; ++t) {
    for (int64_t key : keys[t]) EXPECT_TRUE(cases.open_case_of(key).has_value()) << "household key " << key;
  }
}

// Assessment runs stored from several handles at once: each run is whole, and run ids are unique.
TEST(StoreThreads, AssessmentRunsFromSeveralHandlesAreAllWhole) {
  test::TempDir dir;
  const std::string path = dir.file("runs.db");
  { StoreHandle create(path, 5000); ASSERT_EQ(create.status, RG_OK); }
  constexpr std::size_t kRows = 2000;
  constexpr int kRunsPerThread = 5;
  std::vector<uint64_t> keys(kRows);
  std::vector<uint8_t> within(kRows), category(kRows), level(kRows);
  std::vector<uint32_t> mask(kRows);
  std::vector<int32_t> score(kRows);
  std::vector<rg_date> visit(kRows, RG_DATE_NONE);
  for (std::size_t i = 0; i < kRows; ++i) {
    keys[i] = i + 1;
    within[i] = i % 10 == 0;
    category[i] = within[i] ? 2 : 0;
    level[i] = within[i] ? RG_LEVEL_YELLOW : RG_LEVEL_NONE;
    score[i] = static_cast<int32_t>(i % 100);
  }
  rg_assessment_columns results;
  std::memset(&results, 0, sizeof results);
  results.struct_size = sizeof results;
  results.within_monitoring = within.data();
  results.category = category.data();
  results.level = level.data();
  results.risk_mask = mask.data();
  results.score = score.data();
  results.next_visit = visit.data();
  rg_policy* policy = nullptr;
  ASSERT_EQ(rg::test::fixture_c_policy(&policy, "50", 2024), RG_OK);
  std::vector<std::vector<int64_t>> run_ids(kThreads);
  std::vector<std::string> errors(kThreads);
  std::latch start(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      StoreHandle h(path, 5000);
      start.arrive_and_wait();
      for (int r = 0; r < kRunsPerThread && h.status == RG_OK; ++r) {
        int64_t id = 0;
        const std::string label = "T" + std::to_string(t) + "R" + std::to_string(r);
        const rg_status s = rg_risk_run_record(&id, h.store, policy, 19904 /* 2024-06-30 */, keys.data(), kRows,
                                               &results, label.data(), label.size());
        if (s != RG_OK) {
          errors[t] = std::string(rg_status_name(s)) + " " + rg_last_error_message();
          return;
        }
        run_ids[t].push_back(id);
      }
    });
  }
  for (auto& th : threads) th.join();
  rg_policy_free(policy);
  std::vector<int64_t> all;
  for (int t = 0; t < kThreads; ++t) {
    EXPECT_EQ(errors[t], "") << "thread " << t;
    all.insert(all.end(), run_ids[t].begin(), run_ids[t].end());
  }
  std::sort(all.begin(), all.end());
  EXPECT_EQ(std::adjacent_find(all.begin(), all.end()), all.end()) << "a run id was handed out twice";
  ASSERT_EQ(all.size(), static_cast<std::size_t>(kThreads * kRunsPerThread));
  // Every run holds all its rows, and there is no other run.
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT r.run_id, (SELECT count(*) FROM rg_assessment_results x WHERE x.run_id = r.run_id) "
                          "FROM rg_assessment_runs r ORDER BY r.run_id");
  std::vector<int64_t> stored;
  while (q.executeStep()) {
    stored.push_back(q.getColumn(0).getInt64());
    EXPECT_EQ(q.getColumn(1).getInt64(), static_cast<int64_t>(kRows)) << "run " << stored.back();
  }
  EXPECT_EQ(stored, all);
}

rg_transfer allocate(uint64_t id, rg_money amount) {
  rg_transfer t;
  std::memset(&t, 0, sizeof t);
  t.id_lo = id;
  t.debit_account_id = 1;
  t.credit_account_id = 10;
  t.amount = amount;
  t.code = RG_CODE_ALLOCATE;
  t.effective_date = 19800;  // 2024-03-18
  return t;
}

// The ledger keeps its state in memory: a second writer on the same file is refused with
// RG_ECONFLICT (nothing written) instead of silently forking the hash chain.
TEST(StoreThreads, LedgerIsOneWriterPerFileAndRefusesASecondWithConflict) {
  test::TempDir dir;
  const std::string path = dir.file("ledger.db");
  StoreHandle a(path, 5000), b(path, 5000);
  ASSERT_EQ(a.status, RG_OK);
  ASSERT_EQ(b.status, RG_OK);
  rg_ledger* la = nullptr;
  rg_ledger* lb = nullptr;
  ASSERT_EQ(rg_ledger_open(&la, a.store), RG_OK);
  rg_account accounts[2];
  std::memset(accounts, 0, sizeof accounts);
  accounts[0].id = 1;
  accounts[0].holder_id = 500112000000ULL;
  accounts[0].fiscal_year = 2024;
  accounts[0].level = RG_FUND_CENTRAL;
  accounts[0].kind = RG_ACCOUNT_KIND_SOURCE;
  accounts[0].holder_kind = RG_HOLDER_REGION;
  accounts[1] = accounts[0];
  accounts[1].id = 10;
  accounts[1].kind = RG_ACCOUNT_KIND_BUDGET;
  uint32_t results[64];
  ASSERT_EQ(rg_ledger_create_accounts(results, la, accounts, 2), RG_OK);
  ASSERT_EQ(rg_ledger_open(&lb, b.store), RG_OK);  // both loaded the same state

  std::atomic<int> a_batches{0};
  std::atomic<bool> b_done{false};
  rg_status b_status = RG_OK;
  std::string b_message;
  std::thread writer_a([&] {
    uint32_t r[16];
    size_t committed = 0;
    // A keeps writing while B tries; a few batches after B's answer it stops.
    for (uint64_t batch = 0; batch < 5 || !b_done.load(); ++batch) {
      rg_transfer ts[16];
      for (uint64_t k = 0; k < 16; ++k) ts[k] = allocate(1000 + batch * 16 + k, 100 * 10000);
      if (rg_ledger_create_transfers(r, &committed, la, ts, 16) != RG_OK || committed != 16) return;
      a_batches.fetch_add(1);
      if (batch >= 500) return;
    }
  });
  std::thread writer_b([&] {
    while (a_batches.load() == 0) std::this_thread::yield();
    uint32_t r[1];
    size_t committed = 99;
    const rg_transfer t = allocate(1, 5 * 10000);
    b_status = rg_ledger_create_transfers(r, &committed, lb, &t, 1);
    b_message = rg_last_error_message();
    b_done.store(true);
  });
  writer_a.join();
  writer_b.join();
  EXPECT_EQ(b_status, RG_ECONFLICT) << b_message;
  EXPECT_NE(b_message.find("changed by another writer"), std::string::npos) << b_message;
  uint64_t bad = 1, length = 0;
  uint8_t head[32];
  EXPECT_EQ(rg_ledger_verify(&bad, la), RG_OK) << rg_last_error_message();
  EXPECT_EQ(bad, 0u);
  EXPECT_EQ(rg_ledger_chain_head(head, &length, la), RG_OK);
  EXPECT_EQ(length, static_cast<uint64_t>(a_batches.load()) * 16) << "B's refused transfer was written";
  rg_ledger_close(lb);
  rg_ledger_close(la);
}

// Deterministic, varied household columns for the batch-assessment comparison.
struct Columns {
  explicit Columns(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      region.push_back(500112001001ULL + (i % 7));
      kind.push_back(static_cast<uint8_t>(1 + i % 3));
      pci.push_back(static_cast<rg_money>((2000 + (i * 7919) % 30000)) * 10000);
      net.push_back(pci.back() * static_cast<rg_money>(1 + i % 5));
      medical.push_back(static_cast<rg_money>((i * 104729) % 60000) * 10000);
      end.push_back(19722);  // 2023-12-31
      members.push_back(static_cast<int32_t>(1 + i % 5));
      labour.push_back(static_cast<int32_t>(i % 3));
      ill.push_back(static_cast<int32_t>(i % 11 == 0));
    }
  }
  rg_household_columns view() const {
    rg_household_columns c;
    std::memset(&c, 0, sizeof c);
    c.struct_size = sizeof c;
    c.count = region.size();
    c.region_code = region.data();
    c.kind = kind.data();
    c.per_capita_income = pci.data();
    c.net_income = net.data();
    c.medical_out_of_pocket = medical.data();
    c.income_period_end = end.data();
    c.members = members.data();
    c.labour_capable = labour.data();
    c.seriously_ill = ill.data();
    return c;
  }
  std::vector<uint64_t> region;
  std::vector<uint8_t> kind;
  std::vector<rg_money> pci, net, medical;
  std::vector<rg_date> end;
  std::vector<int32_t> members, labour, ill;
};

struct Results {
  explicit Results(std::size_t n) : within(n), category(n), level(n), mask(n), score(n), visit(n), status(n) {}
  rg_assessment_columns view() {
    rg_assessment_columns c;
    std::memset(&c, 0, sizeof c);
    c.struct_size = sizeof c;
    c.within_monitoring = within.data();
    c.category = category.data();
    c.risk_mask = mask.data();
    c.score = score.data();
    c.level = level.data();
    c.next_visit = visit.data();
    c.status = status.data();
    return c;
  }
  bool operator==(const Results&) const = default;
  std::vector<uint8_t> within, category, level;
  std::vector<uint32_t> mask;
  std::vector<int32_t> score;
  std::vector<rg_date> visit;
  std::vector<int32_t> status;
};

TEST(StoreThreads, BatchAssessmentOnASharedPolicyMatchesTheSingleThreadedRun) {
  constexpr std::size_t kRows = 20000;
  const Columns in(kRows);
  const rg_household_columns view = in.view();
  rg_policy* policy = nullptr;
  ASSERT_EQ(rg::test::fixture_c_policy(&policy, "50", 2024), RG_OK);
  rg_date as_of = 0;
  ASSERT_EQ(rg_date_from_ymd(&as_of, 2024, 3, 1), RG_OK);
  Results reference(kRows);
  rg_assessment_columns ref_out = reference.view();
  size_t ref_failed = 0;
  ASSERT_EQ(rg_risk_assess_batch(&ref_failed, &ref_out, &view, policy, as_of), RG_OK);
  int within = 0;
  for (uint8_t w : reference.within) within += w;
  EXPECT_GT(within, 0);
  EXPECT_LT(within, static_cast<int>(kRows));

  std::vector<Results> results(kThreads, Results(kRows));
  std::vector<size_t> failed(kThreads, 0);
  std::vector<rg_status> status(kThreads, RG_OK);
  std::latch start(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      rg_assessment_columns out = results[t].view();
      start.arrive_and_wait();
      status[t] = rg_risk_assess_batch(&failed[t], &out, &view, policy, as_of);
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) {
    EXPECT_EQ(status[t], RG_OK) << "thread " << t;
    EXPECT_EQ(failed[t], ref_failed) << "thread " << t;
    EXPECT_TRUE(results[t] == reference) << "thread " << t << " assessed differently";
  }
  rg_policy_free(policy);
}

}  // namespace
}  // namespace rg
