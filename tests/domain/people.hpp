// Test helper: members and households with valid defaults, changed field by field in tests.
#pragma once

#include <string>

#include "ruralguard/household.hpp"
#include "ruralguard/member.hpp"

namespace rg::test {

// A valid ID number for a birth date: region 500112, the date, sequence `seq` (3 digits), check.
inline std::string make_id_number(Date birth, int seq) {
  char first17[18];
  std::snprintf(first17, sizeof first17, "500112%04d%02d%02d%03d", birth.year(), birth.month(), birth.day(), seq % 1000);
  return std::string(first17) + id_check_character(first17);
}

inline Member adult(std::string person_id, std::string household_id, const char* birth = "1980-05-20", int seq = 1) {
  Member m;
  m.person_id = std::move(person_id);
  m.household_id = std::move(household_id);
  m.birth_date = Date::parse(birth);
  m.id_number = make_id_number(m.birth_date, seq);
  m.id_facts = inspect_id_number(m.id_number);
  m.id_masked = mask_id_number(m.id_number);
  m.labour = Labour::kOrdinary;
  m.medical_resident = true;
  return m;
}

inline Member child(std::string person_id, std::string household_id, const char* birth, SchoolStatus status) {
  Member m = adult(std::move(person_id), std::move(household_id), birth, 2);
  m.relation = Relation::kChild;
  m.labour = Labour::kNone;
  m.school_status = status;
  m.education = Education::kPrimary;
  return m;
}

inline Household household(std::string id, HouseholdType type = HouseholdType::kOrdinary) {
  Household h;
  h.household_id = std::move(id);
  h.region = RegionCode::parse("500112001001");
  h.type = type;
  return h;
}

}  // namespace rg::test
