// Writes the upgrade fixture: a database of release 0.1.0 (schema 6) with data in every table.
// Built only on demand (target rg_make_upgrade_fixture, not part of `all`); run it only from a
// checkout of 0.1.0, because it writes whatever schema the library it links is at:
//   cmake --build --preset release --target rg_make_upgrade_fixture
//   build/release/tests/upgrade/rg_make_upgrade_fixture tests/upgrade/fixtures
// The facts it writes are in fixture_facts.hpp; upgrade_test.cpp checks them after migrating.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "domain/people.hpp"
#include "test_support/fixture_policy.hpp"
#include "monitoring/case_fixtures.hpp"
#include "ruralguard/assessment_store.hpp"
#include "ruralguard/asset_store.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/ledger_store.hpp"
#include "ruralguard/store.hpp"
#include "upgrade/fixture_facts.hpp"

namespace rg::upgrade {
namespace {

// A fixed test key (never used for real data): 32 bytes 0x00..0x1f.
constexpr const char* kTestKeyHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

std::string household_id(int i) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "H%03d", i);
  return buf;
}

void write_households(Store& store) {
  HouseholdRepository repo(store);
  repo.upsert_region(make_region(RegionCode::parse(kCounty), "渝北区"));
  repo.upsert_region(make_region(RegionCode::parse(kTownship), "双龙湖街道"));
  repo.upsert_region(make_region(RegionCode::parse(kVillage), kVillageName));
  repo.upsert_region(make_region(RegionCode::parse("500112001002"), "白云村"));
  for (int i = 1; i <= kHouseholds; ++i) {
    Household h = test::household(household_id(i), i == 1 ? HouseholdType::kFormerlyPoor : HouseholdType::kOrdinary);
    if (i == 1) h.phone = kPhoneOfH001;
    if (i == 3) h.land.arable_centimu = kArableCentimuOfH003;
    repo.upsert_household(h);
    const std::string p = "P" + household_id(i).substr(1);
    Member a = test::adult(p + "-1", h.household_id, i == 1 ? kBirthOfP0011 : "1980-05-20",
                           i == 1 ? kIdSeqOfP0011 : 100 + i);
    if (i == 1) a.health = Health::kSeriousIllness;
    Member b = test::adult(p + "-2", h.household_id, "1982-07-07", 200 + i);
    b.relation = Relation::kSpouse;
    b.sex = Sex::kFemale;
    repo.upsert_member(a);
    repo.upsert_member(b);
    IncomeStatement s;
    s.household_id = h.household_id;
    s.kind = IncomePeriod::kAnnual;
    s.period_start = Date::parse("2023-01-01");
    s.period_end = Date::parse("2023-12-31");
    s.wage = Money::parse(i == 2 ? kWageOfH002 : "9000");
    if (i == 2) {
      s.transfer(TransferItem::kDibao) = Money::parse(kDibaoOfH002);
      s.oop_medical = Money::parse(kOopMedicalOfH002);
    }
    s.family_size = kMembersPerHousehold;
    repo.upsert_income(s);
  }
}

Policy write_policy_and_run(Store& store) {
  Policy p = rg::test::fixture_policy("50", 2024);
  p.id = kPolicyId;
  p.cutoffs.red = kPolicyRedCutoff;
  save_policy(store, p);
  const std::vector<uint64_t> key = {1, 2, 3, 4, 5};
  const std::vector<uint8_t> within = {1, 0, 0, 1, 0};
  const std::vector<uint8_t> category = {2, 0, 0, 2, 0};
  const std::vector<uint8_t> level = {static_cast<uint8_t>(WarningLevel::kRed), 0, 0,
                                      static_cast<uint8_t>(WarningLevel::kYellow), 0};
  const std::vector<uint32_t> mask = {1u << static_cast<unsigned>(RiskType::kIllness), 0, 0, 1, 0};
  const std::vector<int32_t> score = {kRunScoreOfKey1, 10, 0, 45, 5};
  const std::vector<int32_t> visit = {Date::parse("2024-07-30").days_since_epoch(), INT32_MIN, INT32_MIN,
                                      Date::parse("2024-09-30").days_since_epoch(), INT32_MIN};
  (void)record_assessment_run(store, p, Date::parse(kRunAsOf), {key, within, category, level, mask, score, visit},
                              kRunLabel);
  return p;
}

