// libFuzzer target: the batch C ABI calls, with column arrays, sizes and records derived from the
// fuzz bytes. The first byte picks the call:
//   0 rg_risk_assess_batch: every row's outputs equal rg_risk_assess on the same facts;
//   1 rg_money_allocate(_fen): parts sum to the total, each within one unit of its exact share,
//     and the output is untouched on error;
//   2 rg_ledger_create_accounts / rg_ledger_create_transfers on a temporary store: the committed
//     count equals the OK results, the chain grows by it, debits equal credits over all accounts,
//     no "debits must not exceed credits" account is overdrawn, and rg_ledger_verify passes.
#include <fuzzer/FuzzedDataProvider.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "fuzz_check.hpp"
#include "ruralguard/ruralguard.h"

namespace {

constexpr std::size_t kRowsMax = 64;

rg_date day(int y, int m, int d) {
  rg_date out = 0;
  FUZZ_CHECK(rg_date_from_ymd(&out, y, m, d) == RG_OK, "date");
  return out;
}

// ---- 0: assessment batch -------------------------------------------------------------------

template <typename T>
const T* maybe_column(FuzzedDataProvider& in, std::vector<T>& storage, bool present, std::size_t count, T lo, T hi) {
  if (!present) return nullptr;
  storage.resize(count);
  for (auto& v : storage) v = in.ConsumeIntegralInRange<T>(lo, hi);
  return storage.data();
}

void fuzz_assess(FuzzedDataProvider& in) {
  static rg_policy* policies[2] = {nullptr, nullptr};
  if (policies[0] == nullptr) {
    FUZZ_CHECK(rg_policy_default(&policies[0], "00", 2, 2021) == RG_OK, "default policy");
    FUZZ_CHECK(rg_policy_default(&policies[1], "53", 2, 2025) == RG_OK, "default policy 53");
  }
  const rg_policy* policy = policies[in.ConsumeBool() ? 1 : 0];
  const std::size_t count = in.ConsumeIntegralInRange<std::size_t>(0, kRowsMax);
  const uint32_t present = in.ConsumeIntegral<uint32_t>();
  const bool wild = in.ConsumeBool();  // out-of-domain values as well as plausible ones
  const int64_t money_hi = wild ? INT64_MAX : int64_t{200000} * RG_MONEY_UNITS_PER_YUAN;
  const int64_t money_lo = wild ? INT64_MIN : -int64_t{1000} * RG_MONEY_UNITS_PER_YUAN;
  const int32_t int_hi = wild ? INT32_MAX : 12;
  const int32_t int_lo = wild ? INT32_MIN : 0;
  const rg_date as_of = wild ? in.ConsumeIntegral<int32_t>() : in.ConsumeIntegralInRange<int32_t>(day(2023, 1, 1), day(2026, 12, 31));

  std::vector<uint64_t> region;
  std::vector<uint8_t> kind, guarantee;
  std::vector<rg_money> pci, prev, net, medical, education;
  std::vector<rg_date> period_end;
  std::vector<int32_t> members, labour, weak, ill, chronic, disabled;
  std::vector<uint16_t> events;
  rg_household_columns cols;
  std::memset(&cols, 0, sizeof cols);
  cols.struct_size = sizeof cols;
  cols.count = count;
  // Required columns are present unless bit 31 says otherwise (then the call is refused).
  const bool required = (present & 0x80000000u) == 0;
  cols.region_code = maybe_column<uint64_t>(in, region, required, count, wild ? 0 : 500112001001ull, wild ? UINT64_MAX : 500112001003ull);
  cols.kind = maybe_column<uint8_t>(in, kind, required, count, wild ? 0 : 1, wild ? 255 : 3);
  cols.per_capita_income = maybe_column<rg_money>(in, pci, required, count, money_lo, money_hi);
  cols.net_income = maybe_column<rg_money>(in, net, required, count, money_lo, money_hi);
  cols.income_period_end = maybe_column<rg_date>(in, period_end, required, count, wild ? INT32_MIN : day(2022, 1, 1), wild ? INT32_MAX : day(2023, 12, 31));
  cols.members = maybe_column<int32_t>(in, members, required, count, wild ? INT32_MIN : 1, int_hi);
  cols.labour_capable = maybe_column<int32_t>(in, labour, required, count, int_lo, int_hi);
  cols.previous_per_capita_income = maybe_column<rg_money>(in, prev, present & 1u, count, money_lo, money_hi);
  cols.medical_out_of_pocket = maybe_column<rg_money>(in, medical, present & 2u, count, money_lo, money_hi);
  cols.education_out_of_pocket = maybe_column<rg_money>(in, education, present & 4u, count, money_lo, money_hi);
  cols.weak_labour = maybe_column<int32_t>(in, weak, present & 8u, count, int_lo, int_hi);
  cols.seriously_ill = maybe_column<int32_t>(in, ill, present & 16u, count, int_lo, int_hi);
  cols.chronically_ill = maybe_column<int32_t>(in, chronic, present & 32u, count, int_lo, int_hi);
  cols.disabled = maybe_column<int32_t>(in, disabled, present & 64u, count, int_lo, int_hi);
  cols.guarantee_failures = maybe_column<uint8_t>(in, guarantee, present & 128u, count, 0, wild ? 255 : 31);
  cols.events = maybe_column<uint16_t>(in, events, present & 256u, count, 0, wild ? 65535 : 63);

  std::vector<uint8_t> within(count, 0xEE), category(count, 0xEE), level(count, 0xEE);
  std::vector<uint32_t> mask(count, 0xEEEEEEEE);
  std::vector<int32_t> score(count, -7), status(count, -7);
  std::vector<rg_date> next(count, -7);
  rg_assessment_columns out;
  std::memset(&out, 0, sizeof out);
  out.struct_size = sizeof out;
  out.within_monitoring = within.data();
  out.category = category.data();
  out.risk_mask = mask.data();
  out.score = score.data();
  out.level = level.data();
  out.next_visit = next.data();
  out.status = (present & 512u) ? nullptr : status.data();

  std::size_t failed = 12345;
  const rg_status batch = rg_risk_assess_batch(&failed, &out, &cols, policy, as_of);
  if (!required && count > 0) {
    FUZZ_CHECK(batch == RG_EINVAL, "missing required column accepted: %s", rg_status_name(batch));
    return;
  }
  if (batch != RG_OK) {
    FUZZ_CHECK(batch == RG_ERANGE || batch == RG_EINVAL, "batch: %s", rg_status_name(batch));
    return;
  }
  std::size_t failed_rows = 0;
  for (std::size_t i = 0; i < count; ++i) {
    rg_household_facts facts;
    rg_household_facts_init(&facts);
    facts.region_code = region[i];
    facts.kind = kind[i];
    facts.per_capita_income = pci[i];
    facts.net_income = net[i];
    facts.income_period_end = period_end[i];
    facts.members = members[i];
    facts.labour_capable = labour[i];
    if (cols.previous_per_capita_income) facts.previous_per_capita_income = prev[i];
    if (cols.medical_out_of_pocket) facts.medical_out_of_pocket = medical[i];
    if (cols.education_out_of_pocket) facts.education_out_of_pocket = education[i];
    if (cols.weak_labour) facts.weak_labour = weak[i];
    if (cols.seriously_ill) facts.seriously_ill = ill[i];
    if (cols.chronically_ill) facts.chronically_ill = chronic[i];
    if (cols.disabled) facts.disabled = disabled[i];
    if (cols.guarantee_failures) facts.guarantee_failures = guarantee[i];
    if (cols.events) facts.events = events[i];
    rg_assessment one;
    std::memset(&one, 0, sizeof one);
    one.struct_size = sizeof one;
    const rg_status row = rg_risk_assess(&one, &facts, policy, as_of);
    if (out.status) FUZZ_CHECK(status[i] == row, "row %zu: batch status %d, single %d", i, status[i], row);
    if (row != RG_OK) {
      ++failed_rows;
      FUZZ_CHECK(within[i] == 0 && category[i] == 0 && mask[i] == 0 && score[i] == 0 && level[i] == 0,
                 "failed row %zu has outputs", i);
      continue;
    }
    FUZZ_CHECK(within[i] == one.within_monitoring && category[i] == one.category && mask[i] == one.risk_mask &&
                   score[i] == one.score && level[i] == one.level && next[i] == one.next_visit,
               "row %zu: batch (%u,%u,%x,%d,%u,%d) single (%u,%u,%x,%d,%u,%d)", i, within[i], category[i], mask[i],
               score[i], level[i], next[i], one.within_monitoring, one.category, one.risk_mask, one.score, one.level,
               one.next_visit);
  }
  FUZZ_CHECK(failed == failed_rows, "out_failed %zu, rows failing alone %zu", failed, failed_rows);
}

// ---- 1: allocation ---------------------------------------------------------------------------

void fuzz_allocate(FuzzedDataProvider& in) {
  const bool fen = in.ConsumeBool();
  const bool small = in.ConsumeBool();
  const std::size_t count = in.ConsumeIntegralInRange<std::size_t>(0, kRowsMax);
  const rg_money total = small ? in.ConsumeIntegralInRange<int64_t>(-1000000000, 1000000000) * (fen ? 100 : 1)
                               : in.ConsumeIntegral<int64_t>();
  std::vector<int64_t> weights(count);
  for (auto& w : weights) w = small ? in.ConsumeIntegralInRange<int64_t>(-1, 1000000) : in.ConsumeIntegral<int64_t>();
  std::vector<rg_money> parts(count + 1, 0x5A5A5A5A);
  const rg_status status = fen ? rg_money_allocate_fen(parts.data(), total, weights.data(), count)
                               : rg_money_allocate(parts.data(), total, weights.data(), count);
  if (status != RG_OK) {
    FUZZ_CHECK(status == RG_EINVAL || status == RG_EOVERFLOW || status == RG_EPRECISION, "%s", rg_status_name(status));
    for (const rg_money p : parts) FUZZ_CHECK(p == 0x5A5A5A5A, "out_parts changed on error %s", rg_status_name(status));
    return;
  }
  FUZZ_CHECK(parts[count] == 0x5A5A5A5A, "wrote past count");
  __int128 sum_parts = 0, sum_weights = 0;
  for (std::size_t i = 0; i < count; ++i) {
    FUZZ_CHECK(weights[i] >= 0, "negative weight accepted");
    sum_parts += parts[i];
    sum_weights += weights[i];
    if (fen) FUZZ_CHECK(parts[i] % RG_MONEY_UNITS_PER_FEN == 0, "part %zu is not whole fen", i);
  }
  FUZZ_CHECK(sum_parts == total, "parts do not sum to %lld", static_cast<long long>(total));
  if (sum_weights >= (__int128{1} << 62)) return;  // products below would not fit 128 bits
  const __int128 unit = fen ? RG_MONEY_UNITS_PER_FEN : 1;
  for (std::size_t i = 0; i < count; ++i) {
    // |part - total * w / sum| < one unit  <=>  |part * sum - total * w| < unit * sum
    __int128 diff = __int128{parts[i]} * sum_weights - __int128{total} * weights[i];
    if (diff < 0) diff = -diff;
    FUZZ_CHECK(diff < unit * sum_weights, "part %zu = %lld is more than one unit from its share", i,
               static_cast<long long>(parts[i]));
  }
}

// ---- 2: ledger batches -----------------------------------------------------------------------

constexpr uint64_t kAccounts = 8;

class LedgerFixture {
 public:
  LedgerFixture() {
    char pattern[] = "/tmp/rg_fuzz_ledger_XXXXXX";
    FUZZ_CHECK(mkdtemp(pattern) != nullptr, "mkdtemp");
    dir_ = pattern;
    db_ = dir_ + "/ledger.db";
    open();
  }
  ~LedgerFixture() {
    close();
    rmdir(dir_.c_str());
  }
  rg_ledger* ledger() { return ledger_; }
  void reset_if_large() {
    uint64_t length = 0;
    FUZZ_CHECK(rg_ledger_chain_head(nullptr, &length, ledger_) == RG_OK, "head");
    if (length < 5000) return;
    close();
    open();
  }

