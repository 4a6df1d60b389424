// Households assessed per second: the C++ batch, the C ABI batch, one-by-one with explanations,
// and Python through ctypes in one call, all on the same synthetic county.
#include <benchmark/benchmark.h>

#include <climits>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "ruralguard/risk.hpp"
#include "ruralguard/ruralguard.h"

namespace {

constexpr std::size_t kHouseholds = 1'000'000;

struct County {
  std::vector<uint64_t> region;
  std::vector<uint8_t> kind;
  std::vector<int64_t> pci, prev, net, med, edu;
  std::vector<int32_t> end, members, labour, weak, serious, chronic, disabled;
  std::vector<uint8_t> guarantees;
  std::vector<uint16_t> events;
};

const County& county() {
  static const County c = [] {
    County k;
    std::mt19937_64 rng(42);
    auto pick = [&rng](int64_t lo, int64_t hi) {
      return lo + static_cast<int64_t>(rng() % static_cast<uint64_t>(hi - lo + 1));
    };
    const int32_t end = rg::Date::from_ymd(2024, 12, 31).days_since_epoch();
    for (std::size_t i = 0; i < kHouseholds; ++i) {
      const auto m = static_cast<int32_t>(pick(1, 6));
      const int64_t pci = pick(-2000, 40000) * 10000;
      k.region.push_back(530122001000ULL + static_cast<uint64_t>(pick(1, 300)));
      k.kind.push_back(static_cast<uint8_t>(pick(1, 3)));
      k.pci.push_back(pci);
      k.prev.push_back(pick(0, 3) == 0 ? INT64_MIN : pick(0, 40000) * 10000);
      k.net.push_back(pci * m);
      k.med.push_back(pick(0, 2) == 0 ? pick(0, 60000) * 10000 : 0);
      k.edu.push_back(pick(0, 4) == 0 ? pick(0, 30000) * 10000 : 0);
      k.end.push_back(end);
      k.members.push_back(m);
      const auto labour = static_cast<int32_t>(pick(0, m));
      k.labour.push_back(labour);
      k.weak.push_back(static_cast<int32_t>(pick(0, m - labour)));
      k.serious.push_back(static_cast<int32_t>(pick(0, 1)));
      k.chronic.push_back(static_cast<int32_t>(pick(0, 1)));
      k.disabled.push_back(pick(0, 5) == 0 ? 1 : 0);
      k.guarantees.push_back(pick(0, 50) == 0 ? static_cast<uint8_t>(1u << pick(0, 4)) : 0);
      k.events.push_back(pick(0, 20) == 0 ? static_cast<uint16_t>(1u << pick(0, 5)) : 0);
    }
    return k;
  }();
  return c;
}

const rg::Date kAsOf = rg::Date::from_ymd(2025, 3, 1);

void BM_AssessBatch_Cpp(benchmark::State& state) {
  const County& c = county();
  const rg::Policy policy = rg::default_policy("53", 2025);
  const rg::HouseholdColumns in{c.region, c.kind, c.pci, c.prev, c.net, c.med, c.edu, c.end, c.members,
                                c.labour, c.weak, c.serious, c.chronic, c.disabled, c.guarantees, c.events};
  std::vector<uint8_t> within(kHouseholds), category(kHouseholds), level(kHouseholds);
  std::vector<uint32_t> mask(kHouseholds);
  std::vector<int32_t> score(kHouseholds), visit(kHouseholds), status(kHouseholds);
  const rg::AssessmentColumns out{within, category, mask, score, level, visit, status};
  for (auto _ : state) {
    benchmark::DoNotOptimize(rg::assess_batch(in, policy, kAsOf, out));
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kHouseholds));
}
BENCHMARK(BM_AssessBatch_Cpp)->Unit(benchmark::kMillisecond);

void BM_AssessBatch_CAbi(benchmark::State& state) {
  const County& c = county();
  rg_policy* policy = nullptr;
  if (rg_policy_default(&policy, "53", 2, 2025) != RG_OK) state.SkipWithError("policy");
  rg_household_columns in{};
  in.struct_size = sizeof in;
  in.count = kHouseholds;
  in.region_code = c.region.data();
  in.kind = c.kind.data();
  in.per_capita_income = c.pci.data();
  in.previous_per_capita_income = c.prev.data();
  in.net_income = c.net.data();
  in.medical_out_of_pocket = c.med.data();
  in.education_out_of_pocket = c.edu.data();
  in.income_period_end = c.end.data();
  in.members = c.members.data();
  in.labour_capable = c.labour.data();
  in.weak_labour = c.weak.data();
  in.seriously_ill = c.serious.data();
  in.chronically_ill = c.chronic.data();
  in.disabled = c.disabled.data();
  in.guarantee_failures = c.guarantees.data();
  in.events = c.events.data();
  std::vector<uint8_t> within(kHouseholds), level(kHouseholds);
  std::vector<int32_t> score(kHouseholds), status(kHouseholds);
  rg_assessment_columns out{};
  out.struct_size = sizeof out;
  out.within_monitoring = within.data();
  out.level = level.data();
  out.score = score.data();
  out.status = status.data();
  for (auto _ : state) {
    size_t failed = 0;
    if (rg_risk_assess_batch(&failed, &out, &in, policy, kAsOf.days_since_epoch()) != RG_OK) {
      state.SkipWithError(rg_last_error_message());
    }
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kHouseholds));
  rg_policy_free(policy);
}
BENCHMARK(BM_AssessBatch_CAbi)->Unit(benchmark::kMillisecond);

// One household at a time with the reason list (the form-filling path), for comparison.
void BM_AssessOneByOneWithReasons(benchmark::State& state) {
  const County& c = county();
  const rg::Policy policy = rg::default_policy("53", 2025);
  std::size_t i = 0;
  rg::HouseholdFacts f;
  for (auto _ : state) {
    f.region_code = c.region[i];
    f.kind = static_cast<rg::HouseholdKind>(c.kind[i]);
    f.per_capita_income = rg::Money::from_units(c.pci[i]);
    f.net_income = rg::Money::from_units(c.net[i]);
    f.medical_out_of_pocket = rg::Money::from_units(c.med[i]);
    f.income_period_end = rg::Date::from_days_since_epoch(c.end[i]);
    f.members = c.members[i];
    f.labour_capable = c.labour[i];
    benchmark::DoNotOptimize(rg::assess(f, policy, kAsOf));
    i = (i + 1) % kHouseholds;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_AssessOneByOneWithReasons);

// Python: one call of ruralguard.risk.assess_batch on 1,000,000 households (time of the call only,
// measured by the script with perf_counter and reported as manual time).
void BM_AssessBatch_Python(benchmark::State& state) {
  const std::string cmd = std::string("RURALGUARD_LIBRARY=") + RG_SHARED_LIBRARY + " PYTHONPATH=" + RG_PYTHON_PATH +
                          " python3 " + RG_PYTHON_BENCH + " " + std::to_string(kHouseholds);
  for (auto _ : state) {
    FILE* p = popen(cmd.c_str(), "r");
    double seconds = -1;
    long monitored = 0;
    if (p == nullptr || std::fscanf(p, "%lf %ld", &seconds, &monitored) != 2) {
      if (p) pclose(p);
      state.SkipWithError("python benchmark script failed");
      break;
    }
    pclose(p);
    state.SetIterationTime(seconds);
    state.counters["monitored"] = static_cast<double>(monitored);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kHouseholds));
}
BENCHMARK(BM_AssessBatch_Python)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
