// C ABI: the fund ledger (accounts, transfer batches, balances, chain head, verify).
#include <algorithm>
#include <cstring>
#include <vector>

#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/ledger_handle.hpp"
#include "capi/text_out.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/ledger_queries.hpp"

using rg::capi::guard;

namespace rg::capi {

Date date_arg(rg_date date, const char* what) {
  try {
    return Date::from_days_since_epoch(date);
  } catch (const Error&) {
    throw Error(ErrorCode::kRange, std::string(what) + ": day " + std::to_string(date) +
                                       " is outside 1900-01-01..9999-12-31");
  }
}

}  // namespace rg::capi

namespace {

// A date the engine always refuses (before the ledger's 2000-01-01 limit): an out-of-range C
// date becomes a per-transfer result, not a failure of the whole call.
const rg::Date kRefusedDate = rg::Date::from_ymd(1900, 1, 1);

rg::Transfer to_transfer(const rg_transfer& c) {
  rg::Transfer t;
  t.id = rg::TransferId{c.id_hi, c.id_lo};
  t.ref_id = rg::TransferId{c.ref_id_hi, c.ref_id_lo};
  t.debit_account_id = c.debit_account_id;
  t.credit_account_id = c.credit_account_id;
  t.project_id = c.project_id;
  t.amount = rg::Money::from_units(c.amount);
  try {
    t.effective_date = rg::Date::from_days_since_epoch(c.effective_date);
  } catch (const rg::Error&) {
    t.effective_date = kRefusedDate;
  }
  t.code = rg::capi::engine_checked_enum<rg::TransferCode>(c.code);  // RG_TRANSFER_CODE_INVALID
  t.flags = c.flags;
  t.memo = rg::Memo(std::string_view(c.memo, strnlen(c.memo, RG_TRANSFER_MEMO_MAX)));
  return t;
}

rg::Account to_account(const rg_account& c) {
  rg::Account a;
  a.id = c.id;
  a.holder_id = c.holder_id;
  a.fiscal_year = c.fiscal_year;
  a.flags = c.flags;
  // Checked per record: RG_ACCOUNT_LEVEL_INVALID, _KIND_INVALID, _HOLDER_KIND_INVALID.
  a.level = rg::capi::engine_checked_enum<rg::FundLevel>(c.level);
  a.kind = rg::capi::engine_checked_enum<rg::AccountKind>(c.kind);
  a.holder_kind = rg::capi::engine_checked_enum<rg::HolderKind>(c.holder_kind);
  return a;
}

rg_transfer to_c_transfer(const rg::Transfer& t) {
  rg_transfer c{};
  c.id_hi = t.id.hi;
  c.id_lo = t.id.lo;
  c.ref_id_hi = t.ref_id.hi;
  c.ref_id_lo = t.ref_id.lo;
  c.debit_account_id = t.debit_account_id;
  c.credit_account_id = t.credit_account_id;
  c.project_id = t.project_id;
  c.amount = t.amount.units();
  c.effective_date = t.effective_date.days_since_epoch();
  c.code = static_cast<uint16_t>(t.code);
  c.flags = t.flags;
  const auto memo = t.memo.view();
  std::memcpy(c.memo, memo.data(), memo.size());
  return c;
}

void to_c(rg_balance* out, const rg::Balance& b) {
  out->debits_pending = b.debits_pending.units();
  out->debits_posted = b.debits_posted.units();
  out->credits_pending = b.credits_pending.units();
  out->credits_posted = b.credits_posted.units();
}

rg_status check_batch(const char* function, const void* out, const void* in, size_t count) {
  if (count > RG_LEDGER_BATCH_MAX) {
    return rg::capi::set_error(RG_ELIMIT, std::string(function) + ": count " + std::to_string(count) +
                                              " exceeds RG_LEDGER_BATCH_MAX (" +
                                              std::to_string(RG_LEDGER_BATCH_MAX) + ")");
  }
  if (count > 0 && (out == nullptr || in == nullptr)) {
    return rg::capi::null_argument(function, out == nullptr ? "out_results" : "records");
  }
  return RG_OK;
}

}  // namespace

