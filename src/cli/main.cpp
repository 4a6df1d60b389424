// `ruralguard`: the command-line tool. Subcommands are added as the library grows.
#include <cstring>
#include <iostream>
#include <string_view>

#include "cli/commands.hpp"
#include "ruralguard/error.hpp"

namespace {

void usage(std::ostream& out) {
  out << "usage: ruralguard <command> [options]\n"
         "commands:\n"
         "  demo      a guided tour of the library on an embedded SQLite store\n"
         "  version   print the library version\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage(std::cerr);
    return 2;
  }
  const std::string_view command = argv[1];
  try {
    if (command == "demo") return rg::cli::run_demo(argc - 1, argv + 1);
    if (command == "version") return rg::cli::run_version();
    if (command == "--help" || command == "-h" || command == "help") {
      usage(std::cout);
      return 0;
    }
    std::cerr << "ruralguard: unknown command '" << command << "'\n";
    usage(std::cerr);
    return 2;
  } catch (const rg::Error& e) {
    std::cerr << "ruralguard " << command << ": " << rg::error_code_name(e.code()) << ": " << e.what() << "\n";
    return 1;
  }
}
