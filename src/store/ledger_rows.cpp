#include "store/ledger_rows.hpp"

#include <string>

#include "ruralguard/error.hpp"

namespace rg::store {

uint64_t read_transfer(SQLite::Statement& q, Transfer& t, Digest& link) {
  const auto seq = from_sql(q.getColumn(0).getInt64());
  try {
    t.id = TransferId{from_sql(q.getColumn(1).getInt64()), from_sql(q.getColumn(2).getInt64())};
    t.ref_id = TransferId{from_sql(q.getColumn(3).getInt64()), from_sql(q.getColumn(4).getInt64())};
    t.debit_account_id = from_sql(q.getColumn(5).getInt64());
    t.credit_account_id = from_sql(q.getColumn(6).getInt64());
    t.project_id = from_sql(q.getColumn(7).getInt64());
    t.amount = Money::from_units(q.getColumn(8).getInt64());
    const int64_t days = q.getColumn(9).getInt64();
    if (days < INT32_MIN || days > INT32_MAX) throw Error(ErrorCode::kRange, "effective_date out of range");
    t.effective_date = Date::from_days_since_epoch(static_cast<int32_t>(days));
    t.code = static_cast<TransferCode>(q.getColumn(10).getInt());
    t.flags = static_cast<uint16_t>(q.getColumn(11).getInt());
    const auto memo = q.getColumn(12);
    t.memo = Memo(std::string_view(static_cast<const char*>(memo.getBlob()), static_cast<std::size_t>(memo.getBytes())));
    const auto l = q.getColumn(13);
    link = Digest{};
    if (l.getBytes() == static_cast<int>(link.size())) {
      const auto* p = static_cast<const uint8_t*>(l.getBlob());
      std::copy(p, p + link.size(), link.begin());
    }
  } catch (const Error& e) {
    throw Error(ErrorCode::kCorrupt, "transfer record " + std::to_string(seq) + ": " + e.what());
  }
  return seq;
}

Account read_account(SQLite::Statement& q, Ledger::RawBalance& stored) {
  Account a;
  a.id = from_sql(q.getColumn(0).getInt64());
  a.level = static_cast<FundLevel>(q.getColumn(1).getInt());
  a.fiscal_year = q.getColumn(2).getInt();
  a.holder_kind = static_cast<HolderKind>(q.getColumn(3).getInt());
  a.holder_id = from_sql(q.getColumn(4).getInt64());
  a.kind = static_cast<AccountKind>(q.getColumn(5).getInt());
  a.flags = static_cast<uint16_t>(q.getColumn(6).getInt());
  stored.debits_pending = q.getColumn(7).getInt64();
  stored.debits_posted = q.getColumn(8).getInt64();
  stored.credits_pending = q.getColumn(9).getInt64();
  stored.credits_posted = q.getColumn(10).getInt64();
  return a;
}

}  // namespace rg::store
