// `ruralguard demo`: the whole cycle on a synthetic county, narrated step by step.
//
// Generate a county as CSV files -> import them into an SQLite store -> validate -> add last
// year's income statements of formerly poor households -> assess every household in one batch
// and record the run -> open monitoring cases for the households within monitoring range and
// take them through identification, with assistance measures -> eliminate the risk of those
// whose assistance worked (the gate refuses the others, with reasons) -> post a year of linkage-fund
// transfers -> capitalise the completed projects into assets, collect and distribute their
// income -> write the quarterly report (text here; JSON, CSV, HTML files).
#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/demo_county.hpp"
#include "example_policies/kExamplePolicy50_2024.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/assessment_store.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/ledger_store.hpp"
#include "ruralguard/ruralguard.h"
#include "ruralguard/store_validation.hpp"
#include "ruralguard/synthetic_county.hpp"
#include "ruralguard/transaction.hpp"

namespace rg::cli {

int run_version() {
  std::cout << "ruralguard " << rg_version_string() << "\n";
  return kExitOk;
}

namespace {

using Clock = std::chrono::steady_clock;

class Stopwatch {
 public:
  [[nodiscard]] std::string lap() {
    const auto now = Clock::now();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now - last_).count();
    last_ = now;
    return " (" + std::to_string(ms) + " ms)";
  }
  [[nodiscard]] int64_t total_ms() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start_).count();
  }

 private:
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_ = start_;
};

Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

// Last year's annual statement of every formerly poor household: this year's amounts scaled down
// by a growth of 3%..12% that depends on the household, so that income growth can be reported.
int64_t add_previous_year(Store& store) {
  HouseholdRepository repo(store);
  std::vector<std::pair<IncomeStatement, int64_t>> previous;
  repo.for_each_household([&](const Household& h, std::span<const Member>, std::span<const IncomeStatement> st) {
    if (!is_formerly_poor(h.type)) return;
    for (const IncomeStatement& s : st) {
      if (s.kind != IncomePeriod::kAnnual) continue;
      const int64_t growth_permille = 30 + static_cast<int64_t>(std::hash<std::string>{}(h.household_id) % 91);
      IncomeStatement p = s;
      p.period_start = Date::from_ymd(s.period_start.year() - 1, s.period_start.month(), s.period_start.day());
      p.period_end = Date::from_ymd(s.period_end.year() - 1, s.period_end.month(), s.period_end.day());
      auto scale = [&](Money m) { return m.mul_ratio(1000, 1000 + growth_permille, Rounding::kHalfUp, 2); };
      p.wage = scale(s.wage);
      p.business_income = scale(s.business_income);
      p.business_cost = scale(s.business_cost);
      p.property = scale(s.property);
      for (auto& t : p.transfers) t = scale(t);
      previous.emplace_back(std::move(p), *repo.household_key(h.household_id));
    }
  });
  WriteTransaction tx(store);
  for (const auto& [s, key] : previous) repo.upsert_income(s, key);
  tx.commit();
  return static_cast<int64_t>(previous.size());
}

struct CaseCounts {
  int64_t opened = 0, monitored = 0, with_measure = 0;
  std::vector<OpenedCase> cases;
};

