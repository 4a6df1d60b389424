// Issue 21, items 1 and 2: every I/O point of every write path of the C ABI, failed one at a time
// (transient, persistent, disk full), and a power loss before every mutating I/O point.
//
// Per trial: a copy of the base store is opened through the C ABI, a small commit is made (so the
// state "before" includes a commit still in the WAL), the fault is armed and the operation runs.
// Then:
//  - RG_OK means the state is exactly the state "after" (content digest of every table);
//  - any other status must not be RG_EINTERNAL, must carry a message, and leave exactly the state
//    before or the state after (as another connection sees it);
//  - if it left the state before, the same call on the same handles (fault gone) must succeed
//    and give the state after: nothing stale is kept in memory after a failure;
//  - after closing: PRAGMA integrity_check ok, no foreign-key violation, the store and ledger
//    reopen, and rg_ledger_verify passes (hash chain and balances).
// Lost writes: the machine dies before the K-th mutating I/O point (or right after the call
// returned); writes not yet synced are discarded; the reopened store must hold the state before
// or after (after if the call returned RG_OK), pass integrity_check and verify.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <cstdio>
#include <map>

#include "faults/db_digest.hpp"
#include "faults/fault_vfs.hpp"
#include "faults/scratch_dir.hpp"
#include "faults/write_paths.hpp"

namespace rg::faults {
namespace {

struct Reference {
  Digest before, after;
  IoCounts counts;
  std::vector<IoKind> trace;
};

struct Row {
  std::string name;
  IoCounts counts;
  uint64_t trials = 0, injected = 0;
  uint64_t ok_after = 0;         // RG_OK (the fault was absorbed, e.g. a failed checkpoint)
  uint64_t failed_before = 0;    // error, nothing written
  uint64_t failed_after = 0;     // error reported, but the commit had reached the WAL
  uint64_t retried_ok = 0;       // failed-before trials whose retry on the same handles succeeded
  uint64_t internal = 0, partial = 0, problems = 0;
  uint64_t known_bug = 0;        // RG_EINTERNAL of the known bug below (not counted as a problem)
  std::map<std::string, uint64_t> statuses;
  std::string sample_message;
  // Lost writes.
  uint64_t crashes = 0, torn = 0, crash_before = 0, crash_after = 0, discarded = 0, lost_problems = 0;
  double seconds = 0;
};

// No library bug is known. (The sweep found one: a read fault inside a CSV import's member step
// escaped as RG_EINTERNAL; the import now maps every SQLite failure to an I/O error naming it,
// and CsvImportReadFaultIsNeverAnInternalError guards it.)
bool is_known_bug(const std::string& /*path*/, const std::string& /*message*/) { return false; }

class FaultHarness {
 public:
  FaultHarness() : dir_("faults"), vfs_(FaultVfs::install()) {
    base_ = dir_.file("base.db");
    trial_ = dir_.file("trial.db");
    paths_ = build_base(dir_.str(), base_);
    // Each path again on handles reopened inside the fault window: closing checkpoints the WAL,
    // opening reads the schema and replays the ledger, and every page the operation touches is
    // read from the file (no warm cache), so the open, delete and cold read points are covered.
    // RG_FAULTS_WARM_ONLY=1 (the sanitizer build) leaves them out to keep the suite's time.
    const char* warm_only = std::getenv("RG_FAULTS_WARM_ONLY");
    const std::size_t warm = paths_.size();
    for (std::size_t i = 0; i < warm && !(warm_only != nullptr && std::string(warm_only) == "1"); ++i) {
      paths_.push_back({paths_[i].name + " [cold: reopened first]", [run = paths_[i].run](Handles& x) {
                          close_handles(x);
                          x = open_handles(x.path);
                          return x.status != RG_OK ? x.status : run(x);
                        }});
    }
  }

  const std::vector<WritePath>& paths() const { return paths_; }

