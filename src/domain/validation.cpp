#include "ruralguard/validation.hpp"

#include "ruralguard/error.hpp"

// GCC 12 reports a false -Wrestrict inside std::string concatenation at -O2 (GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

namespace rg {
namespace {

std::string where_en(const std::string& household_id, const std::string& person_id) {
  std::string s = "household " + household_id;
  if (!person_id.empty()) s += " member " + person_id;
  return s;
}

std::string where_zh(const std::string& household_id, const std::string& person_id) {
  std::string s = "户" + household_id;
  if (!person_id.empty()) s += " 成员" + person_id;
  return s;
}

void add(std::vector<Finding>& out, RuleId rule, const std::string& household_id,
         const std::string& person_id, std::string field, std::string value, const std::string& detail_en,
         const std::string& detail_zh) {
  const RuleInfo& info = rule_info(rule);
  Finding f;
  f.rule = rule;
  f.severity = info.severity;
  f.household_id = household_id;
  f.person_id = person_id;
  f.message_en = std::string(info.code) + " " + where_en(household_id, person_id) + ": " + field + ": " +
                 detail_en;
  f.message_zh = std::string(info.code) + " " + where_zh(household_id, person_id) + ": " + field + ": " +
                 detail_zh;
  f.field = std::move(field);
  f.value = std::move(value);
  out.push_back(std::move(f));
}

std::string masked(const Member& m) { return m.id_masked.empty() ? mask_id_number(m.id_number) : m.id_masked; }

void check_id(const Member& m, std::vector<Finding>& out) {
  const auto& hh = m.household_id;
  switch (m.id_facts.status) {
    case IdNumberStatus::kValid: break;
    case IdNumberStatus::kMissing:
    case IdNumberStatus::kBadFormat:
      add(out, RuleId::kIdNumberFormat, hh, m.person_id, "id_number", masked(m),
          "'" + masked(m) + "' is not 17 digits and a check character with a real birth date",
          "'" + masked(m) + "'不是17位数字加校验位或出生日期无效");
      return;
    case IdNumberStatus::kBadCheckDigit:
      add(out, RuleId::kIdNumberCheckDigit, hh, m.person_id, "id_number", masked(m),
          "'" + masked(m) + "' fails the GB 11643 check digit", "'" + masked(m) + "'校验位错误");
      return;
  }
  if (m.id_facts.birth_date && *m.id_facts.birth_date != m.birth_date) {
    add(out, RuleId::kBirthDateVsIdNumber, hh, m.person_id, "birth_date", m.birth_date.to_string(),
        m.birth_date.to_string() + " differs from the ID number's " + m.id_facts.birth_date->to_string(),
        m.birth_date.to_string() + "与身份证号码中的出生日期" + m.id_facts.birth_date->to_string() + "不一致");
  }
}

void check_school(const Member& m, int age, const ValidationPolicy& p, std::vector<Finding>& out) {
  const auto st = m.school_status;
  const char* problem_en = nullptr;
  const char* problem_zh = nullptr;
  if (st == SchoolStatus::kCompulsory && (age < 5 || age > 17)) {
    problem_en = "in compulsory school";
    problem_zh = "义务教育在校";
  } else if (st == SchoolStatus::kPreschool && age > 7) {
    problem_en = "in pre-school";
    problem_zh = "学前教育";
  } else if (st == SchoolStatus::kHighSchool && age < 13) {
    problem_en = "in high school";
    problem_zh = "高中在校";
  } else if (st == SchoolStatus::kHigher && age < 15) {
    problem_en = "in higher education";
    problem_zh = "高等教育在校";
  } else if (st == SchoolStatus::kDropout && age > 17) {
    problem_en = "a school dropout";
    problem_zh = "失学辍学";
  } else if (st == SchoolStatus::kNotInSchool && age >= p.compulsory_school_age_min &&
             age <= p.compulsory_school_age_max) {
    problem_en = "of compulsory school age without a school status";
    problem_zh = "义务教育适龄但无在校状况";
  }
  if (problem_en == nullptr) return;
  const std::string a = std::to_string(age);
  add(out, RuleId::kSchoolAgeVsStatus, m.household_id, m.person_id, "school_status", a,
      "aged " + a + " and " + problem_en, a + "岁, " + problem_zh);
}

void check_labour(const Member& m, int age, const ValidationPolicy& p, std::vector<Finding>& out) {
  const bool capable = m.labour == Labour::kSkilled || m.labour == Labour::kOrdinary || m.labour == Labour::kWeak;
  const bool full = m.labour == Labour::kSkilled || m.labour == Labour::kOrdinary;
  const std::string a = std::to_string(age);
  if (capable && age < p.labour_age_min) {
    add(out, RuleId::kLabourVsAge, m.household_id, m.person_id, "labour", a,
        "aged " + a + " (below " + std::to_string(p.labour_age_min) + ") but recorded with labour capacity",
        a + "岁(低于" + std::to_string(p.labour_age_min) + "岁)却登记为有劳动能力");
  } else if (full && age > p.full_labour_age_max) {
    add(out, RuleId::kLabourVsAge, m.household_id, m.person_id, "labour", a,
        "aged " + a + " (above " + std::to_string(p.full_labour_age_max) + ") but recorded as full labour",
        a + "岁(高于" + std::to_string(p.full_labour_age_max) + "岁)却登记为技能或普通劳动力");
  } else if (m.labour == Labour::kNone && m.health == Health::kHealthy && age >= p.labour_age_min &&
             age <= p.working_age_max && m.school_status == SchoolStatus::kNotInSchool) {
    add(out, RuleId::kLabourVsAge, m.household_id, m.person_id, "labour", a,
        "a healthy adult aged " + a + " not in school is recorded with no labour",
        a + "岁健康且非在校, 却登记为无劳动力");
  }
}

}  // namespace

void validate_member(const Member& m, const ValidationPolicy& p, std::vector<Finding>& out) {
  check_id(m, out);
  if (!m.active()) return;
  if (m.medical_schemes() != 1) {
    const std::string n = std::to_string(m.medical_schemes());
    add(out, RuleId::kMedicalSchemeCount, m.household_id, m.person_id, "medical_insurance", n,
        "enrolled in " + n + " basic medical schemes, expected exactly 1", "参加基本医疗保险" + n + "种, 应为1种");
  }
  const int age = age_on(m.birth_date, p.as_of);
  check_school(m, age, p, out);
  check_labour(m, age, p, out);
}

namespace {

template <typename PolicyOf>
void validate_household_with(const Household& h, std::span<const Member> members,
                             std::span<const IncomeStatement> statements, PolicyOf policy_of,
                             const ValidationPolicy& p, std::vector<Finding>& out) {
  int active = 0;
  int labourers = 0;
  for (const Member& m : members) {
    validate_member(m, p, out);
    if (!m.active()) continue;
    ++active;
    if (m.labour == Labour::kSkilled || m.labour == Labour::kOrdinary || m.labour == Labour::kWeak) ++labourers;
  }
  for (const IncomeStatement& s : statements) {
    const std::string period = s.period_start.to_string() + ".." + s.period_end.to_string();
    if (s.family_size != active) {
      add(out, RuleId::kFamilySizeVsMembers, h.household_id, {}, "income.family_size", std::to_string(s.family_size),
          "statement " + period + " counts " + std::to_string(s.family_size) + " people but the household has " +
              std::to_string(active) + " active members",
          "收入期间" + period + "家庭人口数为" + std::to_string(s.family_size) + ", 在户成员为" + std::to_string(active) + "人");
    }
    if (s.family_size >= 1) {
      const Money pc = compute_income(s, policy_of(s)).per_capita;
      if (is_formerly_poor(h.type) && pc < p.income_low_formerly_poor) {
        add(out, RuleId::kIncomeLowFormerlyPoor, h.household_id, {}, "income.per_capita", pc.to_string(),
            "formerly poor household with per-capita net income " + pc.to_string() + " below " +
                p.income_low_formerly_poor.to_string() + " (" + period + ")",
            "脱贫户人均纯收入" + pc.to_string() + "元低于" + p.income_low_formerly_poor.to_string() + "元(" + period + ")");
      }
      if (s.kind == IncomePeriod::kIdentification && s.period_end.year() >= p.income_high_from_year &&
          pc > p.income_high_identification) {
        add(out, RuleId::kIncomeHighAtIdentification, h.household_id, {}, "income.per_capita", pc.to_string(),
            "per-capita net income " + pc.to_string() + " at identification is above " +
                p.income_high_identification.to_string(),
            "识别时人均纯收入" + pc.to_string() + "元高于" + p.income_high_identification.to_string() + "元");
      }
    }
    // Wage bounds: per member with labour capacity per month of the statement period.
    if (s.wage.is_negative()) {
      add(out, RuleId::kWageBounds, h.household_id, {}, "income.wage", s.wage.to_string(),
          "wage income " + s.wage.to_string() + " is negative", "工资性收入" + s.wage.to_string() + "为负数");
    } else if (!s.wage.is_zero()) {
      if (labourers == 0) {
        add(out, RuleId::kWageBounds, h.household_id, {}, "income.wage", s.wage.to_string(),
            "wage income " + s.wage.to_string() + " but no member has labour capacity",
            "工资性收入" + s.wage.to_string() + "元但无劳动力成员");
      } else {
        const int64_t months = std::max<int64_t>(1, s.period_start.whole_months_until(s.period_end.add_days(1)));
        // Compared exactly (wage against bound x labourers x months); only the message rounds.
        const int64_t labour_months = labourers * months;
        const Money monthly = s.wage.divide(labour_months, Rounding::kHalfUp, 2);
        if (s.wage < p.wage_monthly_min.times(labour_months) || s.wage > p.wage_monthly_max.times(labour_months)) {
          add(out, RuleId::kWageBounds, h.household_id, {}, "income.wage", s.wage.to_string(),
              "wage income of " + monthly.to_string() + " a month per labourer is outside " +
                  p.wage_monthly_min.to_string() + ".." + p.wage_monthly_max.to_string(),
              "每个劳动力月均工资性收入" + monthly.to_string() + "元超出" + p.wage_monthly_min.to_string() + "至" +
                  p.wage_monthly_max.to_string() + "元");
        }
      }
    }
  }
}

}  // namespace

void validate_household(const Household& h, std::span<const Member> members,
                        std::span<const IncomeStatement> statements, const IncomeItemPolicy& income_policy,
                        const ValidationPolicy& p, std::vector<Finding>& out) {
  validate_household_with(h, members, statements, [&](const IncomeStatement&) -> const IncomeItemPolicy& {
    return income_policy;
  }, p, out);
}

void validate_household(const Household& h, std::span<const Member> members,
                        std::span<const IncomeStatement> statements, const IncomeItemPolicyTable& table,
                        const ValidationPolicy& p, std::vector<Finding>& out) {
  const int province = static_cast<int>(h.region.value() / 10'000'000'000ULL);
  validate_household_with(h, members, statements, [&](const IncomeStatement& s) {
    return table.find(province, s.period_end.year());
  }, p, out);
}

bool DuplicatePersonCheck::add(std::string_view key, const Member& m, std::vector<Finding>& out) {
  if (key.empty()) return false;
  auto [it, inserted] = seen_.try_emplace(std::string(key), m.household_id, m.person_id);
  if (inserted || it->second.first == m.household_id) return false;
  const std::string mk = m.id_masked.empty() ? mask_id_number(m.id_number) : m.id_masked;
  ::rg::add(out, RuleId::kDuplicatePerson, m.household_id, m.person_id, "id_number", mk,
            "person " + mk + " is already member " + it->second.second + " of household " + it->second.first,
            "人员" + mk + "已是户" + it->second.first + "的成员" + it->second.second);
  return true;
}

}  // namespace rg