 private:
  void open() {
    rg_store_options options;
    rg_store_options_init(&options);
    options.synchronous_full = 0;
    FUZZ_CHECK(rg_store_open(&store_, db_.data(), db_.size(), &options) == RG_OK, "open: %s", rg_last_error_message());
    FUZZ_CHECK(rg_ledger_open(&ledger_, store_) == RG_OK, "ledger: %s", rg_last_error_message());
    rg_project project;
    std::memset(&project, 0, sizeof project);
    project.id = 7001;
    project.region = 500112001001ull;
    project.fiscal_year = 2024;
    project.type = 1;
    project.planned[0] = 1000000000;
    FUZZ_CHECK(rg_project_add(ledger_, &project, "fuzz", 4, day(2024, 1, 2)) == RG_OK, "project: %s", rg_last_error_message());
    FUZZ_CHECK(rg_project_transition(ledger_, 7001, RG_PROJECT_ADMITTED, day(2024, 1, 3)) == RG_OK, "admit");
    FUZZ_CHECK(rg_project_transition(ledger_, 7001, RG_PROJECT_APPROVED, day(2024, 1, 4)) == RG_OK, "approve");
    // Accounts 1..8: sources, budgets (one may not overspend), payees, income; fiscal year 2024.
    rg_account accounts[kAccounts];
    std::memset(accounts, 0, sizeof accounts);
    for (uint64_t i = 0; i < kAccounts; ++i) {
      rg_account& a = accounts[i];
      a.id = i + 1;
      a.fiscal_year = 2024;
      a.level = static_cast<uint8_t>(RG_FUND_CENTRAL + i % 4);
      a.kind = static_cast<uint8_t>(RG_ACCOUNT_KIND_SOURCE + i % 5);
      a.holder_kind = a.kind == RG_ACCOUNT_KIND_PAYEE ? RG_HOLDER_PAYEE : RG_HOLDER_REGION;
      a.holder_id = a.holder_kind == RG_HOLDER_PAYEE ? i + 1 : 500112001001ull;
      if (a.kind == RG_ACCOUNT_KIND_PROJECT) {
        a.holder_kind = RG_HOLDER_PROJECT;
        a.holder_id = 7001;
      }
      if (i % 3 == 1) a.flags = RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS;
    }
    uint32_t results[kAccounts];
    FUZZ_CHECK(rg_ledger_create_accounts(results, ledger_, accounts, kAccounts) == RG_OK, "accounts");
    for (uint64_t i = 0; i < kAccounts; ++i) {
      FUZZ_CHECK(results[i] == RG_ACCOUNT_OK, "account %llu: %s", static_cast<unsigned long long>(i + 1),
                 rg_account_result_name(results[i]));
      flags_[i] = accounts[i].flags;
    }
  }
  void close() {
    rg_ledger_close(ledger_);
    rg_store_close(store_);
    ledger_ = nullptr;
    store_ = nullptr;
    std::remove(db_.c_str());
    std::remove((db_ + "-wal").c_str());
    std::remove((db_ + "-shm").c_str());
  }

