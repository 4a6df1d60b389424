// CSV export in the import format, English headers, ID numbers masked (docs/csv-format.md).
#include <SQLiteCpp/Statement.h>

#include <cstdio>
#include <cstring>
#include <memory>

#include "csv/row_writers.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_csv.hpp"
#include "store/household_rows.hpp"
#include "store/store_impl.hpp"

namespace rg {
namespace {

using csv::Entity;

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File open_out(const std::string& path) {
  File f(std::fopen(path.c_str(), "wb"));
  if (!f) throw Error(ErrorCode::kIo, "cannot write CSV file " + path + ": " + std::strerror(errno));
  return f;
}

void finish(File& f, const std::string& path) {
  if (std::ferror(f.get()) || std::fflush(f.get()) != 0) throw Error(ErrorCode::kIo, "cannot write CSV file " + path);
}

template <typename Write>
void export_query(SQLite::Database& db, const std::string& path, Entity e, const std::string& sql, Write write) {
  File f = open_out(path);
  csv::write_header(f.get(), e);
  SQLite::Statement st(db, sql);
  while (st.executeStep()) write(f.get(), st);
  finish(f, path);
}

}  // namespace

void export_households_csv(Store& store, const HouseholdCsvFiles& files) {
  auto& db = store::database_of(store).sql();
  const std::string sel = "SELECT ";
  try {
    if (!files.regions.empty()) {
      export_query(db, files.regions, Entity::kRegions, sel + store::kRegionColumns + " FROM rg_regions ORDER BY code",
                   [](std::FILE* f, SQLite::Statement& st) { csv::write_region_row(f, store::read_region(st)); });
    }
    if (!files.households.empty()) {
      export_query(db, files.households, Entity::kHouseholds,
                   sel + store::kHouseholdColumns + " FROM rg_households h ORDER BY h.id",
                   [](std::FILE* f, SQLite::Statement& st) { csv::write_household_row(f, store::read_household(st)); });
    }
    if (!files.members.empty()) {
      export_query(db, files.members, Entity::kMembers,
                   sel + store::kMemberColumns +
                       " FROM rg_members m JOIN rg_households h ON h.id = m.household ORDER BY m.household, m.id",
                   [](std::FILE* f, SQLite::Statement& st) {
                     const Member m = store::read_member(st);
                     csv::write_member_row(f, m, m.id_masked);  // never the clear number
                   });
    }
    if (!files.income.empty()) {
      export_query(db, files.income, Entity::kIncome,
                   sel + store::kIncomeColumns +
                       " FROM rg_income_statements i JOIN rg_households h ON h.id = i.household "
                       "ORDER BY i.household, i.kind, i.period_start",
                   [](std::FILE* f, SQLite::Statement& st) { csv::write_income_row(f, store::read_income(st)); });
    }
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "CSV export from " + store.path());
  }
}

}  // namespace rg
