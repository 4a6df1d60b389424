// `ruralguard`: the command-line tool over an embedded SQLite store (docs/reports.md).
#include <cstring>
#include <iostream>
#include <string_view>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "ruralguard/error.hpp"

namespace {

void usage(std::ostream& out) {
  out << "usage: ruralguard <command> [options]   (ruralguard <command> --help for its options)\n"
         "commands:\n"
         "  init      create or migrate a store (--db FILE)\n"
         "  import    import households, members and income from CSV files\n"
         "  validate  run the data-quality rules over a store\n"
         "  assess    assess every household in one batch and record the run\n"
         "  cases     print the monitoring cases report\n"
         "  ledger    verify the fund ledger and print totals by level\n"
         "  assets    print the project-asset register, income by year and warnings\n"
         "  report    write the quarterly report (JSON, CSV, HTML; text on stdout)\n"
         "  demo      the whole cycle on a synthetic county\n"
         "  version   print the library version\n"
         "exit codes: 0 ok, 1 error (message on stderr), 2 wrong usage, 3 data refused\n";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace rg::cli;
  if (argc < 2) {
    usage(std::cerr);
    return kExitUsage;
  }
  const std::string_view command = argv[1];
  const int n = argc - 1;
  char** args = argv + 1;
  try {
    if (command == "init") return run_init(n, args);
    if (command == "import") return run_import(n, args);
    if (command == "assets") return run_assets(n, args);
    if (command == "validate") return run_validate(n, args);
    if (command == "assess") return run_assess(n, args);
    if (command == "cases") return run_cases(n, args);
    if (command == "ledger") return run_ledger(n, args);
    if (command == "report") return run_report(n, args);
    if (command == "demo") return run_demo(n, args);
    if (command == "version" || command == "--version") return run_version();
    if (command == "--help" || command == "-h" || command == "help") {
      usage(std::cout);
      return kExitOk;
    }
    std::cerr << "ruralguard: unknown command '" << command << "'\n";
    usage(std::cerr);
    return kExitUsage;
  } catch (const UsageError& e) {
    std::cerr << "ruralguard " << command << ": " << e.what() << " (see ruralguard " << command << " --help)\n";
    return kExitUsage;
  } catch (const rg::Error& e) {
    std::cerr << "ruralguard " << command << ": " << rg::error_code_name(e.code()) << ": " << e.what() << "\n";
    return kExitError;
  }
}
