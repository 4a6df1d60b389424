// CSV export in the import format, English headers, ID numbers masked (docs/csv-format.md).
#include <SQLiteCpp/Statement.h>

#include <cstdio>
#include <cstring>
#include <memory>

#include "csv/codes.hpp"
#include "csv/columns.hpp"
#include "csv/rejects_writer.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_csv.hpp"
#include "store/household_rows.hpp"
#include "store/store_impl.hpp"

namespace rg {
namespace {

using csv::Entity;
using csv::write_field;

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File open_out(const std::string& path) {
  File f(std::fopen(path.c_str(), "wb"));
  if (!f) throw Error(ErrorCode::kIo, "cannot write CSV file " + path + ": " + std::strerror(errno));
  return f;
}

void header(std::FILE* out, Entity e) {
  bool first = true;
  for (const auto& c : csv::columns_of(e)) {
    write_field(out, c.en, first);
    first = false;
  }
  std::fputc('\n', out);
}

std::string centi(int64_t v) { return Money::from_units(v * Money::kUnitsPerFen).format({.decimals = 2}); }
std::string money(Money m) {
  // Exact: up to 4 decimals, trailing zeros beyond the fen dropped.
  std::string s = m.format({.decimals = 4});
  while (s.size() > 3 && s.back() == '0' && s[s.size() - 3] != '.') s.pop_back();
  return s;
}
const char* flag(bool b) { return b ? "1" : "0"; }

class Row {
 public:
  explicit Row(std::FILE* out) : out_(out) {}
  Row& operator<<(std::string_view v) {
    write_field(out_, v, first_);
    first_ = false;
    return *this;
  }
  ~Row() { std::fputc('\n', out_); }

 private:
  std::FILE* out_;
  bool first_ = true;
};

void finish(File& f, const std::string& path) {
  if (std::ferror(f.get()) || std::fflush(f.get()) != 0) throw Error(ErrorCode::kIo, "cannot write CSV file " + path);
}

void export_regions(SQLite::Database& db, const std::string& path) {
  File f = open_out(path);
  header(f.get(), Entity::kRegions);
  SQLite::Statement st(db, std::string("SELECT ") + store::kRegionColumns + " FROM rg_regions ORDER BY code");
  while (st.executeStep()) {
    const Region r = store::read_region(st);
    Row(f.get()) << r.code.to_string() << r.name << flag(r.former_poverty_county)
                 << csv::code_en(csv::kKeyAssistLevels, static_cast<int>(r.key_assist)) << flag(r.relocation_site);
  }
  finish(f, path);
}

void export_households(SQLite::Database& db, const std::string& path) {
  File f = open_out(path);
  header(f.get(), Entity::kHouseholds);
  SQLite::Statement st(db, std::string("SELECT ") + store::kHouseholdColumns + " FROM rg_households h ORDER BY h.id");
  while (st.executeStep()) {
    const Household h = store::read_household(st);
    Row(f.get()) << h.household_id << h.region.to_string() << csv::code_en(csv::kHouseholdTypes, static_cast<int>(h.type))
                 << flag(h.relocated) << h.phone << centi(h.land.arable_centimu) << centi(h.land.forest_centimu)
                 << centi(h.land.grain_to_green_centimu) << centi(h.land.orchard_centimu)
                 << centi(h.land.pasture_centimu) << centi(h.land.water_centimu) << centi(h.housing_area_centim2)
                 << flag(h.unsafe_house) << flag(h.house_damaged) << flag(h.water_safe) << flag(h.electricity)
                 << flag(h.road_paved);
  }
  finish(f, path);
}

void export_members(SQLite::Database& db, const std::string& path) {
  File f = open_out(path);
  header(f.get(), Entity::kMembers);
  SQLite::Statement st(db, std::string("SELECT ") + store::kMemberColumns +
                               " FROM rg_members m JOIN rg_households h ON h.id = m.household ORDER BY m.household, m.id");
  while (st.executeStep()) {
    const Member m = store::read_member(st);
    Row(f.get()) << m.person_id << m.household_id << m.id_masked
                 << csv::code_en(csv::kRelations, static_cast<int>(m.relation))
                 << csv::code_en(csv::kSexes, static_cast<int>(m.sex)) << m.birth_date.to_string()
                 << csv::code_en(csv::kEducations, static_cast<int>(m.education))
                 << csv::code_en(csv::kSchoolStatuses, static_cast<int>(m.school_status))
                 << csv::code_en(csv::kHealths, static_cast<int>(m.health)) << std::to_string(m.disability_grade)
                 << csv::code_en(csv::kLabours, static_cast<int>(m.labour))
                 << csv::medical_code(m.medical_resident, m.medical_employee) << flag(m.critical_illness)
                 << flag(m.pension) << flag(m.dibao) << flag(m.tekun)
                 << csv::code_en(csv::kMemberStatuses, static_cast<int>(m.status));
  }
  finish(f, path);
}

void export_income(SQLite::Database& db, const std::string& path) {
  File f = open_out(path);
  header(f.get(), Entity::kIncome);
  SQLite::Statement st(db, std::string("SELECT ") + store::kIncomeColumns +
                               " FROM rg_income_statements i JOIN rg_households h ON h.id = i.household "
                               "ORDER BY i.household, i.kind, i.period_start");
  while (st.executeStep()) {
    const IncomeStatement s = store::read_income(st);
    Row row(f.get());
    row << s.household_id << csv::code_en(csv::kIncomePeriods, static_cast<int>(s.kind)) << s.period_start.to_string()
        << s.period_end.to_string() << money(s.wage) << money(s.business_income) << money(s.business_cost)
        << money(s.property);
    for (const Money& t : s.transfers) row << money(t);
    row << money(s.insurance_payout) << money(s.oop_medical) << money(s.oop_education) << std::to_string(s.family_size);
  }
  finish(f, path);
}

}  // namespace

void export_households_csv(Store& store, const HouseholdCsvFiles& files) {
  auto& db = store.impl().db.sql();
  try {
    if (!files.regions.empty()) export_regions(db, files.regions);
    if (!files.households.empty()) export_households(db, files.households);
    if (!files.members.empty()) export_members(db, files.members);
    if (!files.income.empty()) export_income(db, files.income);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, "CSV export from " + store.path());
  }
}

}  // namespace rg
