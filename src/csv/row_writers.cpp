#include "csv/row_writers.hpp"

#include <string>

#include "csv/codes.hpp"
#include "csv/rejects_writer.hpp"
#include "ruralguard/money.hpp"

namespace rg::csv {
namespace {

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

}  // namespace

void write_header(std::FILE* out, Entity e) {
  bool first = true;
  for (const auto& c : columns_of(e)) {
    write_field(out, c.en, first);
    first = false;
  }
  std::fputc('\n', out);
}

void write_region_row(std::FILE* out, const Region& r) {
  Row(out) << r.code.to_string() << r.name << flag(r.former_poverty_county)
           << code_en(kKeyAssistLevels, static_cast<int>(r.key_assist)) << flag(r.relocation_site);
}

void write_household_row(std::FILE* out, const Household& h) {
  Row(out) << h.household_id << h.region.to_string() << code_en(kHouseholdTypes, static_cast<int>(h.type))
           << flag(h.relocated) << h.phone << centi(h.land.arable_centimu) << centi(h.land.forest_centimu)
           << centi(h.land.grain_to_green_centimu) << centi(h.land.orchard_centimu) << centi(h.land.pasture_centimu)
           << centi(h.land.water_centimu) << centi(h.housing_area_centim2) << flag(h.unsafe_house)
           << flag(h.house_damaged) << flag(h.water_safe) << flag(h.electricity) << flag(h.road_paved);
}

void write_member_row(std::FILE* out, const Member& m, std::string_view id_text) {
  Row(out) << m.person_id << m.household_id << id_text << code_en(kRelations, static_cast<int>(m.relation))
           << code_en(kSexes, static_cast<int>(m.sex)) << m.birth_date.to_string()
           << code_en(kEducations, static_cast<int>(m.education))
           << code_en(kSchoolStatuses, static_cast<int>(m.school_status))
           << code_en(kHealths, static_cast<int>(m.health)) << std::to_string(m.disability_grade)
           << code_en(kLabours, static_cast<int>(m.labour)) << medical_code(m.medical_resident, m.medical_employee)
           << flag(m.critical_illness) << flag(m.pension) << flag(m.dibao) << flag(m.tekun)
           << code_en(kMemberStatuses, static_cast<int>(m.status));
}

void write_income_row(std::FILE* out, const IncomeStatement& s) {
  Row row(out);
  row << s.household_id << code_en(kIncomePeriods, static_cast<int>(s.kind)) << s.period_start.to_string()
      << s.period_end.to_string() << money(s.wage) << money(s.business_income) << money(s.business_cost)
      << money(s.property);
  for (const Money& t : s.transfers) row << money(t);
  row << money(s.insurance_payout) << money(s.oop_medical) << money(s.oop_education) << std::to_string(s.family_size);
}

}  // namespace rg::csv