extern "C" {

// Lookups: a value out of range is documented to give "unknown".
const char* rg_transfer_result_name(uint32_t result) {
  return rg::transfer_result_name(rg::capi::engine_checked_enum<rg::TransferResult>(result)).data();
}

const char* rg_account_result_name(uint32_t result) {
  return rg::account_result_name(rg::capi::engine_checked_enum<rg::AccountResult>(result)).data();
}

rg_status rg_ledger_open(rg_ledger** out_ledger, rg_store* store) {
  RG_CHECK_ARG(out_ledger);
  *out_ledger = nullptr;
  RG_CHECK_ARG(store);
  return guard([&] { *out_ledger = new rg_ledger(store->store); });
}

void rg_ledger_close(rg_ledger* ledger) { delete ledger; }

rg_status rg_ledger_create_accounts(uint32_t* out_results, rg_ledger* ledger, const rg_account* accounts,
                                    size_t count) {
  RG_CHECK_ARG(ledger);
  if (rg_status s = check_batch(__func__, out_results, accounts, count); s != RG_OK) return s;
  return guard([&] {
    std::vector<rg::Account> in(count);
    std::transform(accounts, accounts + count, in.begin(), to_account);
    std::vector<rg::AccountResult> results(count);
    ledger->ledger.create_accounts(in, results);
    for (size_t i = 0; i < count; ++i) out_results[i] = static_cast<uint32_t>(results[i]);
  });
}

rg_status rg_ledger_close_account(rg_ledger* ledger, uint64_t account_id) {
  RG_CHECK_ARG(ledger);
  return guard([&] { ledger->ledger.close_account(account_id); });
}

rg_status rg_ledger_create_transfers(uint32_t* out_results, size_t* out_committed, rg_ledger* ledger,
                                     const rg_transfer* transfers, size_t count) {
  RG_CHECK_ARG(ledger);
  if (out_committed != nullptr) *out_committed = 0;
  if (rg_status s = check_batch(__func__, out_results, transfers, count); s != RG_OK) return s;
  return guard([&] {
    std::vector<rg::Transfer> in(count);
    std::transform(transfers, transfers + count, in.begin(), to_transfer);
    std::vector<rg::TransferResult> results(count);
    const size_t committed = ledger->ledger.create_transfers(in, results);
    for (size_t i = 0; i < count; ++i) out_results[i] = static_cast<uint32_t>(results[i]);
    if (out_committed != nullptr) *out_committed = committed;
  });
}

rg_status rg_ledger_balance(rg_balance* out, rg_ledger* ledger, uint64_t account_id) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(ledger);
  return guard([&] { to_c(out, ledger->ledger.ledger().balance(account_id)); });
}

rg_status rg_ledger_balance_as_of(rg_balance* out, rg_ledger* ledger, uint64_t account_id, rg_date as_of) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(ledger);
  return guard([&] {
    to_c(out, rg::balance_as_of(ledger->ledger.ledger(), account_id, rg::capi::date_arg(as_of, "as_of")));
  });
}

rg_status rg_ledger_chain_head(uint8_t* out_head, uint64_t* out_length, rg_ledger* ledger) {
  RG_CHECK_ARG(ledger);
  return guard([&] {
    const auto head = ledger->ledger.stored_head();
    if (out_head != nullptr) std::memcpy(out_head, head.head.data(), head.head.size());
    if (out_length != nullptr) *out_length = head.length;
  });
}

rg_status rg_ledger_verify(uint64_t* out_first_bad_sequence, rg_ledger* ledger) {
  RG_CHECK_ARG(ledger);
  if (out_first_bad_sequence != nullptr) *out_first_bad_sequence = 0;
  return guard([&] {
    const rg::LedgerVerification v = ledger->ledger.verify();
    if (out_first_bad_sequence != nullptr) *out_first_bad_sequence = v.first_bad_sequence;
    if (!v.ok) throw rg::Error(rg::ErrorCode::kCorrupt, "ledger verify: " + v.message);
  });
}

rg_status rg_ledger_history(rg_history_entry* out_entries, size_t capacity, size_t* out_count, rg_ledger* ledger,
                            uint64_t account_id, rg_date from, rg_date to) {
  RG_CHECK_LIST_ARGS(out_entries, capacity, out_count, ledger);
  return guard([&, func = __func__] {
    const auto entries = rg::account_history(ledger->ledger.ledger(), account_id, rg::capi::date_arg(from, "from"),
                                             rg::capi::date_arg(to, "to"));
    *out_count = entries.size();
    rg::capi::check_rows_fit(func, entries.size(), capacity, "entries");
    for (size_t i = 0; i < entries.size(); ++i) {
      out_entries[i] = rg_history_entry{};
      out_entries[i].transfer = to_c_transfer(entries[i].transfer);
      out_entries[i].sequence = entries[i].sequence;
      out_entries[i].is_debit = entries[i].is_debit ? 1 : 0;
    }
  });
}

rg_status rg_ledger_totals(rg_totals_row* out_rows, size_t capacity, size_t* out_count, rg_ledger* ledger, uint32_t by,
                           int32_t prefix_digits, rg_date as_of) {
  RG_CHECK_LIST_ARGS(out_rows, capacity, out_count, ledger);
  return guard([&, func = __func__] {
    const auto key = rg::capi::enum_arg<rg::TotalsKey>(by, "by", func);
    const auto rows = rg::fund_totals(ledger->ledger.ledger(), ledger->ledger.projects(), key,
                                      rg::capi::date_arg(as_of, "as_of"), prefix_digits);
    *out_count = rows.size();
    rg::capi::check_rows_fit(func, rows.size(), capacity, "rows");
    for (size_t i = 0; i < rows.size(); ++i) {
      out_rows[i] = rg_totals_row{rows[i].key, rows[i].allocated.units(), rows[i].disbursed.units()};
    }
  });
}

}  // extern "C"
