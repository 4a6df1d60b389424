// The synthetic county written to CSV files (the Store form is store/synthetic_store.cpp).
#include <cstdio>
#include <cstring>
#include <memory>

#include "csv/row_writers.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/synthetic_county.hpp"

namespace rg {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != nullptr) std::fclose(f);
  }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File open_csv(const std::string& path, csv::Entity e) {
  if (path.empty()) return nullptr;
  File f(std::fopen(path.c_str(), "wb"));
  if (!f) throw Error(ErrorCode::kIo, "cannot write CSV file " + path + ": " + std::strerror(errno));
  csv::write_header(f.get(), e);
  return f;
}

void close_csv(File& f, const std::string& path) {
  if (f && (std::ferror(f.get()) || std::fclose(f.release()) != 0)) throw Error(ErrorCode::kIo, "cannot write CSV file " + path);
}

}  // namespace

SyntheticCountySummary write_county_csv(const SyntheticCountyOptions& options, const HouseholdCsvFiles& files) {
  File regions = open_csv(files.regions, csv::Entity::kRegions);
  File households = open_csv(files.households, csv::Entity::kHouseholds);
  File members = open_csv(files.members, csv::Entity::kMembers);
  File income = open_csv(files.income, csv::Entity::kIncome);
  const CountySink sink{
      [&](const Region& r) { if (regions) csv::write_region_row(regions.get(), r); },
      [&](const Household& h) { if (households) csv::write_household_row(households.get(), h); },
      [&](const Member& m) { if (members) csv::write_member_row(members.get(), m, m.id_number); },
      [&](const IncomeStatement& s) { if (income) csv::write_income_row(income.get(), s); },
  };
  const auto summary = generate_county(options, sink);
  close_csv(regions, files.regions);
  close_csv(households, files.households);
  close_csv(members, files.members);
  close_csv(income, files.income);
  return summary;
}

}  // namespace rg