  // Opens a fresh copy of the base and makes the small commit.
  Handles fresh() {
    vfs_.forget_unsynced();
    copy_store(base_, trial_);
    Handles h = open_handles(trial_);
    if (h.status != RG_OK) throw std::runtime_error("open: " + h.message);
    must(small_commit(h), "small commit");
    return h;
  }

  Reference reference(const WritePath& p) {
    Reference r;
    Handles h = fresh();
    r.before = digest_of(trial_);
    vfs_.arm({});
    const rg_status st = p.run(h);
    vfs_.disarm();
    r.counts = vfs_.counts();
    r.trace = vfs_.trace();
    const std::string message = rg_last_error_message();
    close_handles(h);
    if (st != RG_OK) throw std::runtime_error(p.name + " fails without faults: " + rg_status_name(st) + " " + message);
    r.after = digest_of(trial_);
    if (r.after == r.before) throw std::runtime_error(p.name + " wrote nothing");
    return r;
  }

  // Reopens after the trial: integrity, foreign keys, ledger verification. "" when all pass.
  std::string check_closed_file() {
    const std::string integrity = integrity_of(trial_);
    if (integrity != "ok") return "integrity_check: " + integrity;
    Handles h = open_handles(trial_);
    if (h.status != RG_OK) return std::string("reopen: ") + rg_status_name(h.status) + " " + h.message;
    uint64_t bad = 0;
    const rg_status v = rg_ledger_verify(&bad, h.ledger);
    std::string out;
    if (v != RG_OK) out = std::string("rg_ledger_verify: ") + rg_status_name(v) + " " + rg_last_error_message();
    close_handles(h);
    return out;
  }

  void fault_trial(const WritePath& p, const Reference& ref, const FaultPlan& plan, Row& row) {
    Handles h = fresh();
    vfs_.arm(plan);
    const rg_status st = p.run(h);
    const std::string message = rg_last_error_message();
    vfs_.disarm();
    ++row.trials;
    row.injected += vfs_.counts().injected;
    ++row.statuses[rg_status_name(st)];
    const Digest mid = digest_of(trial_);
    const std::string where = p.name + ", I/O point " + std::to_string(plan.fail_at) + " (" +
                              io_kind_name(ref.trace[plan.fail_at - 1]) + (plan.persistent ? ", persistent" : "") +
                              (plan.disk_full ? ", disk full" : "") + ")";
    auto problem = [&](const std::string& what) {
      ++row.problems;
      ADD_FAILURE() << where << ": " << what << " [status " << rg_status_name(st) << ": " << message << "]";
    };
    bool at_after = mid == ref.after;
    if (st == RG_OK) {
      ++row.ok_after;
      if (!at_after) {
        ++row.partial;
        problem("RG_OK but the data differ from the state after the operation");
      }
    } else {
      if (st == RG_EINTERNAL && is_known_bug(p.name, message)) {
        ++row.known_bug;
      } else if (st == RG_EINTERNAL) {
        ++row.internal;
        problem("internal error");
      }
      if (message.empty()) problem("error without a message");
      if (row.sample_message.empty() && st == RG_EIO) row.sample_message = message;
      if (at_after) {
        ++row.failed_after;
      } else if (mid == ref.before) {
        ++row.failed_before;
        // The fault is gone: the same call on the same handles must now do the whole operation.
        const rg_status again = p.run(h);
        if (again != RG_OK) {
          problem(std::string("retry on the same handles: ") + rg_status_name(again) + " " + rg_last_error_message());
        } else if (digest_of(trial_) != ref.after) {
          problem("retry on the same handles succeeded but the data differ from the state after");
        } else {
          ++row.retried_ok;
          at_after = true;
        }
      } else {
        ++row.partial;
        problem("partial state: neither before nor after" + (mid.error.empty() ? "" : " (" + mid.error + ")"));
      }
    }
    close_handles(h);
    if (const std::string bad = check_closed_file(); !bad.empty()) problem("after closing: " + bad);
  }

