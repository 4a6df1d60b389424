#include "store/household_rows.hpp"

#include <cstring>
#include <optional>

#include "store/id_key.hpp"

namespace rg::store {
namespace {

template <typename E>
E as_enum(const SQLite::Column& c) {
  return static_cast<E>(c.getInt());
}
int b(bool v) { return v ? 1 : 0; }

}  // namespace

// Column lists: the INSERT statements in households_repo.cpp bind in this order too.
const char* const kRegionColumns =
    "code, name, level, parent, former_poverty_county, key_assist, relocation_site";
const char* const kHouseholdColumns =
    "h.household_id, h.region, h.type, h.relocated, h.phone, h.arable_centimu, h.forest_centimu, "
    "h.grain_to_green_centimu, h.orchard_centimu, h.pasture_centimu, h.water_centimu, "
    "h.housing_area_centim2, h.unsafe_house, h.house_damaged, h.water_safe, h.electricity, h.road_paved";
const char* const kMemberColumns =
    "h.household_id, m.person_id, m.id_masked, m.id_status, m.id_birth_date, m.relation, m.sex, "
    "m.birth_date, m.education, m.school_status, m.health, m.disability_grade, m.labour, "
    "m.medical_resident, m.medical_employee, m.critical_illness, m.pension, m.dibao, m.tekun, m.status";
const char* const kIncomeColumns =
    "h.household_id, i.kind, i.period_start, i.period_end, i.wage, i.business_income, i.business_cost, "
    "i.property, i.t_pension, i.t_dibao, i.t_tekun, i.t_farmland_subsidy, i.t_grain_to_green, i.t_eco_compensation, i.t_recurring_gift, i.t_support_payment, i.t_condolence, i.t_temporary_aid, i.t_one_off_relief, i.t_relocation_subsidy, i.t_housing_renovation, i.t_pen_renovation, i.t_medical_reimbursement, i.t_student_aid, i.t_other, i.insurance_payout, i.oop_medical, i.oop_education, i.family_size";

void bind_region(SQLite::Statement& st, const Region& r) {
  st.bind(1, static_cast<int64_t>(r.code.value()));
  st.bind(2, r.name);
  st.bind(3, static_cast<int>(r.code.level()));
  if (r.parent) {
    st.bind(4, static_cast<int64_t>(r.parent->value()));
  } else {
    st.bind(4);
  }
  st.bind(5, b(r.former_poverty_county));
  st.bind(6, static_cast<int>(r.key_assist));
  st.bind(7, b(r.relocation_site));
}

void bind_household(SQLite::Statement& st, const Household& h) {
  st.bindNoCopy(1, h.household_id);  // the record outlives the statement's execution
  st.bind(2, static_cast<int64_t>(h.region.value()));
  st.bind(3, static_cast<int>(h.type));
  st.bind(4, b(h.relocated));
  st.bindNoCopy(5, h.phone);
  st.bind(6, h.land.arable_centimu);
  st.bind(7, h.land.forest_centimu);
  st.bind(8, h.land.grain_to_green_centimu);
  st.bind(9, h.land.orchard_centimu);
  st.bind(10, h.land.pasture_centimu);
  st.bind(11, h.land.water_centimu);
  st.bind(12, h.housing_area_centim2);
  st.bind(13, b(h.unsafe_house));
  st.bind(14, b(h.house_damaged));
  st.bind(15, b(h.water_safe));
  st.bind(16, b(h.electricity));
  st.bind(17, b(h.road_paved));
}

void bind_member(SQLite::Statement& st, const Member& m, int64_t household_key, const void* id_hash) {
  int i = 1;
  st.bind(i++, household_key);
  st.bindNoCopy(i++, m.person_id);  // the record outlives the statement's execution
  if (id_hash != nullptr) {
    store::IdHash h{};
    std::memcpy(h.data(), id_hash, h.size());
    st.bind(i++, id_hash_key(h));
    st.bindNoCopy(i++, id_hash, 32);
  } else {
    st.bind(i++);
    st.bind(i++);
  }
  st.bindNoCopy(i++, m.id_masked);
  st.bind(i++, static_cast<int>(m.id_facts.status));
  if (m.id_facts.birth_date) {
    st.bind(i++, m.id_facts.birth_date->days_since_epoch());
  } else {
    st.bind(i++);
  }
  for (int v : {static_cast<int>(m.relation), static_cast<int>(m.sex), m.birth_date.days_since_epoch(),
                static_cast<int>(m.education), static_cast<int>(m.school_status), static_cast<int>(m.health),
                static_cast<int>(m.disability_grade), static_cast<int>(m.labour), b(m.medical_resident),
                b(m.medical_employee), b(m.critical_illness), b(m.pension), b(m.dibao), b(m.tekun),
                static_cast<int>(m.status)}) {
    st.bind(i++, v);
  }
}

void bind_income(SQLite::Statement& st, const IncomeStatement& s, int64_t household_key) {
  int i = 1;
  st.bind(i++, household_key);
  st.bind(i++, static_cast<int>(s.kind));
  st.bind(i++, s.period_start.days_since_epoch());
  st.bind(i++, s.period_end.days_since_epoch());
  st.bind(i++, s.wage.units());
  st.bind(i++, s.business_income.units());
  st.bind(i++, s.business_cost.units());
  st.bind(i++, s.property.units());
  for (const Money& t : s.transfers) st.bind(i++, t.units());
  st.bind(i++, s.insurance_payout.units());
  st.bind(i++, s.oop_medical.units());
  st.bind(i++, s.oop_education.units());
  st.bind(i++, s.family_size);
}

Region read_region(SQLite::Statement& st, int c) {
  Region r = make_region(RegionCode::from_value(static_cast<uint64_t>(st.getColumn(c).getInt64())),
                         st.getColumn(c + 1).getString());
  if (st.getColumn(c + 3).isNull()) {
    r.parent = std::nullopt;
  } else {
    r.parent = RegionCode::from_value(static_cast<uint64_t>(st.getColumn(c + 3).getInt64()));
  }
  r.former_poverty_county = st.getColumn(c + 4).getInt() != 0;
  r.key_assist = as_enum<KeyAssistLevel>(st.getColumn(c + 5));
  r.relocation_site = st.getColumn(c + 6).getInt() != 0;
  return r;
}

Household read_household(SQLite::Statement& st, int c) {
  Household h;
  h.household_id = st.getColumn(c).getString();
  h.region = RegionCode::from_value(static_cast<uint64_t>(st.getColumn(c + 1).getInt64()));
  h.type = as_enum<HouseholdType>(st.getColumn(c + 2));
  h.relocated = st.getColumn(c + 3).getInt() != 0;
  h.phone = st.getColumn(c + 4).getString();
  h.land.arable_centimu = st.getColumn(c + 5).getInt64();
  h.land.forest_centimu = st.getColumn(c + 6).getInt64();
  h.land.grain_to_green_centimu = st.getColumn(c + 7).getInt64();
  h.land.orchard_centimu = st.getColumn(c + 8).getInt64();
  h.land.pasture_centimu = st.getColumn(c + 9).getInt64();
  h.land.water_centimu = st.getColumn(c + 10).getInt64();
  h.housing_area_centim2 = st.getColumn(c + 11).getInt64();
  h.unsafe_house = st.getColumn(c + 12).getInt() != 0;
  h.house_damaged = st.getColumn(c + 13).getInt() != 0;
  h.water_safe = st.getColumn(c + 14).getInt() != 0;
  h.electricity = st.getColumn(c + 15).getInt() != 0;
  h.road_paved = st.getColumn(c + 16).getInt() != 0;
  return h;
}

Member read_member(SQLite::Statement& st, int c) {
  Member m;
  m.household_id = st.getColumn(c).getString();
  m.person_id = st.getColumn(c + 1).getString();
  m.id_masked = st.getColumn(c + 2).getString();
  m.id_facts.status = as_enum<IdNumberStatus>(st.getColumn(c + 3));
  if (!st.getColumn(c + 4).isNull()) m.id_facts.birth_date = Date::from_days_since_epoch(st.getColumn(c + 4).getInt());
  m.relation = as_enum<Relation>(st.getColumn(c + 5));
  m.sex = as_enum<Sex>(st.getColumn(c + 6));
  m.birth_date = Date::from_days_since_epoch(st.getColumn(c + 7).getInt());
  m.education = as_enum<Education>(st.getColumn(c + 8));
  m.school_status = as_enum<SchoolStatus>(st.getColumn(c + 9));
  m.health = as_enum<Health>(st.getColumn(c + 10));
  m.disability_grade = static_cast<uint8_t>(st.getColumn(c + 11).getInt());
  m.labour = as_enum<Labour>(st.getColumn(c + 12));
  m.medical_resident = st.getColumn(c + 13).getInt() != 0;
  m.medical_employee = st.getColumn(c + 14).getInt() != 0;
  m.critical_illness = st.getColumn(c + 15).getInt() != 0;
  m.pension = st.getColumn(c + 16).getInt() != 0;
  m.dibao = st.getColumn(c + 17).getInt() != 0;
  m.tekun = st.getColumn(c + 18).getInt() != 0;
  m.status = as_enum<MemberStatus>(st.getColumn(c + 19));
  return m;
}

IncomeStatement read_income(SQLite::Statement& st, int c) {
  IncomeStatement s;
  s.household_id = st.getColumn(c++).getString();
  s.kind = as_enum<IncomePeriod>(st.getColumn(c++));
  s.period_start = Date::from_days_since_epoch(st.getColumn(c++).getInt());
  s.period_end = Date::from_days_since_epoch(st.getColumn(c++).getInt());
  auto money = [&] { return Money::from_units(st.getColumn(c++).getInt64()); };
  s.wage = money();
  s.business_income = money();
  s.business_cost = money();
  s.property = money();
  for (Money& t : s.transfers) t = money();
  s.insurance_payout = money();
  s.oop_medical = money();
  s.oop_education = money();
  s.family_size = st.getColumn(c).getInt();
  return s;
}

}  // namespace rg::store