// Opens a case for every household the run put within monitoring range and takes it through
// identification (verify, compare, review, notice, township and county approval); four in five
// get an implemented assistance measure.
CaseCounts open_cases(Store& store, const AssessedRun& run, const Policy& policy) {
  CaseRepository cases(store);
  CaseCounts n;
  int64_t i = 0;
  const auto& category = run.category;
  const auto& level = run.level;
  for (std::size_t h = 0; h < run.within.size(); ++h) {
    if (run.within[h] == 0) continue;
    const Date found = d(2024, 1 + static_cast<int>(i % 9), 1 + static_cast<int>(i % 17));
    ++i;
    const int64_t id = cases.open_case(run.household_key[h], ClueChannel::kCadreVisit, found, "demo: rule assessment");
    n.opened += 1;
    auto step = [&](CaseStep s, int days) {
      StepInput in_step;
      in_step.step = s;
      in_step.date = found.add_days(days);
      in_step.actor = "demo";
      return in_step;
    };
    StepInput verify = step(CaseStep::kVerify, 1);
    verify.consent_signed = true;
    (void)cases.advance(id, verify, policy);
    (void)cases.advance(id, step(CaseStep::kCompare, 2), policy);
    StepInput review = step(CaseStep::kReview, 3);
    review.votes_for = 15;
    (void)cases.advance(id, review, policy);
    StepInput notice = step(CaseStep::kNotice, 8);
    notice.notice_start = found.add_days(4);
    notice.notice_end = found.add_days(8);
    (void)cases.advance(id, notice, policy);
    (void)cases.advance(id, step(CaseStep::kTownshipApprove, 9), policy);
    StepInput approve = step(CaseStep::kCountyApprove, 10);
    approve.category = static_cast<MonitoringCategory>(category[h]);
    approve.level = static_cast<WarningLevel>(level[h]);
    approve.risk_mask = 1;
    approve.contact = ContactPerson{"联系人" + std::to_string(i), "13800000000", "乡科级领导干部"};
    const MonitoringCase approved = cases.advance(id, approve, policy);
    n.monitored += 1;
    n.cases.push_back(OpenedCase{id, run.household_key[h], *approved.identified, std::nullopt});
    if (i % 5 != 0) {
      Measure m;
      m.case_id = id;
      m.category = i % 2 == 0 ? MeasureCategory::kIndustry : MeasureCategory::kEmployment;
      m.content = i % 2 == 0 ? "产业奖补" : "就业帮扶: 公益岗位";
      m.start = found.add_days(12);
      m.planned_amount = Money::from_yuan(2000);
      const int64_t mid = cases.add_measure(m, "demo");
      cases.set_measure_status(mid, MeasureStatus::kImplemented, found.add_days(20), "demo");
      n.with_measure += 1;
      n.cases.back().measure_start = m.start;
    }
  }
  return n;
}

struct LedgerCounts {
  int64_t projects = 0, transfers = 0;
  Money allocated, disbursed;
};