void write_case(Store& store, const Policy& policy) {
  HouseholdRepository repo(store);
  const int64_t household = *repo.household_key(household_id(1));
  CaseRepository cases(store);
  DepartmentRecord r;
  r.household_key = household;
  r.department = Department::kMedicalInsurance;
  r.metric = DeptMetric::kInpatientOutOfPocketYtd;
  r.amount = Money::parse("26000");
  r.period = Date::parse(kCaseFound);
  (void)cases.ingest_department_records(std::vector<DepartmentRecord>{r}, policy);
  const int64_t id = *cases.open_case_of(household);
  using test::d;
  (void)cases.advance(id, test::verify(d(2024, 5, 1)), policy);
  (void)cases.advance(id, test::step(CaseStep::kCompare, d(2024, 5, 2)), policy);
  (void)cases.advance(id, test::review(d(2024, 5, 3), 30, 1), policy);
  (void)cases.advance(id, test::notice(d(2024, 5, 4), d(2024, 5, 8)), policy);
  (void)cases.advance(id, test::step(CaseStep::kTownshipApprove, d(2024, 5, 9)), policy);
  (void)cases.advance(id, test::approve_identification(d(2024, 5, 12)), policy);
  Measure m;
  m.case_id = id;
  m.category = MeasureCategory::kHealth;
  m.content = kMeasureContent;
  m.start = d(2024, 5, 13);
  m.planned_amount = Money::parse(kMeasureAmount);
  const int64_t measure = cases.add_measure(m, "李镇长");
  cases.set_measure_status(measure, MeasureStatus::kImplemented, d(2024, 5, 20), "李镇长");
  (void)cases.record_visit(Visit{id, Date::parse(kVisitDate), kVisitor, "已报销住院费用, 家庭收入恢复中"});
  (void)cases.scan_alerts(policy, d(2024, 9, 30));  // the visit is overdue by then: an alert row
}

