// ruralguard C++ API: ledger accounts for linkage funds (衔接资金).
//
// An account belongs to one fund source level and one fiscal year and is held by a region, a
// project or a payee. Balances are kept TigerBeetle style as four running sums in whole fen
// (stored as rg::Money): pending and posted debits, pending and posted credits.
#pragma once

#include <cstdint>
#include <string_view>

#include "ruralguard/money.hpp"

namespace rg {

// Fund source level. Values equal the C ABI's RG_FUND_* constants.
enum class FundLevel : uint8_t {
  kCentral = 1,     // 中央
  kProvincial = 2,  // 省级
  kMunicipal = 3,   // 市级
  kCounty = 4,      // 县级
};
inline constexpr int kFundLevelCount = 4;

// What an account is for. Values equal the C ABI's RG_ACCOUNT_KIND_* constants.
enum class AccountKind : uint8_t {
  kSource = 1,   // where a level's money enters the ledger (the treasury side)
  kBudget = 2,   // a region's allocation (资金指标) for a level and year
  kProject = 3,  // money assigned to one project from the library
  kPayee = 4,    // a contractor, cooperative or household that is paid
  kIncome = 5,   // income from project assets (资产收益)
};

// Who holds an account. Values equal the C ABI's RG_HOLDER_* constants.
enum class HolderKind : uint8_t {
  kRegion = 1,   // holder_id is a 12-digit region code (RegionCode::value())
  kProject = 2,  // holder_id is a project id from the project library
  kPayee = 3,    // holder_id is the caller's payee number
};

// Account flags (bit values equal the C ABI's RG_ACCOUNT_* flags).
namespace account_flags {
// Debits (pending + posted) may never exceed posted credits: nobody allocates or spends more
// than was received, and a reservation never lets the available balance go negative.
inline constexpr uint16_t kDebitsMustNotExceedCredits = 1u << 0;
// The mirror rule for accounts that must not receive more than they paid out.
inline constexpr uint16_t kCreditsMustNotExceedDebits = 1u << 1;
// The account accepts no new transfers (posting or voiding earlier reservations included).
inline constexpr uint16_t kClosed = 1u << 2;
inline constexpr uint16_t kAll = kDebitsMustNotExceedCredits | kCreditsMustNotExceedDebits | kClosed;
}  // namespace account_flags

struct Account {
  uint64_t id = 0;  // caller-supplied, non-zero
  FundLevel level = FundLevel::kCentral;
  int32_t fiscal_year = 0;  // 2000..2099
  HolderKind holder_kind = HolderKind::kRegion;
  uint64_t holder_id = 0;
  AccountKind kind = AccountKind::kBudget;
  uint16_t flags = 0;

  friend bool operator==(const Account&, const Account&) = default;
};

struct Balance {
  Money debits_pending;
  Money debits_posted;
  Money credits_pending;
  Money credits_posted;

  // Posted credits minus posted and pending debits: what may still be reserved or spent from an
  // account with kDebitsMustNotExceedCredits.
  [[nodiscard]] Money available() const { return credits_posted - debits_posted - debits_pending; }
  friend bool operator==(const Balance&, const Balance&) = default;
};

// Per-account results of Ledger::create_accounts, in descending precedence. Values equal the C
// ABI's RG_ACCOUNT_* result constants and never change.
enum class AccountResult : uint32_t {
  kOk = 0,
  kIdMustNotBeZero = 1,
  kLevelInvalid = 2,
  kKindInvalid = 3,
  kHolderKindInvalid = 4,
  kHolderInvalid = 5,         // region holder with an impossible region code, or holder id 0
  kFiscalYearInvalid = 6,     // outside 2000..2099
  kFlagsInvalid = 7,          // unknown bit, closed at creation, or both limit flags
  kExistsWithDifferentLevel = 8,
  kExistsWithDifferentFiscalYear = 9,
  kExistsWithDifferentHolder = 10,
  kExistsWithDifferentKind = 11,
  kExistsWithDifferentFlags = 12,
  kExists = 13,
};

[[nodiscard]] std::string_view account_result_name(AccountResult result) noexcept;
[[nodiscard]] std::string_view fund_level_name(FundLevel level) noexcept;     // "central"
[[nodiscard]] std::string_view fund_level_name_zh(FundLevel level) noexcept;  // "中央"

inline constexpr int32_t kFiscalYearMin = 2000;
inline constexpr int32_t kFiscalYearMax = 2099;

}  // namespace rg
