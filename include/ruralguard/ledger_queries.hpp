// ruralguard C++ API: questions asked of a ledger (pure functions, no I/O).
//
// Amounts are exact. "Allocated" and "disbursed" follow docs/ledger.md:
//  - allocated: kAllocate transfers into budget accounts, minus kReturn from a budget back to a
//    source; kReallocate between budgets moves allocation from one holder to the other;
//  - disbursed: kDisburse transfers (attributed to the debit account's level and year and to the
//    project's type and region), minus kReturn from a payee or project back to a budget;
//  - project allocation: kAllocate or kReallocate into a project account (kReturn out of it
//    subtracts); it is not counted again in "allocated";
//  - a reversal counts against whatever its original counted for;
//  - only posted amounts count (reservations do not) and only up to the as-of date.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "ruralguard/ledger.hpp"
#include "ruralguard/project.hpp"
#include "ruralguard/region_code.hpp"

namespace rg {

// Balance of an account counting only transfers effective on or before `as_of`. A reservation
// made by then and not yet posted or voided by then counts as pending. Throws Error(kNotFound).
[[nodiscard]] Balance balance_as_of(const Ledger& ledger, uint64_t account_id, Date as_of);

struct HistoryEntry {
  uint64_t sequence = 0;
  Transfer transfer;
  bool is_debit = false;  // the account is the transfer's debit side
};
// Transfers touching `account_id` with from <= effective date <= to, in commit order.
// Throws Error(kNotFound), and Error(kLimit) when more than `limit` entries match (kHistoryMax by
// default, C: RG_HISTORY_MAX): the history is never cut silently; ask for a shorter period.
inline constexpr std::size_t kHistoryMax = 100000;
[[nodiscard]] std::vector<HistoryEntry> account_history(const Ledger& ledger, uint64_t account_id, Date from,
                                                        Date to, std::size_t limit = kHistoryMax);

// One posted movement classified for reports.
// What a transfer posts, as the reports count it: the transfer it counts for and its signed
// amount. A reversal counts negatively, against its original's accounts and code. None for a
// pending or voiding transfer (nothing posted) or a reversal of an unknown transfer.
struct PostedEffect {
  const Transfer* base = nullptr;
  Money amount;
};
[[nodiscard]] std::optional<PostedEffect> posted_effect(const Ledger& ledger, const Transfer& t);

struct FundFlow {
  uint64_t sequence = 0;
  Date date = Date::from_days_since_epoch(0);
  FundLevel level = FundLevel::kCentral;
  int32_t fiscal_year = 0;
  uint64_t region = 0;  // RegionCode value, 0 when unknown
  uint64_t project_id = 0;
  std::optional<ProjectType> project_type;
  Money allocated;          // signed change of funds allocated to budgets
  Money disbursed;          // signed change of funds disbursed
  Money project_allocated;  // signed change of funds assigned to project_id's project account
};
// Every posted transfer effective on or before `as_of` that changes allocated or disbursed funds.
[[nodiscard]] std::vector<FundFlow> fund_flows(const Ledger& ledger, const ProjectLibrary& projects, Date as_of);

enum class TotalsKey : uint8_t { kLevel = 1, kYear = 2, kProjectType = 3, kRegionPrefix = 4 };
struct TotalsRow {
  uint64_t key = 0;  // FundLevel value, year, ProjectType value (0 = none) or region prefix value
  Money allocated;
  Money disbursed;
};
// Allocated and disbursed totals grouped by `key`, sorted by key. For kRegionPrefix,
// `prefix_digits` (2, 4, 6, 9 or 12) picks the level: key is the region code cut to that prefix.
[[nodiscard]] std::vector<TotalsRow> fund_totals(const Ledger& ledger, const ProjectLibrary& projects,
                                                 TotalsKey key, Date as_of, int prefix_digits = 6);

}  // namespace rg
