#include "ruralguard/guarantee.hpp"

namespace rg {

SchoolAgeWindow school_age_window(Date as_of, const GuaranteePolicy& policy) {
  return SchoolAgeWindow{as_of.add_months(-12 * (policy.compulsory_school_age_max + 1)).days_since_epoch(),
                         as_of.add_months(-12 * policy.compulsory_school_age_min).days_since_epoch()};
}

bool out_of_school(SchoolStatus status) { return status == SchoolStatus::kDropout || status == SchoolStatus::kNotInSchool; }

bool uninsured(bool medical_resident, bool medical_employee) { return !medical_resident && !medical_employee; }

uint32_t household_guarantee_failures(bool unsafe_house, bool house_damaged, bool water_safe, bool electricity,
                                      const GuaranteePolicy& policy) {
  uint32_t failed = 0;
  if (unsafe_house || house_damaged) failed |= static_cast<uint32_t>(Guarantee::kHousing);
  if (!water_safe) failed |= static_cast<uint32_t>(Guarantee::kWater);
  if (policy.check_electricity && !electricity) failed |= static_cast<uint32_t>(Guarantee::kElectricity);
  return failed;
}

bool is_school_age_out_of_school(const Member& m, Date as_of, const GuaranteePolicy& policy) {
  return m.active() && school_age_window(as_of, policy).contains(m.birth_date.days_since_epoch()) &&
         out_of_school(m.school_status);
}

GuaranteeResult check_guarantees(const Household& h, std::span<const Member> members, Date as_of,
                                 const GuaranteePolicy& policy) {
  GuaranteeResult r;
  auto fail = [&r](Guarantee g, std::string person, std::string en, std::string zh) {
    r.failed |= static_cast<uint32_t>(g);
    r.failures.push_back({g, std::move(person), std::move(en), std::move(zh)});
  };
  for (const Member& m : members) {
    if (!m.active()) continue;
    if (is_school_age_out_of_school(m, as_of, policy)) {
      const std::string age = std::to_string(age_on(m.birth_date, as_of));
      fail(Guarantee::kEducation, m.person_id,
           "member " + m.person_id + " is " + age + " (compulsory school age) and out of school",
           "成员" + m.person_id + "为义务教育阶段适龄儿童少年(" + age + "岁)但失学辍学");
    }
    if (uninsured(m.medical_resident, m.medical_employee)) {
      fail(Guarantee::kMedical, m.person_id,
           "member " + m.person_id + " has no basic medical insurance",
           "成员" + m.person_id + "未参加城乡居民(职工)基本医疗保险");
    }
  }
  const uint32_t household = household_guarantee_failures(h.unsafe_house, h.house_damaged, h.water_safe,
                                                          h.electricity, policy);
  if (h.unsafe_house) {  // one failure per cause (household_guarantee_failures: either fails housing)
    fail(Guarantee::kHousing, {}, "household " + h.household_id + " lives in an unsafe house",
         "户" + h.household_id + "为危房户");
  }
  if (h.house_damaged) {
    fail(Guarantee::kHousing, {}, "household " + h.household_id + " has a damaged house",
         "户" + h.household_id + "住房损毁");
  }
  if (household & static_cast<uint32_t>(Guarantee::kWater)) {
    fail(Guarantee::kWater, {}, "household " + h.household_id + " has no safe drinking water",
         "户" + h.household_id + "未解决安全饮用水");
  }
  if (household & static_cast<uint32_t>(Guarantee::kElectricity)) {
    fail(Guarantee::kElectricity, {}, "household " + h.household_id + " has no household electricity",
         "户" + h.household_id + "未通生活用电");
  }
  return r;
}

}  // namespace rg