 public:
  uint16_t flags_[kAccounts] = {};

 private:
  std::string dir_, db_;
  rg_store* store_ = nullptr;
  rg_ledger* ledger_ = nullptr;
};

void check_ledger_sums(LedgerFixture& fixture) {
  __int128 debits = 0, credits = 0, debits_pending = 0, credits_pending = 0;
  for (uint64_t id = 1; id <= kAccounts; ++id) {
    rg_balance b;
    FUZZ_CHECK(rg_ledger_balance(&b, fixture.ledger(), id) == RG_OK, "balance %llu", static_cast<unsigned long long>(id));
    debits += b.debits_posted;
    credits += b.credits_posted;
    debits_pending += b.debits_pending;
    credits_pending += b.credits_pending;
    if (fixture.flags_[id - 1] & RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS) {
      FUZZ_CHECK(b.debits_posted + b.debits_pending <= b.credits_posted, "account %llu overdrawn",
                 static_cast<unsigned long long>(id));
    }
    FUZZ_CHECK(b.debits_posted >= 0 && b.credits_posted >= 0 && b.debits_pending >= 0 && b.credits_pending >= 0,
               "negative balance field on %llu", static_cast<unsigned long long>(id));
  }
  FUZZ_CHECK(debits == credits && debits_pending == credits_pending, "debits and credits differ");
}

void fuzz_ledger(FuzzedDataProvider& in) {
  static LedgerFixture fixture;
  static uint64_t iterations = 0;
  rg_ledger* ledger = fixture.ledger();
  if (in.ConsumeIntegralInRange<int>(0, 7) == 0) {  // sometimes: account records
    const std::size_t count = in.ConsumeIntegralInRange<std::size_t>(0, 8);
    std::vector<rg_account> accounts(count);
    for (auto& a : accounts) {
      std::memset(&a, 0, sizeof a);
      a.id = in.ConsumeIntegralInRange<uint64_t>(0, 12);
      a.holder_id = in.ConsumeBool() ? 500112001001ull : in.ConsumeIntegral<uint64_t>();
      a.fiscal_year = in.ConsumeIntegralInRange<int32_t>(1999, 2100);
      a.flags = in.ConsumeIntegralInRange<uint16_t>(0, 7);
      a.level = in.ConsumeIntegralInRange<uint8_t>(0, 5);
      a.kind = in.ConsumeIntegralInRange<uint8_t>(0, 6);
      a.holder_kind = in.ConsumeIntegralInRange<uint8_t>(0, 4);
      a.reserved[0] = in.ConsumeIntegralInRange<uint8_t>(0, 1) * in.ConsumeIntegral<uint8_t>();
    }
    std::vector<uint32_t> results(count + 1, 0xEEEE);
    FUZZ_CHECK(rg_ledger_create_accounts(results.data(), ledger, accounts.data(), count) == RG_OK, "accounts: %s",
               rg_last_error_message());
    for (std::size_t i = 0; i < count; ++i) {
      FUZZ_CHECK(results[i] <= RG_ACCOUNT_EXISTS, "account result %u", results[i]);
      if (accounts[i].id >= 1 && accounts[i].id <= kAccounts)
        FUZZ_CHECK(results[i] != RG_ACCOUNT_OK, "account %llu created twice", static_cast<unsigned long long>(accounts[i].id));
    }
    return;
  }
  const std::size_t count = in.ConsumeIntegralInRange<std::size_t>(0, kRowsMax);
  std::vector<rg_transfer> batch(count);
  const rg_date first = day(2024, 1, 1);
  for (auto& t : batch) {
    std::memset(&t, 0, sizeof t);
    t.id_hi = in.ConsumeIntegralInRange<uint64_t>(0, 1) * in.ConsumeIntegral<uint64_t>();
    t.id_lo = in.ConsumeIntegralInRange<uint64_t>(0, 200);
    t.ref_id_lo = in.ConsumeIntegralInRange<uint64_t>(0, 200);
    t.debit_account_id = in.ConsumeIntegralInRange<uint64_t>(0, kAccounts + 1);
    t.credit_account_id = in.ConsumeIntegralInRange<uint64_t>(0, kAccounts + 1);
    t.project_id = in.ConsumeBool() ? 7001 : in.ConsumeIntegralInRange<uint64_t>(0, 7002);
    t.amount = in.ConsumeBool() ? in.ConsumeIntegralInRange<int64_t>(0, 100000) * RG_MONEY_UNITS_PER_FEN
                                : in.ConsumeIntegral<int64_t>();
    t.effective_date = in.ConsumeBool() ? first + in.ConsumeIntegralInRange<int32_t>(-400, 800) : in.ConsumeIntegral<int32_t>();
    t.code = in.ConsumeIntegralInRange<uint16_t>(0, 7);
    t.flags = in.ConsumeIntegralInRange<uint16_t>(0, 16);
    const std::string memo = in.ConsumeRandomLengthString(RG_TRANSFER_MEMO_MAX + 4);
    std::memcpy(t.memo, memo.data(), memo.size() < RG_TRANSFER_MEMO_MAX ? memo.size() : RG_TRANSFER_MEMO_MAX);
  }
  uint64_t before = 0, after = 0;
  FUZZ_CHECK(rg_ledger_chain_head(nullptr, &before, ledger) == RG_OK, "head");
  std::vector<uint32_t> results(count + 1, 0xEEEE);
  std::size_t committed = 99999;
  const rg_status status = rg_ledger_create_transfers(results.data(), &committed, ledger, batch.data(), count);
  FUZZ_CHECK(status == RG_OK, "create_transfers: %s %s", rg_status_name(status), rg_last_error_message());
  FUZZ_CHECK(results[count] == 0xEEEE, "wrote past count");
  std::size_t ok = 0;
  for (std::size_t i = 0; i < count; ++i) {
    FUZZ_CHECK(results[i] <= RG_TRANSFER_OVERFLOWS_BALANCE, "result %u", results[i]);
    FUZZ_CHECK(std::strcmp(rg_transfer_result_name(results[i]), "unknown") != 0, "unnamed result %u", results[i]);
    if (results[i] == RG_TRANSFER_OK) ++ok;
  }
  FUZZ_CHECK(committed == ok, "committed %zu, OK results %zu", committed, ok);
  FUZZ_CHECK(rg_ledger_chain_head(nullptr, &after, ledger) == RG_OK && after == before + committed,
             "chain %llu -> %llu with %zu committed", static_cast<unsigned long long>(before),
             static_cast<unsigned long long>(after), committed);
  check_ledger_sums(fixture);
  if (++iterations % 64 == 0 || committed > 0 && iterations % 8 == 0) {
    uint64_t bad = 0;
    FUZZ_CHECK(rg_ledger_verify(&bad, ledger) == RG_OK, "verify: record %llu: %s", static_cast<unsigned long long>(bad),
               rg_last_error_message());
  }
  fixture.reset_if_large();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  FuzzedDataProvider in(data + 1, size - 1);
  switch (data[0] % 3) {
    case 0: fuzz_assess(in); break;
    case 1: fuzz_allocate(in); break;
    default: fuzz_ledger(in); break;
  }
  return 0;
}