  // torn_seed 0: every unsynced write is lost; otherwise each file keeps a prefix of them.
  void crash_trial(const WritePath& p, const Reference& ref, uint64_t point, uint64_t torn_seed, Row& row) {
    Handles h = fresh();
    vfs_.arm({});
    if (point <= ref.counts.mutating) vfs_.crash_before_mutation(point);
    const rg_status st = p.run(h);
    if (point > ref.counts.mutating) vfs_.die_now();  // power lost right after the call returned
    vfs_.disarm();
    close_handles(h);  // the machine is dead: the connections just go away
    row.discarded += vfs_.restore_after_power_loss(torn_seed);
    ++(torn_seed == 0 ? row.crashes : row.torn);
    const std::string where = p.name + ", power loss before mutating I/O point " + std::to_string(point) + " of " +
                              std::to_string(ref.counts.mutating) + (torn_seed == 0 ? "" : " (torn flush)");
    const std::string integrity = integrity_of(trial_);
    if (integrity != "ok") {
      ++row.lost_problems;
      ADD_FAILURE() << where << ": integrity_check: " << integrity;
      return;
    }
    const Digest d = digest_of(trial_);
    if (d == ref.after) {
      ++row.crash_after;
    } else if (d == ref.before) {
      ++row.crash_before;
      if (st == RG_OK) {
        ++row.lost_problems;
        ADD_FAILURE() << where << ": the call returned RG_OK but its commit was lost";
      }
    } else {
      ++row.lost_problems;
      ADD_FAILURE() << where << ": after the power loss the data are neither before nor after"
                    << (d.error.empty() ? "" : " (" + d.error + ")");
    }
    if (st == RG_EINTERNAL) {
      ++row.lost_problems;
      ADD_FAILURE() << where << ": internal error: " << rg_last_error_message();
    }
    if (const std::string bad = check_closed_file(); !bad.empty()) {
      ++row.lost_problems;
      ADD_FAILURE() << where << ": after reopening: " << bad;
    }
  }