// A year of linkage funds for the county: three levels allocate to the county budget, the county
// assigns money to twelve library projects, which disburse month by month.
LedgerCounts post_ledger(Store& store, RegionCode county, int townships) {
  LedgerStore ledger(store);
  LedgerCounts n;
  constexpr uint16_t kLimit = account_flags::kDebitsMustNotExceedCredits;
  const uint64_t region = county.value();
  std::vector<Account> accounts;
  auto account = [&](uint64_t id, FundLevel level, AccountKind kind, HolderKind hk, uint64_t holder, uint16_t flags) {
    accounts.push_back(Account{id, level, 2024, hk, holder, kind, flags});
  };
  const FundLevel levels[] = {FundLevel::kCentral, FundLevel::kProvincial, FundLevel::kCounty};
  for (int l = 0; l < 3; ++l) {
    account(1 + l, levels[l], AccountKind::kSource, HolderKind::kRegion, region, 0);
    account(11 + l, levels[l], AccountKind::kBudget, HolderKind::kRegion, region, kLimit);
  }
  for (std::size_t p = 0; p < kDemoProjects.size(); ++p) {
    const uint64_t pid = kDemoProjectIdFirst + p;
    const FundLevel level = levels[p % 3];
    account(demo_project_account(pid), level, AccountKind::kProject, HolderKind::kProject, pid, kLimit);
    account(demo_contractor_account(pid), level, AccountKind::kPayee, HolderKind::kPayee, pid, 0);
    account(demo_income_account(pid), level, AccountKind::kIncome, HolderKind::kProject, pid, kLimit);
    Project pr;
    pr.id = pid;
    pr.name = kDemoProjects[p].name;
    const auto township = 1 + p % static_cast<std::size_t>(townships);
    pr.region = RegionCode::from_value(region + static_cast<uint64_t>(township) * 1000 + 1);
    pr.type = kDemoProjects[p].type;
    pr.fiscal_year = 2024;
    pr.planned_investment[static_cast<std::size_t>(level) - 1] = Money::from_yuan(2'000'000);
    pr.public_notice = true;
    ledger.add_project(pr, d(2023, 10, 15));
    ledger.transition_project(pid, ProjectStatus::kAdmitted, d(2023, 12, 1));
    ledger.transition_project(pid, ProjectStatus::kApproved, d(2024, 3, 1));
    ledger.transition_project(pid, ProjectStatus::kUnderConstruction, d(2024, 4, 1));
    if (demo_project_completed(p)) ledger.transition_project(pid, ProjectStatus::kCompleted, d(2024, 10, 31));
    if (p % 3 == 0) ledger.transition_project(pid, ProjectStatus::kAccepted, d(2024, 11, 30));
    n.projects += 1;
  }
  for (uint64_t payee : {kDemoDividendsPayee, kDemoJobsPayee, kDemoUpkeepPayee}) {
    account(payee, FundLevel::kCounty, AccountKind::kPayee, HolderKind::kPayee, payee, 0);
  }
  std::vector<AccountResult> ar(accounts.size());
  ledger.create_accounts(accounts, ar);
  for (std::size_t i = 0; i < ar.size(); ++i) {
    if (ar[i] != AccountResult::kOk && ar[i] != AccountResult::kExists) {
      throw Error(ErrorCode::kInvalidArgument, "demo ledger: account " + std::to_string(accounts[i].id) + ": " +
                                                   std::string(account_result_name(ar[i])));
    }
  }
  uint64_t next = 1;
  std::vector<Transfer> batch;
  auto transfer = [&](uint64_t debit, uint64_t credit, Money amount, TransferCode code, Date date, uint64_t pid) {
    Transfer t;
    t.id = TransferId{2024, next++};
    t.debit_account_id = debit;
    t.credit_account_id = credit;
    t.amount = amount;
    t.code = code;
    t.effective_date = date;
    t.project_id = pid;
    batch.push_back(t);
  };
  auto flush = [&] {
    std::vector<TransferResult> r(batch.size());
    ledger.create_transfers(batch, r);
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (r[i] != TransferResult::kOk && r[i] != TransferResult::kExists) {
        throw Error(ErrorCode::kRefused, "demo ledger: transfer " + to_string(batch[i].id) + ": " +
                                             std::string(transfer_result_name(r[i])));
      }
    }
    n.transfers += static_cast<int64_t>(batch.size());
    batch.clear();
  };
  // Sources fund themselves (the treasury side), then allocate to the county budget in Q1.
  const int64_t budget_yuan[] = {10'000'000, 9'000'000, 8'500'000};
  for (int l = 0; l < 3; ++l) {
    const Money m = Money::from_yuan(budget_yuan[l]);
    transfer(1 + l, 11 + l, m, TransferCode::kAllocate, d(2024, 3, 15), 0);
    n.allocated += m;
  }
  flush();
  // The county assigns 2,000,000 yuan to each project from the project's level.
  for (std::size_t p = 0; p < kDemoProjects.size(); ++p) {
    const uint64_t pid = kDemoProjectIdFirst + p;
    transfer(11 + p % 3, demo_project_account(pid), Money::from_yuan(2'000'000), TransferCode::kAllocate,
             d(2024, 3, 20), 0);
  }
  flush();
  // Monthly disbursements: each project pays 5%..10% of its money a month from April, the
  // completed ones until they complete (October), the others through December.
  for (int month = 4; month <= 12; ++month) {
    for (std::size_t p = 0; p < kDemoProjects.size(); ++p) {
      if (demo_project_completed(p) && month > 10) continue;
      const uint64_t pid = kDemoProjectIdFirst + p;
      const Money m = Money::from_yuan(100'000 + 10'000 * ((static_cast<int64_t>(p) * 7 + month) % 11));
      transfer(demo_project_account(pid), demo_contractor_account(pid), m, TransferCode::kDisburse,
               d(2024, month, 25), pid);
      n.disbursed += m;
    }
    flush();
  }
  return n;
}

