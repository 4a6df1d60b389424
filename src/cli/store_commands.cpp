// `ruralguard init | import | validate | assess | cases | ledger`: the cycle on an SQLite file.
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/read_file.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/assessment_store.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/ledger_queries.hpp"
#include "ruralguard/ledger_store.hpp"
#include "ruralguard/store_validation.hpp"

namespace rg::cli {

bool progress_enabled() { return isatty(STDERR_FILENO) != 0; }

void progress(const std::string& message) {
  if (progress_enabled()) std::cerr << "ruralguard: " << message << "\n";
}

namespace {

Date as_of_of(const Args& a) { return Date::parse(a.get_or("as-of", "2024-12-31")); }

std::optional<Policy> policy_of(const Args& a) {
  if (auto path = a.get("policy")) return policy_from_json(read_file(*path, kPolicyJsonBytesMax, "kPolicyJsonBytesMax"));
  return std::nullopt;
}

std::optional<PolicySet> policy_set_of(const Args& a) {
  if (auto path = a.get("policy-set")) {
    return policy_set_from_json(read_file(*path, kPolicySetJsonBytesMax, "kPolicySetJsonBytesMax"));
  }
  return std::nullopt;
}

bool usage_if_help(const Args& a, const char* text) {
  if (a.help()) std::cout << text;
  return a.help();
}

}  // namespace

// Records an assessed table as a run (the policy of its first row is the run's policy).
AssessedRun record(Store& store, const HouseholdColumnData& c, TableAssessment t, Date as_of, const std::string& label);

AssessedRun assess_store(Store& store, const std::optional<Policy>& given, Date as_of, const std::string& label) {
  HouseholdColumnOptions load;
  load.as_of = as_of;
  progress("loading households");
  const HouseholdColumnData c = load_household_columns(store, load);
  progress("assessing " + std::to_string(c.size()) + " households");
  TableAssessment t = assess_table(c, given, as_of);
  return record(store, c, std::move(t), as_of, label);
}

AssessedRun assess_store(Store& store, const PolicySet& policies, Date as_of, const std::string& label) {
  HouseholdColumnOptions load;
  load.as_of = as_of;
  load.income_policies = income_item_policies(policies);
  progress("loading households");
  const HouseholdColumnData c = load_household_columns(store, load);
  progress("assessing " + std::to_string(c.size()) + " households under " + std::to_string(policies.size()) +
           " policies");
  return record(store, c, assess_table(c, policies, as_of), as_of, label);
}

AssessedRun record(Store& store, const HouseholdColumnData& c, TableAssessment t, Date as_of, const std::string& label) {
  const std::size_t n = c.size();
  std::vector<uint64_t> keys(c.household_key.begin(), c.household_key.end());
  AssessedRun run;
  for (std::size_t i = 0; i < n; ++i) run.monitored += t.within_monitoring[i];
  progress("recording the run");
  run.run_id = record_assessment_run(
      store, t.policy, as_of,
      RunResults{keys, t.within_monitoring, t.category, t.level, t.risk_mask, t.score, t.next_visit}, label);
  run.household_key = c.household_key;
  run.within = std::move(t.within_monitoring);
  run.category = std::move(t.category);
  run.level = std::move(t.level);
  return run;
}

int run_init(int argc, char** argv) {
  Args a(argc, argv, {"db"});
  if (usage_if_help(a, "usage: ruralguard init --db FILE\n  creates (or migrates) an SQLite store\n")) return kExitOk;
  Store store(a.required("db"));
  std::cout << "store " << store.path() << " at schema version " << store.schema_version() << "\n";
  return kExitOk;
}

int run_import(int argc, char** argv) {
  Args a(argc, argv, {"db", "regions", "households", "members", "income", "mode"});
  if (usage_if_help(a, "usage: ruralguard import --db FILE [--regions F] [--households F] [--members F] [--income F]\n"
                       "                         [--mode all-or-nothing|valid-rows]\n"
                       "  imports the CSV files of docs/csv-format.md; exit 3 when rows were refused\n")) {
    return kExitOk;
  }
  Store store(a.required("db"));
  HouseholdCsvFiles files{a.get_or("regions", ""), a.get_or("households", ""), a.get_or("members", ""),
                          a.get_or("income", "")};
  CsvImportOptions options;
  const std::string mode = a.get_or("mode", "all-or-nothing");
  if (mode == "valid-rows") {
    options.mode = CsvImportMode::kCommitValidRows;
  } else if (mode != "all-or-nothing") {
    throw UsageError("--mode must be all-or-nothing or valid-rows, got '" + mode + "'");
  }
  progress("importing");
  const CsvImportResult r = import_households_csv(store, files, options);
  std::cout << "import " << (r.committed ? "committed" : "rolled back") << ": regions " << r.regions.imported << "/"
            << r.regions.rows << ", households " << r.households.imported << "/" << r.households.rows
            << ", members " << r.members.imported << "/" << r.members.rows << ", income " << r.income.imported << "/"
            << r.income.rows << ", errors " << r.errors_total << "\n";
  for (std::size_t i = 0; i < r.errors.size() && i < 20; ++i) {
    const CsvError& e = r.errors[i];
    std::cout << "  " << e.file << ":" << e.line << ": " << e.rule << ": " << e.message << "\n";
  }
  return r.errors_total == 0 ? kExitOk : kExitDataRefused;
}

int run_validate(int argc, char** argv) {
  Args a(argc, argv, {"db", "as-of"});
  if (usage_if_help(a, "usage: ruralguard validate --db FILE [--as-of YYYY-MM-DD]\n"
                       "  runs the data-quality rules of docs/data-quality.md; exit 3 on error findings\n")) {
    return kExitOk;
  }
  Store store(a.required("db"));
  ValidationPolicy policy;
  policy.as_of = as_of_of(a);
  progress("validating");
  const StoreValidationReport r = validate_store(store, policy);
  std::cout << "validated " << r.households_checked << " households: " << r.findings_total << " findings\n";
  bool errors = false;
  for (const Finding& f : r.findings) {
    errors = errors || f.severity == Severity::kError;
  }
  for (std::size_t i = 0; i < r.findings.size() && i < 20; ++i) {
    const Finding& f = r.findings[i];
    std::cout << "  " << f.household_id << " " << f.field << ": " << f.message_en << "\n";
  }
  return errors ? kExitDataRefused : kExitOk;
}

int run_assess(int argc, char** argv) {
  Args a(argc, argv, {"db", "as-of", "policy", "policy-set", "label"});
  if (usage_if_help(a, "usage: ruralguard assess --db FILE [--as-of YYYY-MM-DD] [--policy policy.json | --policy-set set.json]\n"
                       "                         [--label TEXT]\n"
                       "  assesses every household in one batch and records the run: under --policy for all, or\n"
                       "  each under --policy-set's policy of its province and income-period year, or else under\n"
                       "  the built-in catalogue (an unknown province or year is an error naming it)\n")) {
    return kExitOk;
  }
  Store store(a.required("db"));
  const auto set = policy_set_of(a);
  if (set && a.get("policy")) throw UsageError("give --policy or --policy-set, not both");
  const AssessedRun run = set ? assess_store(store, *set, as_of_of(a), a.get_or("label", "cli"))
                              : assess_store(store, policy_of(a), as_of_of(a), a.get_or("label", "cli"));
  std::cout << "run " << run.run_id << ": " << run.household_key.size() << " households assessed, " << run.monitored
            << " within monitoring range\n";
  return kExitOk;
}

int run_cases(int argc, char** argv) {
  Args a(argc, argv, {"db", "as-of", "policy", "policy-set", "province"});
  if (usage_if_help(a, "usage: ruralguard cases --db FILE [--as-of YYYY-MM-DD] (--policy policy.json |\n"
                       "                        --policy-set set.json --province NN)\n"
                       "  prints the monitoring cases report (visit intervals of the policy given)\n")) {
    return kExitOk;
  }
  Store store(a.required("db"));
  const Date as_of = as_of_of(a);
  // No built-in fallback (issue 16): the visit intervals come from the policy named here.
  std::optional<Policy> given = policy_of(a);
  if (!given) {
    const auto set = policy_set_of(a);
    const auto province = a.get("province");
    if (!set || !province) {
      throw UsageError("cases: give --policy FILE, or --policy-set FILE with --province NN (the report needs the "
                       "visit intervals of one policy; there is no built-in fallback)");
    }
    given = set->lookup(*province, as_of.year());
  }
  const Policy policy = *given;
  CaseRepository cases(store);
  const CaseReport r = cases.report(policy, as_of);
  std::cout << "cases under monitoring " << r.under_monitoring << ", with a measure " << r.with_measure
            << ", eliminated " << r.eliminated << ", measure coverage " << r.measure_coverage().to_percent(2)
            << ", overdue visits " << r.overdue_visits << "\n";
  for (const auto& [state, n] : r.by_state) std::cout << "  " << case_state_name(state) << ": " << n << "\n";
  return kExitOk;
}

int run_ledger(int argc, char** argv) {
  Args a(argc, argv, {"db", "as-of"});
  if (usage_if_help(a, "usage: ruralguard ledger --db FILE [--as-of YYYY-MM-DD]\n"
                       "  verifies the hash chain and balances and prints totals by fund level\n")) {
    return kExitOk;
  }
  Store store(a.required("db"));
  LedgerStore ledger(store);
  const LedgerVerification v = ledger.verify();
  std::cout << "ledger: " << v.transfers_checked << " transfers, chain " << (v.ok ? "intact" : "BROKEN: " + v.message)
            << "\n";
  for (const TotalsRow& row : fund_totals(ledger.ledger(), ledger.projects(), TotalsKey::kLevel, as_of_of(a))) {
    std::cout << "  " << fund_level_name(static_cast<FundLevel>(row.key)) << ": allocated "
              << row.allocated.format({.thousands_separator = true}) << ", disbursed "
              << row.disbursed.format({.thousands_separator = true}) << "\n";
  }
  return v.ok ? kExitOk : kExitError;
}

}  // namespace rg::cli
