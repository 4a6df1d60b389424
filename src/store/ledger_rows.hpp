// Private: reading and writing ledger rows (uint64 ids are stored bit-for-bit as SQLite int64).
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>

#include "ruralguard/account.hpp"
#include "ruralguard/ledger.hpp"
#include "ruralguard/project.hpp"
#include "ruralguard/transfer.hpp"

namespace rg::store {

inline int64_t to_sql(uint64_t v) noexcept { return static_cast<int64_t>(v); }
inline uint64_t from_sql(int64_t v) noexcept { return static_cast<uint64_t>(v); }

// SELECT column order shared by the loader and the verifier.
inline constexpr const char* kTransferColumns =
    "seq, id_hi, id_lo, ref_hi, ref_lo, debit_account_id, credit_account_id, project_id, amount, "
    "effective_date, code, flags, memo, link";

// Reads the columns above into `t`; returns the sequence number. Throws Error(kCorrupt) naming the
// row when a value cannot be a transfer field (date out of range, memo too long).
uint64_t read_transfer(SQLite::Statement& q, Transfer& t, Digest& link);

inline constexpr const char* kAccountColumns =
    "id, level, fiscal_year, holder_kind, holder_id, kind, flags, debits_pending, debits_posted, "
    "credits_pending, credits_posted";
Account read_account(SQLite::Statement& q, Ledger::RawBalance& stored);

}  // namespace rg::store
