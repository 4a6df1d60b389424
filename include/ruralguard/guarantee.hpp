// ruralguard C++ API: the basic guarantees (两不愁三保障 + 饮水安全) checked per household.
//
// Each failure names the guarantee, the member (when one is at fault) and the reason in English
// and Chinese. "Enough food and clothing" (两不愁) has no field of its own in the national export;
// it is judged through income and is not derived here.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/household.hpp"
#include "ruralguard/member.hpp"

namespace rg {

// Bit values equal the risk engine's guarantee-failure bits (C: RG_GUARANTEE_*, where bit 4 is
// "food and clothing", judged elsewhere): never renumber.
enum class Guarantee : uint32_t {
  kEducation = 1u << 0,    // 义务教育有保障: no compulsory-school-age child out of school
  kMedical = 1u << 1,      // 基本医疗有保障: every active member has basic medical insurance
  kHousing = 1u << 2,      // 住房安全有保障: house neither unsafe nor damaged
  kWater = 1u << 3,        // 饮水安全有保障
  kElectricity = 1u << 5,  // 用电保障 (only when the policy requires it)
};

struct GuaranteePolicy {
  int compulsory_school_age_min = 6;   // 义务教育 starts at 6 (some provinces 7)
  int compulsory_school_age_max = 15;  // ... and ends at 15 inclusive
  bool check_electricity = false;      // some provinces add 用电保障
};

struct GuaranteeIssue {
  Guarantee guarantee;
  std::string person_id;  // empty when the household as a whole fails (house, water)
  std::string reason_en;
  std::string reason_zh;
};

struct GuaranteeResult {
  uint32_t failed = 0;  // OR of Guarantee bits
  std::vector<GuaranteeIssue> failures;
  [[nodiscard]] bool ok() const { return failed == 0; }
  [[nodiscard]] bool fails(Guarantee g) const { return (failed & static_cast<uint32_t>(g)) != 0; }
};

// Checks the household's guarantees on `as_of` from its housing data and its active members.
[[nodiscard]] GuaranteeResult check_guarantees(const Household& household,
                                               std::span<const Member> members, Date as_of,
                                               const GuaranteePolicy& policy = {});

// True when the member is of compulsory school age on `as_of` and out of school (dropout or no
// school status at all).
[[nodiscard]] bool is_school_age_out_of_school(const Member& member, Date as_of,
                                               const GuaranteePolicy& policy);

// The guarantee rule in the form the columnar loader applies row by row (the per-household check
// above uses the same functions, so the two cannot drift apart):
// Compulsory school age on `as_of` as birth dates: age in [min, max] <=> born after
// `born_after` and on or before `born_by` (days since 1970-01-01).
struct SchoolAgeWindow {
  int32_t born_after = 0;
  int32_t born_by = 0;
  [[nodiscard]] bool contains(int32_t birth_days) const { return birth_days > born_after && birth_days <= born_by; }
};
[[nodiscard]] SchoolAgeWindow school_age_window(Date as_of, const GuaranteePolicy& policy);
// Out of school: dropped out, or no school status at all.
[[nodiscard]] bool out_of_school(SchoolStatus status);
// No basic medical insurance (neither the residents' nor the employees' scheme).
[[nodiscard]] bool uninsured(bool medical_resident, bool medical_employee);
// The household-level failures (house, drinking water; electricity only when the policy asks), as
// Guarantee bits.
[[nodiscard]] uint32_t household_guarantee_failures(bool unsafe_house, bool house_damaged, bool water_safe,
                                                    bool electricity, const GuaranteePolicy& policy);

}  // namespace rg
