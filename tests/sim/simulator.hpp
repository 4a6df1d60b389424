// A deterministic simulator of a county's year (issue 21, item 3). From a seed it plans a
// sequence of steps (CSV imports, assessment runs, case openings and procedure steps, department
// clues, ledger batches with linked chains and pending transfers, asset income, distribution plans
// and their payment, reopens, power losses, a second store handle and a second ledger handle),
// some with an injected I/O fault, and runs them through the C ABI on a copy of the base store of
// tests/faults. After every step it checks invariants; the first broken one stops the run. The
// same seed gives the same steps and the same run; minimise() shrinks a failing sequence by delta
// debugging (dropping steps while the same check still fails).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace rg::sim {

enum class Op : uint8_t {
  kImport, kAssess, kCaseOpen, kCaseStep, kClues, kLedgerBatch, kAssetIncome, kPlanAdd, kPlanPost,
  kAlertsScan, kReopen, kPowerLoss, kSecondLedger, kTransaction, kMeasure, kVisit, kCount
};

struct Step {
  Op op = Op::kImport;
  uint64_t a = 0, b = 0;       // parameters, interpreted against the state when the step runs
  uint32_t fault_at = 0;       // 0, or the I/O point of this step that fails
  bool persistent = false;     // the fault stays until the step returns
  bool second_handle = false;  // store-level steps go through the second store handle
  bool crash = false;          // store-level steps: power loss before mutating I/O point fault_at
};

std::string describe(const Step& s);
std::vector<Step> plan_steps(uint64_t seed, std::size_t steps);

struct RunResult {
  bool failed = false;
  std::size_t failed_step = 0;  // index of the step after which a check failed
  std::string check;            // which invariant
  std::string message;
  std::size_t steps_run = 0;
  uint64_t faults_armed = 0, faults_fired = 0, reopens = 0, power_losses = 0, crashes_mid_call = 0,
           transfers_committed = 0, cases = 0, errors_returned = 0, transactions = 0;
  uint64_t cases_by_state[14] = {};  // at the end of the run, index RG_CASE_*
};

class Simulator {
 public:
  // Builds the base store and the CSV counties once, in a scratch directory.
  Simulator();
  ~Simulator();
  Simulator(const Simulator&) = delete;
  Simulator& operator=(const Simulator&) = delete;

  RunResult run(const std::vector<Step>& steps);
  // Shrinks `steps` (which fail with `check`) to a smaller sequence that still fails the same
  // check; at most `max_runs` re-runs.
  std::vector<Step> minimise(std::vector<Step> steps, const std::string& check, int max_runs = 300);

  struct Env;  // the scratch directory, base store and CSV files (simulator.cpp)

 private:
  std::unique_ptr<Env> env_;
};

}  // namespace rg::sim
