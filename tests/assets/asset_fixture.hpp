// Test helper: a county ledger on disk with one completed (settled) project, ready to capitalise,
// and a snapshot of every asset and ledger table to prove that a refused call wrote nothing.
#pragma once

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "ruralguard/asset_store.hpp"
#include "ruralguard/error.hpp"
#include "store/store_impl.hpp"
#include "test_support/temp_dir.hpp"

namespace rg::test {

inline constexpr uint64_t kSource = 1;
inline constexpr uint64_t kBudget = 10;
inline constexpr uint64_t kProjectAccount = 20;
inline constexpr uint64_t kContractor = 30;
inline constexpr uint64_t kIncomeAccount = 40;   // asset income account (kind income)
inline constexpr uint64_t kOperatorAccount = 41; // the lessee paying rent
inline constexpr uint64_t kDividendPayee = 50;   // household dividend clearing account
inline constexpr uint64_t kJobsPayee = 51;       // 公益性岗位 wage account
inline constexpr uint64_t kUpkeepPayee = 52;     // asset upkeep fund
inline constexpr uint64_t kVillagePayee = 53;    // village committee (forbidden uses)
inline constexpr uint64_t kPvProject = 7001;     // PV station, completed, settled 1,234,567.89
inline constexpr uint64_t kRoadProject = 7002;   // village road, completed, never capitalised

inline Date day(const char* text) { return Date::parse(text); }
inline Money yuan_text(const char* text) { return Money::parse(text); }

inline Account account(uint64_t id, AccountKind kind, HolderKind hk, uint64_t holder, uint16_t flags) {
  Account a;
  a.id = id;
  a.level = FundLevel::kCentral;
  a.fiscal_year = 2024;
  a.holder_kind = hk;
  a.holder_id = holder;
  a.kind = kind;
  a.flags = flags;
  return a;
}

inline Transfer transfer(uint64_t id, uint64_t debit, uint64_t credit, Money amount, TransferCode code,
                         uint64_t project, const char* date) {
  Transfer t;
  t.id = {0, id};
  t.debit_account_id = debit;
  t.credit_account_id = credit;
  t.amount = amount;
  t.code = code;
  t.project_id = project;
  t.effective_date = Date::parse(date);
  return t;
}

// Every row of the asset and ledger tables as text, in a fixed order.
inline std::string snapshot(Store& store) {
  auto& db = rg::store::database_of(store).sql();
  std::string out;
  for (const char* table : {"rg_assets", "rg_asset_events", "rg_asset_distributions", "rg_asset_distribution_lines",
                            "rg_asset_distribution_shares", "ledger_transfers", "ledger_accounts", "ledger_chain"}) {
    SQLite::Statement q(db, std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
    out += table;
    out += '\n';
    while (q.executeStep()) {
      for (int i = 0; i < q.getColumnCount(); ++i) {
        const auto c = q.getColumn(i);
        out += c.isNull() ? std::string("NULL") : c.isBlob() ? std::string(static_cast<const char*>(c.getBlob()), c.getBytes())
                                                             : c.getString();
        out += '|';
      }
      out += '\n';
    }
  }
  return out;
}

class AssetFixture : public ::testing::Test {
 protected:
  void SetUp() override { open(); seed(); }
  void open() {
    assets.reset();
    ledger.reset();
    store.reset();
    store = std::make_unique<Store>(dir.file("assets.db"));
    ledger = std::make_unique<LedgerStore>(*store);
    assets = std::make_unique<AssetStore>(*store, *ledger);
  }
  void submit(const std::vector<Transfer>& batch) {
    std::vector<TransferResult> r(batch.size());
    ledger->create_transfers(batch, r);
    for (std::size_t i = 0; i < r.size(); ++i) ASSERT_EQ(r[i], TransferResult::kOk) << "transfer " << i;
  }
  void complete(uint64_t id, const char* name, ProjectType type) {
    Project p;
    p.id = id;
    p.name = name;
    p.region = RegionCode::parse("500112001001");
    p.type = type;
    p.fiscal_year = 2024;
    p.planned_investment[0] = Money::from_yuan(2000000);
    ledger->add_project(p, day("2023-11-01"));
    ledger->transition_project(id, ProjectStatus::kAdmitted, day("2023-12-01"));
    ledger->transition_project(id, ProjectStatus::kApproved, day("2024-01-15"));
    ledger->transition_project(id, ProjectStatus::kUnderConstruction, day("2024-02-01"));
  }
  void seed() {
    constexpr uint16_t kLimit = account_flags::kDebitsMustNotExceedCredits;
    const std::vector<Account> accounts = {
        account(kSource, AccountKind::kSource, HolderKind::kRegion, 500112000000ull, 0),
        account(kBudget, AccountKind::kBudget, HolderKind::kRegion, 500112000000ull, kLimit),
        account(kProjectAccount, AccountKind::kProject, HolderKind::kProject, kPvProject, kLimit),
        account(kContractor, AccountKind::kPayee, HolderKind::kPayee, 1, 0),
        account(kIncomeAccount, AccountKind::kIncome, HolderKind::kProject, kPvProject, kLimit),
        account(kOperatorAccount, AccountKind::kPayee, HolderKind::kPayee, 2, 0),
        account(kDividendPayee, AccountKind::kPayee, HolderKind::kPayee, 3, 0),
        account(kJobsPayee, AccountKind::kPayee, HolderKind::kPayee, 4, 0),
        account(kUpkeepPayee, AccountKind::kPayee, HolderKind::kPayee, 5, 0),
        account(kVillagePayee, AccountKind::kPayee, HolderKind::kPayee, 6, 0),
    };
    std::vector<AccountResult> ar(accounts.size());
    ledger->create_accounts(accounts, ar);
    complete(kPvProject, "村级光伏电站", ProjectType::kIndustry);
    complete(kRoadProject, "组组通道路硬化", ProjectType::kRuralConstruction);
    submit({
        transfer(1, kSource, kBudget, Money::from_yuan(3000000), TransferCode::kAllocate, 0, "2024-01-20"),
        transfer(2, kBudget, kContractor, yuan_text("1000000.00"), TransferCode::kDisburse, kPvProject, "2024-03-01"),
        transfer(3, kBudget, kContractor, yuan_text("234567.89"), TransferCode::kDisburse, kPvProject, "2024-06-30"),
        transfer(4, kBudget, kContractor, yuan_text("456000.00"), TransferCode::kDisburse, kRoadProject, "2024-05-10"),
    });
    for (uint64_t id : {kPvProject, kRoadProject}) ledger->transition_project(id, ProjectStatus::kCompleted, day("2024-08-01"));
  }
  // Two PV assets: the station and its equity share, values split 9:1 from the settled amount.
  std::vector<AssetDraft> pv_drafts(Money settled) {
    const std::vector<int64_t> weights = {9, 1};
    const auto values = allocate_fen(settled, weights);
    AssetDraft station;
    station.id = 1;
    station.name = "光伏电站 100kW";
    station.asset_class = AssetClass::kOperating;
    station.subtype = AssetSubtype::kPhotovoltaic;
    station.value = values[0];
    station.region = RegionCode::parse("500112001001");
    station.location = "一组山坡";
    station.owner_name = "某村股份经济合作社";
    station.management.custodian = "村光伏管护员";
    station.management.operator_name = "某新能源公司";
    station.management.mode = OperationMode::kEntrusted;
    station.management.farmer_link = {FarmerLinkMode::kDividend, 1234};
    station.management.planned_income_per_year = Money::from_yuan(120000);
    station.management.income_account_id = kIncomeAccount;
    AssetDraft share = station;
    share.id = 2;
    share.name = "光伏公司股权";
    share.subtype = AssetSubtype::kEquity;
    share.value = values[1];
    share.management.income_account_id = 0;
    share.management.planned_income_per_year = Money();
    return {station, share};
  }
  Money pv_settled() { return settled_amount(ledger->ledger(), ledger->projects(), kPvProject, day("2024-09-01")); }

  TempDir dir;
  std::unique_ptr<Store> store;
  std::unique_ptr<LedgerStore> ledger;
  std::unique_ptr<AssetStore> assets;
};

// Runs `call`, expects Error with `code` whose message contains `needle`, and the database unchanged.
template <typename F>
void expect_refused_and_unchanged(Store& store, ErrorCode code, const std::string& needle, F&& call) {
  const std::string before = snapshot(store);
  try {
    call();
    ADD_FAILURE() << "expected " << error_code_name(code) << " mentioning '" << needle << "'";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), code) << e.what();
    EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
  }
  EXPECT_EQ(snapshot(store), before) << "the database changed";
}

}  // namespace rg::test
