// `ruralguard demo`: shows what the library does, step by step, with real computations.
#include <iostream>
#include <vector>

#include "cli/commands.hpp"
#include "ruralguard/date.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/region_code.hpp"
#include "ruralguard/ruralguard.h"

namespace rg::cli {

int run_version() {
  std::cout << "ruralguard " << rg_version_string() << "\n";
  return 0;
}

namespace {

void money_tour() {
  std::cout << "== Exact money (1/10000 yuan, never floating point)\n";
  const Money allocated = Money::parse("36.82亿");
  const Money disbursed = Money::parse("22.4亿");
  std::cout << "  linkage funds allocated 36.82亿 = " << allocated.format({.thousands_separator = true})
            << " yuan, disbursed 22.4亿 = " << disbursed.format({.thousands_separator = true}) << " yuan\n";
  std::cout << "  disbursement progress = " << disbursed.ratio_to(allocated).to_percent(2)
            << " (exact ratio " << disbursed.ratio_to(allocated).to_fraction() << ", rounded once)\n";
  std::cout << "  0.1 + 0.2 = " << (Money::parse("0.1") + Money::parse("0.2")).format({}) << " exactly\n";
  for (const char* text : {"0.125", "-0.125", "1.005", "2.675"}) {
    const Money m = Money::parse(text);
    std::cout << "  " << text << " to fen: half-up " << m.format({.rounding = Rounding::kHalfUp})
              << ", half-even " << m.format({.rounding = Rounding::kHalfEven}) << "\n";
  }
  const std::vector<int64_t> weights{1, 1, 1};
  const auto parts = allocate_fen(Money::parse("100.00"), weights);
  std::cout << "  100.00 split three ways (largest remainder): " << parts[0].format({}) << " + "
            << parts[1].format({}) << " + " << parts[2].format({}) << " = 100.00\n";
  for (const char* bad : {"12,34", "1e5", "0.00001"}) {
    try {
      (void)Money::parse(bad);
    } catch (const Error& e) {
      std::cout << "  refused: " << error_code_name(e.code()) << ": " << e.what() << "\n";
    }
  }
}

void date_tour() {
  std::cout << "== Dates (strict ISO, documented month-end rule)\n";
  const Date identified = Date::parse("2024-01-31");
  std::cout << "  identified " << identified.to_string() << "; +1 month = " << identified.add_months(1).to_string()
            << "; +6 months = " << identified.add_months(6).to_string() << "\n";
  const Date d = Date::parse("2024-08-17");
  std::cout << "  " << d.to_string() << " is in Q" << d.quarter() << " (" << d.quarter_start().to_string()
            << " .. " << d.quarter_end().to_string() << ")\n";
  try {
    (void)Date::parse("2023-02-29");
  } catch (const Error& e) {
    std::cout << "  refused: " << e.what() << "\n";
  }
}

void region_tour() {
  std::cout << "== Region codes (12-digit administrative divisions)\n";
  RegionCode code = RegionCode::parse("500112001001");
  std::cout << "  " << code.to_string();
  while (code.level() != RegionLevel::kProvince) {
    code = code.parent();
    std::cout << " -> " << code.to_string();
  }
  std::cout << "\n";
}

}  // namespace

int run_demo(int /*argc*/, char** /*argv*/) {
  std::cout << "ruralguard " << rg_version_string() << " demo\n";
  money_tour();
  date_tour();
  region_tour();
  return 0;
}

}  // namespace rg::cli