 private:
  ScratchDir dir_;
  FaultVfs& vfs_;
  std::string base_, trial_;
  std::vector<WritePath> paths_;
};

void print_tables(const std::vector<Row>& rows) {
  std::printf("\nFault injection: every I/O point of every write path (transient, persistent; writes also SQLITE_FULL)\n");
  std::printf("| Operation | I/O points (open/read/write/sync/trunc/delete) | Trials | Faults injected | OK (after) | Error, before (retry OK) | Error, after | Partial | Internal (known bug) | Problems |\n");
  std::printf("|---|---|---|---|---|---|---|---|---|---|\n");
  for (const Row& r : rows) {
    const auto& k = r.counts.by_kind;
    std::printf("| %s | %llu (%llu/%llu/%llu/%llu/%llu/%llu) | %llu | %llu | %llu | %llu (%llu) | %llu | %llu | %llu (%llu) | %llu |\n",
                r.name.c_str(), (unsigned long long)r.counts.total, (unsigned long long)k[0], (unsigned long long)k[1],
                (unsigned long long)k[2], (unsigned long long)k[3], (unsigned long long)k[4], (unsigned long long)k[5],
                (unsigned long long)r.trials, (unsigned long long)r.injected, (unsigned long long)r.ok_after,
                (unsigned long long)r.failed_before, (unsigned long long)r.retried_ok,
                (unsigned long long)r.failed_after, (unsigned long long)r.partial, (unsigned long long)r.internal,
                (unsigned long long)r.known_bug, (unsigned long long)r.problems);
  }
  std::printf("\nLost writes: power loss before every mutating I/O point and right after the call returned\n");
  std::printf("| Operation | Mutating I/O points | Power losses (all unsynced lost + torn flush) | Reopened as before | Reopened as after | Unsynced writes discarded | Problems | Seconds (both tests) |\n");
  std::printf("|---|---|---|---|---|---|---|---|\n");
  for (const Row& r : rows) {
    std::printf("| %s | %llu | %llu + %llu | %llu | %llu | %llu | %llu | %.1f |\n", r.name.c_str(),
                (unsigned long long)r.counts.mutating, (unsigned long long)r.crashes, (unsigned long long)r.torn,
                (unsigned long long)r.crash_before, (unsigned long long)r.crash_after,
                (unsigned long long)r.discarded, (unsigned long long)r.lost_problems, r.seconds);
  }
  std::printf("\nStatuses returned under faults, and one RG_EIO message per operation:\n");
  for (const Row& r : rows) {
    std::printf("  %s:", r.name.c_str());
    for (const auto& [name, n] : r.statuses) std::printf(" %s %llu", name.c_str(), (unsigned long long)n);
    std::printf("\n    \"%s\"\n", r.sample_message.c_str());
  }
  std::fflush(stdout);
}

// RG_FAULT_PATH (substring) limits the run to matching write paths, for debugging.
bool selected(const std::string& name) {
  const char* only = std::getenv("RG_FAULT_PATH");
  return only == nullptr || *only == '\0' || name.find(only) != std::string::npos;
}

TEST(Faults, EveryIoPointOfEveryWritePathAndPowerLoss) {
  FaultHarness harness;
  std::vector<Row> rows;
  uint64_t total_trials = 0;
  for (const WritePath& p : harness.paths()) {
    if (!selected(p.name)) continue;
    SCOPED_TRACE(p.name);
    const auto start = std::chrono::steady_clock::now();
    Row row;
    row.name = p.name;
    const Reference ref = harness.reference(p);
    row.counts = ref.counts;
    ASSERT_GT(ref.counts.total, 0u);
    for (uint64_t n = 1; n <= ref.counts.total; ++n) {
      harness.fault_trial(p, ref, {n, false, false}, row);
      harness.fault_trial(p, ref, {n, true, false}, row);
      if (ref.trace[n - 1] == IoKind::kWrite) harness.fault_trial(p, ref, {n, false, true}, row);
    }
    for (uint64_t k = 1; k <= ref.counts.mutating + 1; ++k) {
      harness.crash_trial(p, ref, k, 0, row);
      harness.crash_trial(p, ref, k, k * 7919 + 1, row);
    }
    row.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    total_trials += row.trials + row.crashes + row.torn;
    rows.push_back(row);
  }
  print_tables(rows);
  RecordProperty("trials", std::to_string(total_trials));
  for (const Row& r : rows) {
    EXPECT_EQ(r.partial, 0u) << r.name;
    EXPECT_EQ(r.internal, 0u) << r.name;
  }
}

// Creating a store (rg_store_open on a new file: page size, WAL, 8 migrations, each in its own
// transaction) then opening its ledger and assets: every I/O point failed (transient, persistent),
// and a power loss before every mutating point. A failed or interrupted creation may leave a file
// at an intermediate schema version (that is by design); it must pass integrity_check, and the
// next open must finish the job and give exactly the store a clean creation gives.
TEST(Faults, NewStoreCreationEveryIoPointAndPowerLoss) {
  const char* warm_only = std::getenv("RG_FAULTS_WARM_ONLY");
  if (warm_only != nullptr && std::string(warm_only) == "1") GTEST_SKIP() << "RG_FAULTS_WARM_ONLY=1 (sanitizer budget)";
  ScratchDir dir("create");
  FaultVfs& vfs = FaultVfs::install();
  const std::string path = dir.file("new.db");
  auto create = [&]() {
    Handles h = open_handles(path);
    const rg_status st = h.status;
    close_handles(h);
    return st;
  };
  remove_store(path);
  vfs.arm({});
  ASSERT_EQ(create(), RG_OK) << rg_last_error_message();
  vfs.disarm();
  const IoCounts counts = vfs.counts();
  const std::vector<IoKind> trace = vfs.trace();
  const Digest clean = digest_of(path);
  ASSERT_TRUE(clean.error.empty()) << clean.error;
  uint64_t trials = 0, failed = 0, internal = 0, losses = 0, partial_files = 0;
  auto check_recovers = [&](const std::string& where) {
    if (std::filesystem::exists(path)) {
      const std::string integrity = integrity_of(path);
      EXPECT_EQ(integrity, "ok") << where;
      if (digest_of(path) != clean) ++partial_files;
    }
    const rg_status again = create();
    EXPECT_EQ(again, RG_OK) << where << ": reopening: " << rg_last_error_message();
    EXPECT_EQ(digest_of(path), clean) << where << ": the finished store differs from a clean creation";
  };
  for (uint64_t n = 1; n <= counts.total; ++n) {
    for (bool persistent : {false, true}) {
      const std::string where = "creation, I/O point " + std::to_string(n) + " (" + io_kind_name(trace[n - 1]) +
                                (persistent ? ", persistent)" : ")");
      remove_store(path);
      vfs.forget_unsynced();
      vfs.arm({n, persistent, false});
      const rg_status st = create();
      const std::string message = rg_last_error_message();
      vfs.disarm();
      ++trials;
      if (st != RG_OK) {
        ++failed;
        if (st == RG_EINTERNAL) ++internal;
        EXPECT_NE(st, RG_EINTERNAL) << where << ": " << message;
        EXPECT_FALSE(message.empty()) << where;
      }
      check_recovers(where);
    }
  }
  for (uint64_t k = 1; k <= counts.mutating + 1; ++k) {
    for (uint64_t torn : {uint64_t{0}, k * 31 + 1}) {
      const std::string where = "creation, power loss before mutating point " + std::to_string(k) + (torn ? " (torn)" : "");
      remove_store(path);
      vfs.forget_unsynced();
      vfs.arm({});
      if (k <= counts.mutating) vfs.crash_before_mutation(k);
      const rg_status st = create();
      if (k > counts.mutating) vfs.die_now();
      vfs.disarm();
      vfs.restore_after_power_loss(torn);
      ++losses;
      EXPECT_NE(st, RG_EINTERNAL) << where << ": " << rg_last_error_message();
      check_recovers(where);
    }
  }
  std::printf("\nStore creation (rg_store_open of a new file + ledger + assets): %llu I/O points "
              "(open/read/write/sync/trunc/delete %llu/%llu/%llu/%llu/%llu/%llu), %llu fault trials (%llu errors, %llu "
              "internal), %llu power losses; %llu left an unfinished file, every one finished by the next open\n",
              (unsigned long long)counts.total, (unsigned long long)counts.by_kind[0],
              (unsigned long long)counts.by_kind[1], (unsigned long long)counts.by_kind[2],
              (unsigned long long)counts.by_kind[3], (unsigned long long)counts.by_kind[4],
              (unsigned long long)counts.by_kind[5], (unsigned long long)trials, (unsigned long long)failed,
              (unsigned long long)internal, (unsigned long long)losses, (unsigned long long)partial_files);
  std::fflush(stdout);
}

// The bug the sweep found: a CSV import (rg_households_import_csv) into a store that already has
// members, with one read failing inside the import's member step (HouseholdRepository::has_members
// runs outside the row handlers' error mapping), returned RG_EINTERNAL "internal error: disk I/O
// error". Every read fault of the import must be an I/O error naming the import.
TEST(Faults, CsvImportReadFaultIsNeverAnInternalError) {
  FaultHarness harness;
  const WritePath& p = harness.paths().front();
  ASSERT_EQ(p.name.rfind("CSV import", 0), 0u);
  const Reference ref = harness.reference(p);
  for (uint64_t n = 1; n <= ref.counts.total; ++n) {
    if (ref.trace[n - 1] != IoKind::kRead) continue;
    Handles h = harness.fresh();
    FaultVfs::install().arm({n, false, false});
    const rg_status st = p.run(h);
    const std::string message = rg_last_error_message();
    FaultVfs::install().disarm();
    close_handles(h);
    EXPECT_NE(st, RG_EINTERNAL) << "read fault at I/O point " << n << ": " << message;
  }
}

}  // namespace
}  // namespace rg::faults
