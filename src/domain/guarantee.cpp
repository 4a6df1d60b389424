#include "ruralguard/guarantee.hpp"

namespace rg {

bool is_school_age_out_of_school(const Member& m, Date as_of, const GuaranteePolicy& policy) {
  if (!m.active()) return false;
  const int age = age_on(m.birth_date, as_of);
  if (age < policy.compulsory_school_age_min || age > policy.compulsory_school_age_max) return false;
  return m.school_status == SchoolStatus::kDropout || m.school_status == SchoolStatus::kNotInSchool;
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
    if (m.medical_schemes() == 0) {
      fail(Guarantee::kMedical, m.person_id,
           "member " + m.person_id + " has no basic medical insurance",
           "成员" + m.person_id + "未参加城乡居民(职工)基本医疗保险");
    }
  }
  if (h.unsafe_house) {
    fail(Guarantee::kHousing, {}, "household " + h.household_id + " lives in an unsafe house",
         "户" + h.household_id + "为危房户");
  }
  if (h.house_damaged) {
    fail(Guarantee::kHousing, {}, "household " + h.household_id + " has a damaged house",
         "户" + h.household_id + "住房损毁");
  }
  if (!h.water_safe) {
    fail(Guarantee::kWater, {}, "household " + h.household_id + " has no safe drinking water",
         "户" + h.household_id + "未解决安全饮用水");
  }
  if (policy.check_electricity && !h.electricity) {
    fail(Guarantee::kElectricity, {}, "household " + h.household_id + " has no household electricity",
         "户" + h.household_id + "未通生活用电");
  }
  return r;
}

}  // namespace rg