void remove_store_files(const std::filesystem::path& db) {
  for (const char* suffix : {"", "-wal", "-shm", ".idkey"}) {
    std::error_code ec;
    std::filesystem::remove(db.string() + suffix, ec);
  }
}

}  // namespace

int run_demo(int argc, char** argv) {
  Args a(argc, argv, {"households", "out", "seed"});
  if (a.help()) {
    std::cout << "usage: ruralguard demo [--households N] [--out DIR] [--seed N]\n"
                 "  the whole cycle on a synthetic county (default 100000 households) in DIR\n"
                 "  (default ruralguard-demo): CSV files, demo.db, report.{json,csv,html}\n";
    return kExitOk;
  }
  Stopwatch clock;
  const std::filesystem::path out = a.get_or("out", "ruralguard-demo");
  std::filesystem::create_directories(out);
  SyntheticCountyOptions county;
  county.households = a.integer("households", 100'000);
  county.seed = static_cast<uint64_t>(a.integer("seed", static_cast<int64_t>(county.seed)));
  if (county.households < 1000) {
    county.villages = std::max<int>(county.townships, static_cast<int>(county.households / 100));
  }
  const Date as_of = d(2024, 12, 31);
  std::cout << "ruralguard " << rg_version_string() << " demo: a synthetic county from first record to the quarterly "
            << "report\n\n";

  std::cout << "1. Generate " << county.households << " households of " << county.county_name << " ("
            << county.county.to_string() << ") as the four CSV files of docs/csv-format.md\n";
  const HouseholdCsvFiles files{(out / "regions.csv").string(), (out / "households.csv").string(),
                                (out / "members.csv").string(), (out / "income.csv").string()};
  const SyntheticCountySummary g = write_county_csv(county, files);
  std::cout << "   " << g.regions << " regions, " << g.households << " households, " << g.members << " members, "
            << g.income_statements << " income statements" << clock.lap() << "\n";

  const std::filesystem::path db = out / "demo.db";
  remove_store_files(db);
  StoreOptions so;
  so.synchronous_full = false;  // a demo file: NORMAL durability, never corruption (docs/reports.md)
  Store store(db.string(), so);
  std::cout << "2. Import them into the SQLite store " << db.string() << " (one all-or-nothing transaction)\n";
  progress("importing");
  const CsvImportResult imp = import_households_csv(store, files);
  if (!imp.committed) throw Error(ErrorCode::kRefused, "demo: the import was rolled back");
  std::cout << "   imported " << imp.households.imported << " households, " << imp.members.imported << " members, "
            << imp.income.imported << " income statements; " << imp.errors_total << " errors" << clock.lap() << "\n";

  std::cout << "3. Validate the store with the data-quality rules of docs/data-quality.md\n";
  ValidationPolicy vp;
  vp.as_of = as_of;
  const StoreValidationReport val = validate_store(store, vp);
  std::cout << "   " << val.households_checked << " households checked, " << val.findings_total << " findings"
            << clock.lap() << "\n";

  std::cout << "4. Add last year's (2023) statements of formerly poor households, for income growth\n";
  const int64_t prev = add_previous_year(store);
  std::cout << "   " << prev << " statements" << clock.lap() << "\n";

  // No sourced policy exists for Chongqing (50) 2024 (DOMAIN.md 1.2 ✖): the demo uses the shipped
  // example policy, whose id and source say "example, unverified".
  const Policy policy = policy_from_json(kExamplePolicy50_2024);
  if (policy.province != county.county.to_string().substr(0, 2) || policy.year != as_of.year()) {
    throw Error(ErrorCode::kNotFound, "demo: the example policy " + std::string(kExamplePolicy50_2024_file) + " is for " +
                                          policy.province + "/" + std::to_string(policy.year) + ", the county is " +
                                          county.county.to_string().substr(0, 2) + "/" + std::to_string(as_of.year()));
  }
  std::cout << "5. Assess every household in one batch (example policy " << kExamplePolicy50_2024_file
            << ", province " << policy.province << ", " << policy.year << ", unverified) and record the run\n";
  const AssessedRun run = assess_store(store, policy, as_of, "demo");
  std::cout << "   run " << run.run_id << ": " << run.household_key.size() << " households, " << run.monitored
            << " within the monitoring range (threshold " << policy.threshold.base().format({}) << " yuan)"
            << clock.lap() << "\n";

  std::cout << "6. Open a monitoring case for each of them and take it through identification\n"
            << "   (入户核实 -> 信息比对 -> 民主评议 -> 公示 -> 乡镇审核 -> 县级审定), with assistance measures\n";
  progress("opening cases");
  const CaseCounts cc = open_cases(store, run, policy);
  std::cout << "   " << cc.opened << " cases opened, " << cc.monitored << " now monitored, " << cc.with_measure
            << " with an implemented measure" << clock.lap() << "\n";

  std::cout << "7. Risk elimination (风险消除) in December for the cases monitored since before June with\n"
            << "   a measure: income verified again, review, notice, township, and the county's gate on\n"
            << "   2025-01-02 (income stability derived from the statements; one failing item vetoes)\n";
  const EliminationCounts ec = eliminate_cases(store, cc.cases, policy);
  std::cout << "   " << ec.started << " started, " << ec.eliminated << " eliminated, " << ec.refused
            << " refused and back under monitoring" << clock.lap() << "\n";
  if (!ec.first_refusal.empty()) std::cout << "   e.g. " << ec.first_refusal << "\n";

  std::cout << "8. Post a year of linkage funds (衔接资金): allocations, project assignments and monthly\n"
            << "   disbursements, double entry with a SHA-256 hash chain\n";
  const LedgerCounts lc = post_ledger(store, county.county, county.townships);
  std::cout << "   " << lc.projects << " projects, " << lc.transfers << " transfers: allocated "
            << lc.allocated.format({.thousands_separator = true}) << ", disbursed "
            << lc.disbursed.format({.thousands_separator = true}) << " yuan" << clock.lap() << "\n";

  std::cout << "9. Capitalise the completed projects into project assets (扶贫项目资产) and operate them; the\n"
            << "   operators pay rent (资产收益), which village plans distribute (收益分配) after a notice\n";
  std::vector<uint64_t> monitored;
  for (std::size_t h = 0; h < run.within.size(); ++h) {
    if (run.within[h] != 0) monitored.push_back(static_cast<uint64_t>(run.household_key[h]));
  }
  const AssetCounts ac = build_assets(store, monitored);
  LedgerStore check(store);
  const LedgerVerification v = check.verify();
  std::cout << "   " << ac.assets << " assets (" << ac.operating << " operating) worth "
            << ac.value.format({.thousands_separator = true}) << " yuan; income "
            << ac.income.format({.thousands_separator = true}) << " yuan;\n   " << ac.plans << " plans paid, "
            << ac.paid_to_households.format({.thousands_separator = true}) << " yuan as dividends to "
            << ac.beneficiaries << " monitored households; ledger chain " << (v.ok ? "verified" : "BROKEN")
            << clock.lap() << "\n";

  std::cout << "10. Summarise per village, roll up, score the county and write the quarterly report\n\n";
  ReportOptions ro;
  ro.as_of = as_of;
  ro.title = "2024年第4季度防止返贫监测台账 · Quarterly monitoring report 2024 Q4";
  const WrittenReport w = write_reports(store, out.string(), default_indicators(as_of), ro);
  std::cout << report_text(w.report) << "\n";
  for (const std::string& p : w.paths) std::cout << "wrote " << p << "\n";
  std::cout << "\ndemo finished in " << clock.total_ms() << " ms" << clock.lap() << "\n";
  return kExitOk;
}

}  // namespace rg::cli
