// Money operations beside the same operations on boost::multiprecision::cpp_dec_float_50, the
// obvious exact-decimal alternative a C++ developer would reach for.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <boost/multiprecision/cpp_dec_float.hpp>
#include <random>
#include <string>
#include <vector>

#include "ruralguard/money.hpp"

namespace {

using Dec = boost::multiprecision::cpp_dec_float_50;
constexpr std::size_t kN = 1024;

std::vector<int64_t> random_units(uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<int64_t> v(kN);
  for (auto& x : v) x = static_cast<int64_t>(rng() % 10'000'000'000ULL) - 5'000'000'000LL;  // ±500k yuan
  return v;
}

std::vector<Dec> to_dec(const std::vector<int64_t>& units) {
  std::vector<Dec> v;
  for (auto u : units) v.push_back(Dec(u) / 10000);
  return v;
}

// Each benchmark runs the operation over the same 1,024 operands per iteration and reports the
// per-operation time (items_per_second), so loop overhead does not hide the operation's cost.
void BM_Add_Money(benchmark::State& state) {
  const auto a = random_units(1);
  const auto b = random_units(2);
  std::vector<rg::Money> out(kN);
  for (auto _ : state) {
    for (std::size_t i = 0; i < kN; ++i) out[i] = rg::Money::from_units(a[i]) + rg::Money::from_units(b[i]);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kN));
}
BENCHMARK(BM_Add_Money);

void BM_Add_DecFloat50(benchmark::State& state) {
  const auto a = to_dec(random_units(1));
  const auto b = to_dec(random_units(2));
  std::vector<Dec> out(kN);
  for (auto _ : state) {
    for (std::size_t i = 0; i < kN; ++i) out[i] = a[i] + b[i];
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kN));
}
BENCHMARK(BM_Add_DecFloat50);

// amount * 7/12 rounded half-up to fen.
void BM_MulRatio_Money(benchmark::State& state) {
  const auto a = random_units(3);
  std::vector<rg::Money> out(kN);
  for (auto _ : state) {
    for (std::size_t i = 0; i < kN; ++i) {
      out[i] = rg::Money::from_units(a[i]).mul_ratio(7, 12, rg::Rounding::kHalfUp, 2);
    }
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kN));
}
BENCHMARK(BM_MulRatio_Money);

void BM_MulRatio_MoneyTimesRatioObject(benchmark::State& state) {
  const auto a = random_units(3);
  const rg::Ratio ratio(7, 12);
  std::vector<rg::Money> out(kN);
  for (auto _ : state) {
    for (std::size_t i = 0; i < kN; ++i) out[i] = rg::Money::from_units(a[i]).mul(ratio, rg::Rounding::kHalfUp, 2);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kN));
}
BENCHMARK(BM_MulRatio_MoneyTimesRatioObject);

void BM_MulRatio_DecFloat50(benchmark::State& state) {
  const auto a = to_dec(random_units(3));
  const Dec half("0.5");
  std::vector<Dec> out(kN);
  for (auto _ : state) {
    for (std::size_t i = 0; i < kN; ++i) {
      // Same operation: multiply, divide, round half away from zero to 2 places.
      Dec scaled = a[i] * 7 / 12 * 100;
      out[i] = (scaled < 0 ? Dec(-boost::multiprecision::floor(-scaled + half))
                           : Dec(boost::multiprecision::floor(scaled + half))) / 100;
    }
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kN));
}
BENCHMARK(BM_MulRatio_DecFloat50);

std::vector<int64_t> weights_1000() {
  std::mt19937_64 rng(4);
  std::vector<int64_t> w(1000);
  for (auto& x : w) x = 1 + static_cast<int64_t>(rng() % 5000);
  return w;
}

void BM_Allocate1000_Money(benchmark::State& state) {
  const auto w = weights_1000();
  const rg::Money total = rg::Money::parse("1234567.89");
  std::vector<rg::Money> parts(w.size());
  for (auto _ : state) {
    rg::allocate_into(total, w, rg::Money::kUnitsPerFen, parts);
    benchmark::DoNotOptimize(parts.data());
  }
}
BENCHMARK(BM_Allocate1000_Money);

void BM_Allocate1000_DecFloat50(benchmark::State& state) {
  const auto w = weights_1000();
  const Dec total("1234567.89");
  Dec wsum = 0;
  for (auto x : w) wsum += x;
  std::vector<Dec> parts(w.size());
  std::vector<std::pair<Dec, std::size_t>> rem(w.size());
  for (auto _ : state) {
    // Largest remainder in fen with the decimal type.
    Dec total_fen = total * 100;
    Dec assigned = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
      Dec quota = total_fen * w[k] / wsum;
      Dec fl = boost::multiprecision::floor(quota);
      parts[k] = fl;
      assigned += fl;
      rem[k] = {quota - fl, k};
    }
    auto leftover = static_cast<std::size_t>((total_fen - assigned).convert_to<long long>());
    std::sort(rem.begin(), rem.end(), [](const auto& x, const auto& y) {
      return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    for (std::size_t k = 0; k < leftover; ++k) parts[rem[k].second] += 1;
    benchmark::DoNotOptimize(parts.data());
  }
}
BENCHMARK(BM_Allocate1000_DecFloat50);

std::vector<std::string> amount_texts() {
  std::vector<std::string> texts;
  for (auto u : random_units(5)) texts.push_back(rg::Money::from_units(u).format({.decimals = 2}));
  return texts;
}

void BM_Parse_Money(benchmark::State& state) {
  const auto texts = amount_texts();
  std::size_t i = 0;
  for (auto _ : state) {
    const rg::Money m = rg::Money::parse(texts[i]);
    benchmark::DoNotOptimize(m);
    i = (i + 1) & (kN - 1);
  }
}
BENCHMARK(BM_Parse_Money);

void BM_Parse_DecFloat50(benchmark::State& state) {
  const auto texts = amount_texts();
  std::size_t i = 0;
  for (auto _ : state) {
    Dec d(texts[i]);
    benchmark::DoNotOptimize(d);
    i = (i + 1) & (kN - 1);
  }
}
BENCHMARK(BM_Parse_DecFloat50);

void BM_Format_Money(benchmark::State& state) {
  const auto a = random_units(6);
  std::size_t i = 0;
  for (auto _ : state) {
    std::string s = rg::Money::from_units(a[i]).format({.decimals = 2});
    benchmark::DoNotOptimize(s.data());
    i = (i + 1) & (kN - 1);
  }
}
BENCHMARK(BM_Format_Money);

void BM_Format_DecFloat50(benchmark::State& state) {
  const auto a = to_dec(random_units(6));
  std::size_t i = 0;
  for (auto _ : state) {
    std::string s = a[i].str(2, std::ios_base::fixed);
    benchmark::DoNotOptimize(s.data());
    i = (i + 1) & (kN - 1);
  }
}
BENCHMARK(BM_Format_DecFloat50);

}  // namespace

BENCHMARK_MAIN();