Account account(uint64_t id, AccountKind kind, HolderKind hk, uint64_t holder, uint16_t flags) {
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

Transfer transfer(uint64_t id, uint64_t debit, uint64_t credit, const char* amount, TransferCode code,
                  uint64_t project, const char* date) {
  Transfer t;
  t.id = {0, id};
  t.debit_account_id = debit;
  t.credit_account_id = credit;
  t.amount = Money::parse(amount);
  t.code = code;
  t.project_id = project;
  t.effective_date = Date::parse(date);
  return t;
}

void write_ledger_and_assets(Store& store) {
  LedgerStore ledger(store);
  constexpr uint16_t kLimit = account_flags::kDebitsMustNotExceedCredits;
  const std::vector<Account> accounts = {
      account(kSource, AccountKind::kSource, HolderKind::kRegion, 500112000000ull, 0),
      account(kBudget, AccountKind::kBudget, HolderKind::kRegion, 500112000000ull, kLimit),
      account(kProjectAccount, AccountKind::kProject, HolderKind::kProject, kPvProject, kLimit),
      account(kContractor, AccountKind::kPayee, HolderKind::kPayee, 1, 0),
      account(kIncomeAccount, AccountKind::kIncome, HolderKind::kProject, kPvProject, kLimit),
      account(kOperatorAccount, AccountKind::kPayee, HolderKind::kPayee, 2, 0),
      account(kDividendPayee, AccountKind::kPayee, HolderKind::kPayee, 3, 0),
      account(kUpkeepPayee, AccountKind::kPayee, HolderKind::kPayee, 5, 0),
  };
  std::vector<AccountResult> ar(accounts.size());
  ledger.create_accounts(accounts, ar);
  for (AccountResult r : ar) {
    if (r != AccountResult::kOk) throw Error(ErrorCode::kInternal, "account refused");
  }
  Project p;
  p.id = kPvProject;
  p.name = kPvProjectName;
  p.region = RegionCode::parse(kVillage);
  p.type = ProjectType::kIndustry;
  p.fiscal_year = 2024;
  p.planned_investment[0] = Money::from_yuan(2000000);
  ledger.add_project(p, Date::parse("2023-11-01"));
  ledger.transition_project(kPvProject, ProjectStatus::kAdmitted, Date::parse("2023-12-01"));
  ledger.transition_project(kPvProject, ProjectStatus::kApproved, Date::parse("2024-01-15"));
  ledger.transition_project(kPvProject, ProjectStatus::kUnderConstruction, Date::parse("2024-02-01"));
  const std::vector<Transfer> batch = {
      transfer(1, kSource, kBudget, kAllocated, TransferCode::kAllocate, 0, "2024-01-20"),
      transfer(2, kBudget, kContractor, kDisbursed1, TransferCode::kDisburse, kPvProject, "2024-03-01"),
      transfer(3, kBudget, kContractor, kDisbursed2, TransferCode::kDisburse, kPvProject, "2024-06-30"),
  };
  std::vector<TransferResult> tr(batch.size());
  ledger.create_transfers(batch, tr);
  for (TransferResult r : tr) {
    if (r != TransferResult::kOk) throw Error(ErrorCode::kInternal, "transfer refused: " + std::string(transfer_result_name(r)));
  }
  ledger.transition_project(kPvProject, ProjectStatus::kCompleted, Date::parse("2024-08-01"));

  AssetStore assets(store, ledger);
  const Money settled = settled_amount(ledger.ledger(), ledger.projects(), kPvProject, Date::parse("2024-09-01"));
  const std::vector<int64_t> weights = {9, 1};
  const auto values = allocate_fen(settled, weights);
  AssetDraft station;
  station.id = 1;
  station.name = kStationName;
  station.asset_class = AssetClass::kOperating;
  station.subtype = AssetSubtype::kPhotovoltaic;
  station.value = values[0];
  station.region = RegionCode::parse(kVillage);
  station.location = "一组山坡";
  station.owner_name = "红星村股份经济合作社";
  station.management.custodian = "村光伏管护员";
  station.management.operator_name = "某新能源公司";
  station.management.mode = OperationMode::kEntrusted;
  station.management.farmer_link = {FarmerLinkMode::kDividend, kDividendHouseholds};
  station.management.planned_income_per_year = Money::from_yuan(120000);
  station.management.income_account_id = kIncomeAccount;
  AssetDraft share = station;
  share.id = 2;
  share.name = "光伏公司股权";
  share.subtype = AssetSubtype::kEquity;
  share.value = values[1];
  share.management.income_account_id = 0;
  share.management.planned_income_per_year = Money();
  const std::vector<AssetDraft> drafts = {station, share};
  assets.capitalise(kPvProject, Date::parse("2024-09-01"), drafts);
  assets.confirm_ownership(1, Date::parse("2024-09-02"), "证 1");
  assets.hand_over(1, Date::parse("2024-09-03"));
  assets.set_status(1, AssetStatus::kOperating, Date::parse("2024-09-04"));
  assets.record_income(1, {0, 900}, kOperatorAccount, Money::parse(kRent), Date::parse("2025-03-31"));

  DistributionInput in;
  in.plan_id = kPlanId;
  in.asset_id = 1;
  in.year = 2025;
  in.income = Money::parse(kRent);
  in.decision = {"红星村村民代表大会决议〔2025〕2号", Date::parse("2025-04-01"), 41, 37, 1};
  in.notice = {Date::parse("2025-04-02"), Date::parse("2025-04-11")};
  in.first_transfer_id = {2025, 1};
  PurposeInput dividends{IncomePurpose::kDividends, 4, Money(), kDividendPayee, {}};
  for (uint64_t h = 1; h <= kDividendHouseholds; ++h) dividends.beneficiaries.push_back({h, int64_t(h)});
  PurposeInput upkeep{IncomePurpose::kUpkeep, 1, Money(), kUpkeepPayee, {}};
  in.purposes = {dividends, upkeep};
  (void)assets.add_distribution(in);
  assets.post_distribution(kPlanId, Date::parse("2025-04-12"));
}

}  // namespace
}  // namespace rg::upgrade

int main(int argc, char** argv) {
  using namespace rg::upgrade;
  if (argc != 2) {
    std::cerr << "usage: rg_make_upgrade_fixture <output directory>\n";
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  const std::string path = (dir / kFixtureName).string();
  for (const char* suffix : {"", ".idkey", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  std::ofstream(path + ".idkey") << kTestKeyHex << '\n';
  try {
    {
      rg::Store store(path);
      if (store.schema_version() != kFixtureSchemaVersion) {
        std::cerr << "this library writes schema " << store.schema_version() << ", the fixture is schema "
                  << kFixtureSchemaVersion << ": build the generator from release 0.1.0\n";
        return 1;
      }
      write_households(store);
      const rg::Policy policy = write_policy_and_run(store);
      write_case(store, policy);
      write_ledger_and_assets(store);
    }
    // Small and self-contained: no WAL beside it, no free pages.
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    db.exec("PRAGMA journal_mode = DELETE");
    db.exec("VACUUM");
  } catch (const std::exception& e) {
    std::cerr << "rg_make_upgrade_fixture: " << e.what() << '\n';
    return 1;
  }
  std::cout << "wrote " << path << " and " << path << ".idkey\n";
  return 0;
}
