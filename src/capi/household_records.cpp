#include "capi/household_records.hpp"

#include "capi/args.hpp"
#include "capi/c_enums.hpp"

#include "ruralguard/households_repo.hpp"

namespace rg::capi {

static_assert(RG_TRANSFER_ITEMS == kTransferItemCount, "C transfer items must match rg::TransferItem");
static_assert(RG_ID_KEY_BYTES == kIdKeyBytes, "C ID key size must match rg::kIdKeyBytes");

Household to_household(const rg_household_record& r, const char* function) {
  check_struct_size(r.struct_size, sizeof(rg_household_record), "rg_household_record", function);
  const auto flag = [function](uint8_t v, const char* name) { return flag_arg(v, name, function); };
  Household h;
  h.household_id = fixed_text(r.household_id, "household_id");
  h.phone = fixed_text(r.phone, "phone");
  h.region = RegionCode::from_value(r.region_code);
  h.type = enum_arg<HouseholdType>(r.type, "type", function);
  h.relocated = flag(r.relocated, "relocated");
  h.unsafe_house = flag(r.unsafe_house, "unsafe_house");
  h.house_damaged = flag(r.house_damaged, "house_damaged");
  h.water_safe = flag(r.water_safe, "water_safe");
  h.electricity = flag(r.electricity, "electricity");
  h.road_paved = flag(r.road_paved, "road_paved");
  h.land = {r.arable_centimu, r.forest_centimu, r.grain_to_green_centimu, r.orchard_centimu, r.pasture_centimu,
            r.water_centimu};
  h.housing_area_centim2 = r.housing_area_centim2;
  return h;
}

void from_household(rg_household_record& out, const Household& h) {
  out.type = static_cast<uint8_t>(h.type);
  out.relocated = h.relocated;
  out.unsafe_house = h.unsafe_house;
  out.house_damaged = h.house_damaged;
  out.water_safe = h.water_safe;
  out.electricity = h.electricity;
  out.road_paved = h.road_paved;
  out.reserved = 0;
  out.region_code = h.region.value();
  out.arable_centimu = h.land.arable_centimu;
  out.forest_centimu = h.land.forest_centimu;
  out.grain_to_green_centimu = h.land.grain_to_green_centimu;
  out.orchard_centimu = h.land.orchard_centimu;
  out.pasture_centimu = h.land.pasture_centimu;
  out.water_centimu = h.land.water_centimu;
  out.housing_area_centim2 = h.housing_area_centim2;
  copy_text(out.household_id, h.household_id);
  copy_text(out.phone, h.phone);
}

Member to_member(const rg_member_record& r, const char* function) {
  check_struct_size(r.struct_size, sizeof(rg_member_record), "rg_member_record", function);
  const auto flag = [function](uint8_t v, const char* name) { return flag_arg(v, name, function); };
  Member m;
  m.person_id = fixed_text(r.person_id, "person_id");
  m.household_id = fixed_text(r.household_id, "household_id");
  m.id_number = fixed_text(r.id_number, "id_number");
  m.relation = enum_arg<Relation>(r.relation, "relation", function);
  m.sex = enum_arg<Sex>(r.sex, "sex", function);
  m.birth_date = Date::from_days_since_epoch(r.birth_date);
  m.education = enum_arg<Education>(r.education, "education", function);
  m.school_status = enum_arg<SchoolStatus>(r.school_status, "school_status", function);
  m.health = enum_arg<Health>(r.health, "health", function);
  if (r.disability_grade > RG_DISABILITY_GRADE_MAX) {
    throw Error(ErrorCode::kInvalidArgument, std::string(function) + ": disability_grade " +
                                                 std::to_string(r.disability_grade) +
                                                 " is not 0..RG_DISABILITY_GRADE_MAX (4)");
  }
  m.disability_grade = r.disability_grade;
  m.labour = enum_arg<Labour>(r.labour, "labour", function);
  m.medical_resident = flag(r.medical_resident, "medical_resident");
  m.medical_employee = flag(r.medical_employee, "medical_employee");
  m.critical_illness = flag(r.critical_illness, "critical_illness");
  m.pension = flag(r.pension, "pension");
  m.dibao = flag(r.dibao, "dibao");
  m.tekun = flag(r.tekun, "tekun");
  m.status = enum_arg<MemberStatus>(r.status, "status", function);
  return m;
}

void from_member(rg_member_record& out, const Member& m) {
  out.relation = static_cast<uint8_t>(m.relation);
  out.sex = static_cast<uint8_t>(m.sex);
  out.education = static_cast<uint8_t>(m.education);
  out.school_status = static_cast<uint8_t>(m.school_status);
  out.health = static_cast<uint8_t>(m.health);
  out.disability_grade = m.disability_grade;
  out.labour = static_cast<uint8_t>(m.labour);
  out.medical_resident = m.medical_resident;
  out.medical_employee = m.medical_employee;
  out.critical_illness = m.critical_illness;
  out.pension = m.pension;
  out.dibao = m.dibao;
  out.tekun = m.tekun;
  out.status = static_cast<uint8_t>(m.status);
  out.id_status = static_cast<uint8_t>(m.id_facts.status);
  out.reserved = 0;
  out.birth_date = m.birth_date.days_since_epoch();
  copy_text(out.person_id, m.person_id);
  copy_text(out.household_id, m.household_id);
  copy_text(out.id_number, m.id_masked);  // never the clear number
}

IncomeStatement to_income(const rg_income_record& r, const char* function) {
  check_struct_size(r.struct_size, sizeof(rg_income_record), "rg_income_record", function);
  IncomeStatement s;
  s.household_id = fixed_text(r.household_id, "household_id");
  s.kind = enum_arg<IncomePeriod>(r.kind, "kind", function);
  s.family_size = r.family_size;
  s.period_start = Date::from_days_since_epoch(r.period_start);
  s.period_end = Date::from_days_since_epoch(r.period_end);
  s.wage = Money::from_units(r.wage);
  s.business_income = Money::from_units(r.business_income);
  s.business_cost = Money::from_units(r.business_cost);
  s.property = Money::from_units(r.property);
  for (std::size_t i = 0; i < kTransferItemCount; ++i) s.transfers[i] = Money::from_units(r.transfers[i]);
  s.insurance_payout = Money::from_units(r.insurance_payout);
  s.oop_medical = Money::from_units(r.oop_medical);
  s.oop_education = Money::from_units(r.oop_education);
  return s;
}

}  // namespace rg::capi
