#include "ruralguard/error.hpp"
#include "ruralguard/validation.hpp"

namespace rg {
namespace {

constexpr RuleInfo kRules[] = {
    {RuleId::kIdNumberFormat, "DQ001", "member.id_number.format", Severity::kError,
     "ID number malformed", "身份证号码格式错误",
     "The ID number must be 17 digits and a digit or X, with a real birth date in digits 7-14 (GB 11643-1999)."},
    {RuleId::kIdNumberCheckDigit, "DQ002", "member.id_number.check_digit", Severity::kError,
     "ID number check digit wrong", "身份证号码校验位错误",
     "The 18th character must equal the ISO 7064 MOD 11-2 check of the first 17 digits."},
    {RuleId::kBirthDateVsIdNumber, "DQ003", "member.birth_date.vs_id_number", Severity::kError,
     "Birth date differs from ID number", "出生日期与身份证号码不一致",
     "The recorded birth date must equal the birth date encoded in the ID number."},
    {RuleId::kDuplicatePerson, "DQ004", "member.duplicate_person", Severity::kError,
     "Same person in two households", "同一人员在多个户中",
     "A person (by ID number) may belong to one household only."},
    {RuleId::kMedicalSchemeCount, "DQ005", "member.medical_scheme_count", Severity::kWarning,
     "Not exactly one basic medical scheme", "基本医疗保险参保不唯一",
     "An active member is enrolled in exactly one of the resident and the employee basic medical schemes."},
    {RuleId::kSchoolAgeVsStatus, "DQ006", "member.school_status.vs_age", Severity::kWarning,
     "School status inconsistent with age", "在校生状况与年龄不符",
     "Compulsory schooling fits ages 5-17, pre-school at most 7, high school from 13, higher education "
     "from 15, a dropout at most 17; a child of compulsory school age needs a school status."},
    {RuleId::kLabourVsAge, "DQ007", "member.labour.vs_age", Severity::kWarning,
     "Labour capacity inconsistent with age", "劳动技能与年龄不符",
     "Children below the labour age have no labour capacity; full labour above the maximum age and "
     "'no labour' for a healthy working-age adult are implausible."},
    {RuleId::kIncomeLowFormerlyPoor, "DQ008", "income.per_capita.low_formerly_poor", Severity::kWarning,
     "Formerly poor household with very low income", "脱贫户人均纯收入过低",
     "A formerly poor household's per-capita net income below 4,000 yuan is flagged (peer rule 3_11_010)."},
    {RuleId::kIncomeHighAtIdentification, "DQ009", "income.per_capita.high_at_identification",
     Severity::kWarning, "Very high income at identification", "识别时人均纯收入过高",
     "A household identified in 2023 or later with per-capita net income above 20,000 yuan is flagged (peer rule 1111_18)."},
    {RuleId::kWageBounds, "DQ010", "income.wage.bounds", Severity::kWarning,
     "Wage income outside plausible bounds", "工资性收入超出合理范围",
     "Wage income per member with labour capacity must lie between 100 and 30,000 yuan a month, and "
     "a household without labour capacity has no wage income."},
    {RuleId::kFamilySizeVsMembers, "DQ011", "income.family_size.vs_members", Severity::kWarning,
     "Family size differs from active members", "家庭人口数与在户成员数不一致",
     "The family size on an income statement equals the number of active members of the household."},
};

}  // namespace

std::span<const RuleInfo> rule_catalogue() { return kRules; }

const RuleInfo& rule_info(RuleId id) {
  for (const auto& r : kRules) {
    if (r.id == id) return r;
  }
  throw Error(ErrorCode::kNotFound, "no data-quality rule with number " + std::to_string(static_cast<int>(id)));
}

}  // namespace rg
