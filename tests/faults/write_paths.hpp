// The write paths of the C ABI as they exist today, each as a deterministic operation on a base
// store built through the C ABI only (the store/monitoring layers are being refactored: nothing
// here reaches below ruralguard.h). Shared by the fault tests and the simulator.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ruralguard/ruralguard.h"

namespace rg::faults {

rg_date ymd(int y, int m, int d);

// The handles a caller holds on one file: store, ledger (with the project library), assets, and
// a default policy for province 50, 2025.
struct Handles {
  rg_store* store = nullptr;
  rg_ledger* ledger = nullptr;
  rg_assets* assets = nullptr;
  rg_policy* policy = nullptr;
  std::string path;          // the store file (kept by close_handles)
  rg_status status = RG_OK;  // of the first open that failed
  std::string message;
};
Handles open_handles(const std::string& path);
void close_handles(Handles& h);

// Removes a store file and its companions (-wal, -shm, .idkey).
void remove_store(const std::string& path);
// Copies a closed store (file and ID key) to `to`, replacing what was there.
void copy_store(const std::string& from, const std::string& to);

struct WritePath {
  std::string name;
  std::function<rg_status(Handles&)> run;
};

// Builds the base store at `path` (CSV files written into `dir`): a 40-household county imported
// from CSV, the policy saved, cases at several steps, ledger accounts, approved and completed
// projects with funds allocated and disbursed, a capitalised operating asset with income and one
// distribution plan awaiting payment. Returns the write paths that apply to it (each checks its
// own preconditions by returning a status). Throws std::runtime_error naming the step that failed.
std::vector<WritePath> build_base(const std::string& dir, const std::string& path);

// The assessment write path: columnar load as of `as_of`, batch assessment, rg_risk_run_record.
rg_status assess_and_record(rg_store* store, const rg_policy* policy, rg_date as_of, const std::string& label);

// A tiny committed write used before an operation so that the state "before" includes a commit
// still in the WAL (not yet checkpointed): the lost-write test then proves WAL recovery keeps it.
rg_status small_commit(Handles& h);

// The four CSV files "<dir>/<stem>-{regions,households,members,income}.csv" (the struct points
// into strings kept for the life of the process), and a synthetic county written there.
rg_csv_files csv_files(const std::string& dir, const std::string& stem);
void write_county_csv(const std::string& dir, const std::string& stem, uint64_t county_code, int64_t households,
                      uint64_t seed);

// Throws std::runtime_error with the library's message unless st is RG_OK.
void must(rg_status st, const std::string& what);

}  // namespace rg::faults
