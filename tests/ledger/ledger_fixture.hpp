// Test helper: a small county ledger (central source, county budgets, project accounts, payees)
// with a project library, and transfer builders.
#pragma once

#include <ostream>
#include <vector>

#include "ruralguard/ledger.hpp"
#include "ruralguard/project.hpp"

namespace rg {
// Readable names in test failure messages.
inline void PrintTo(TransferResult r, std::ostream* os) { *os << transfer_result_name(r); }
inline void PrintTo(AccountResult r, std::ostream* os) { *os << account_result_name(r); }
}  // namespace rg

namespace rg::test {

inline constexpr uint64_t kCentralSource = 1;  // 中央 source for 2024
inline constexpr uint64_t kCountyBudget = 10;  // county 500112 budget, central funds 2024
inline constexpr uint64_t kOtherBudget = 11;   // county 500113 budget, central funds 2024
inline constexpr uint64_t kProjectAccount = 20;
inline constexpr uint64_t kPayee = 30;
inline constexpr uint64_t kApprovedProject = 7001;
inline constexpr uint64_t kReserveProject = 7002;

inline Date d(const char* text) { return Date::parse(text); }
inline Money yuan(int64_t y) { return Money::from_yuan(y); }

inline Account make_account(uint64_t id, AccountKind kind, HolderKind holder_kind, uint64_t holder,
                            uint16_t flags, FundLevel level = FundLevel::kCentral, int32_t year = 2024) {
  Account a;
  a.id = id;
  a.level = level;
  a.fiscal_year = year;
  a.holder_kind = holder_kind;
  a.holder_id = holder;
  a.kind = kind;
  a.flags = flags;
  return a;
}

inline std::vector<Account> county_accounts() {
  constexpr uint16_t kLimit = account_flags::kDebitsMustNotExceedCredits;
  return {
      make_account(kCentralSource, AccountKind::kSource, HolderKind::kRegion, 500112000000ull, 0),
      make_account(kCountyBudget, AccountKind::kBudget, HolderKind::kRegion, 500112000000ull, kLimit),
      make_account(kOtherBudget, AccountKind::kBudget, HolderKind::kRegion, 500113000000ull, kLimit),
      make_account(kProjectAccount, AccountKind::kProject, HolderKind::kProject, kApprovedProject, kLimit),
      make_account(kPayee, AccountKind::kPayee, HolderKind::kPayee, 1, 0),
  };
}

inline Transfer make_transfer(uint64_t id, uint64_t debit, uint64_t credit, Money amount,
                              TransferCode code = TransferCode::kAllocate, uint16_t flags = 0,
                              const char* date = "2024-03-01") {
  Transfer t;
  t.id = TransferId{0, id};
  t.debit_account_id = debit;
  t.credit_account_id = credit;
  t.amount = amount;
  t.code = code;
  t.flags = flags;
  t.effective_date = Date::parse(date);
  if (code == TransferCode::kDisburse) t.project_id = kApprovedProject;
  return t;
}

inline ProjectLibrary county_projects() {
  ProjectLibrary lib;
  Project p;
  p.id = kApprovedProject;
  p.name = "花椒种植基地";
  p.region = RegionCode::parse("500112001001");
  p.type = ProjectType::kIndustry;
  p.fiscal_year = 2024;
  p.planned_investment[0] = yuan(800000);
  lib.add(p, d("2023-11-01"));
  lib.transition(kApprovedProject, ProjectStatus::kAdmitted, d("2023-12-01"));
  lib.transition(kApprovedProject, ProjectStatus::kApproved, d("2024-02-01"));
  Project q = p;
  q.id = kReserveProject;
  q.name = "村道硬化";
  q.type = ProjectType::kRuralConstruction;
  lib.add(q, d("2024-01-10"));
  return lib;
}

class LedgerFixture {
 public:
  LedgerFixture() : projects(county_projects()) {
    ledger.attach_projects(&projects);
    const auto accounts = county_accounts();
    std::vector<AccountResult> r(accounts.size());
    ledger.create_accounts(accounts, r);
  }
  // Submits a batch and returns its results.
  std::vector<TransferResult> submit(const std::vector<Transfer>& batch) {
    std::vector<TransferResult> r(batch.size());
    ledger.create_transfers(batch, r);
    return r;
  }
  TransferResult submit_one(const Transfer& t) { return submit({t})[0]; }

  ProjectLibrary projects;
  Ledger ledger;
};

}  // namespace rg::test
