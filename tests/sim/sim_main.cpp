// rg_simulate: runs the deterministic county simulator (tests/sim/simulator.hpp).
//   rg_simulate [--seconds S] [--seeds N] [--first-seed K] [--steps M] [--expect-failure]
// Runs seeds K, K+1, ... with M steps each until N seeds ran or S seconds passed. A failing seed
// is printed with its step, the broken invariant and a minimised sequence that still breaks it,
// and the program exits 1 (0 with --expect-failure, which exits 1 if no seed fails: the planted-bug
// build uses it). Replay one seed: rg_simulate --first-seed K --seeds 1 --steps M.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "sim/simulator.hpp"

int main(int argc, char** argv) {
  double seconds = 0;
  uint64_t seeds = 0, first = 1;
  std::size_t steps = 200;
  bool expect_failure = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--seconds") seconds = std::atof(value());
    else if (a == "--seeds") seeds = std::strtoull(value(), nullptr, 10);
    else if (a == "--first-seed") first = std::strtoull(value(), nullptr, 10);
    else if (a == "--steps") steps = std::strtoull(value(), nullptr, 10);
    else if (a == "--expect-failure") expect_failure = true;
    else {
      std::fprintf(stderr, "usage: %s [--seconds S] [--seeds N] [--first-seed K] [--steps M] [--expect-failure]\n", argv[0]);
      return 2;
    }
  }
  if (seconds <= 0 && seeds == 0) seeds = 8;
  rg::sim::Simulator sim;
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  uint64_t ran = 0, total_steps = 0, faults = 0, fired = 0, reopens = 0, losses = 0, mid = 0, transfers = 0, cases = 0,
           errors = 0, txns = 0, by_state[14] = {};
  for (uint64_t seed = first;; ++seed) {
    if (seeds != 0 && ran >= seeds) break;
    if (seconds > 0 && elapsed() >= seconds) break;
    const auto plan = rg::sim::plan_steps(seed, steps);
    const rg::sim::RunResult r = sim.run(plan);
    ++ran;
    total_steps += r.steps_run;
    faults += r.faults_armed;
    fired += r.faults_fired;
    reopens += r.reopens;
    losses += r.power_losses;
    mid += r.crashes_mid_call;
    txns += r.transactions;
    for (int k = 0; k < 14; ++k) by_state[k] += r.cases_by_state[k];
    transfers += r.transfers_committed;
    cases += r.cases;
    errors += r.errors_returned;
    if (r.failed) {
      std::printf("seed %llu FAILED after step %zu of %zu (%zu steps run in total over %llu seeds): %s: %s\n",
                  (unsigned long long)seed, r.failed_step + 1, steps, (std::size_t)total_steps,
                  (unsigned long long)ran, r.check.c_str(), r.message.c_str());
      std::printf("failing step: %s\n", rg::sim::describe(plan[r.failed_step]).c_str());
      std::vector<rg::sim::Step> prefix(plan.begin(), plan.begin() + static_cast<long>(r.failed_step + 1));
      const auto small = sim.minimise(prefix, r.check);
      const rg::sim::RunResult again = sim.run(small);
      std::printf("minimised to %zu steps (replays: %s: %s):\n", small.size(), again.failed ? again.check.c_str() : "PASSES",
                  again.message.c_str());
      for (std::size_t i = 0; i < small.size(); ++i) std::printf("  %zu. %s\n", i + 1, rg::sim::describe(small[i]).c_str());
      std::printf("replay: %s --first-seed %llu --seeds 1 --steps %zu\n", argv[0], (unsigned long long)seed, steps);
      std::fflush(stdout);
      return expect_failure ? 0 : 1;
    }
  }
  std::printf("simulator: %llu seeds x %zu steps = %llu steps clean in %.1f s (faults armed %llu, fired %llu; reopens "
              "%llu; power losses between calls %llu, inside calls %llu; caller transactions %llu; transfers committed "
              "%llu; cases %llu; error statuses %llu)\n",
              (unsigned long long)ran, steps, (unsigned long long)total_steps, elapsed(), (unsigned long long)faults,
              (unsigned long long)fired, (unsigned long long)reopens, (unsigned long long)losses,
              (unsigned long long)mid, (unsigned long long)txns, (unsigned long long)transfers,
              (unsigned long long)cases, (unsigned long long)errors);
  static const char* names[14] = {"", "clue", "verified", "compared", "reviewed", "noticed", "township-approved",
                                  "monitored", "rejected", "elimination-verified", "elimination-reviewed",
                                  "elimination-noticed", "elimination-township-approved", "eliminated"};
  std::printf("cases by state at the end of the runs:");
  for (int k = 1; k < 14; ++k) std::printf(" %s %llu", names[k], (unsigned long long)by_state[k]);
  std::printf("\n");
  if (expect_failure) {
    std::printf("expected a failure (planted bug) and found none\n");
    return 1;
  }
  return 0;
}
