#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <vector>

#include "domain/people.hpp"
#include "ruralguard/validation.hpp"

namespace rg {
namespace {

using test::adult;
using test::child;

ValidationPolicy policy() {
  ValidationPolicy p;
  p.as_of = Date::parse("2024-09-01");
  return p;
}

std::vector<Finding> member_findings(const Member& m) {
  std::vector<Finding> out;
  validate_member(m, policy(), out);
  return out;
}

std::vector<RuleId> rules_of(const std::vector<Finding>& f) {
  std::vector<RuleId> r;
  for (const auto& x : f) r.push_back(x.rule);
  return r;
}

long count_rule(const std::vector<Finding>& f, RuleId rule) {
  return std::count_if(f.begin(), f.end(), [rule](const Finding& x) { return x.rule == rule; });
}

IncomeStatement statement(const std::string& hh, const char* wage, int family_size,
                          IncomePeriod kind = IncomePeriod::kAnnual) {
  IncomeStatement s;
  s.household_id = hh;
  s.kind = kind;
  s.period_start = Date::parse("2023-07-01");
  s.period_end = Date::parse("2024-06-30");
  s.wage = Money::parse(wage);
  s.family_size = family_size;
  return s;
}

std::vector<Finding> household_findings(const Household& h, const std::vector<Member>& m,
                                        const std::vector<IncomeStatement>& s) {
  std::vector<Finding> out;
  validate_household(h, m, s, IncomeItemPolicy(50, 2024), policy(), out);
  return out;
}

TEST(RuleCatalogue, IdsAreStableUniqueAndFullyDescribed) {
  std::set<std::string> codes;
  int expected = 1;
  for (const auto& r : rule_catalogue()) {
    EXPECT_EQ(static_cast<int>(r.id), expected++);
    char code[8];
    std::snprintf(code, sizeof code, "DQ%03d", static_cast<int>(r.id));
    EXPECT_STREQ(r.code, code);
    EXPECT_TRUE(codes.insert(r.key).second);
    EXPECT_GT(std::string(r.title_en).size(), 5u);
    EXPECT_GT(std::string(r.title_zh).size(), 5u);
    EXPECT_GT(std::string(r.meaning).size(), 20u);
  }
  EXPECT_EQ(codes.size(), 11u);
}

TEST(Validation, ACleanMemberHasNoFindings) {
  EXPECT_TRUE(member_findings(adult("P1", "H1")).empty());
}

TEST(Validation, DQ001MalformedIdNumberIsAnErrorShownMasked) {
  Member m = adult("P1", "H1");
  m.id_number = "50011219800520001";  // 17 characters
  m.id_facts = inspect_id_number(m.id_number);
  m.id_masked = mask_id_number(m.id_number);
  const auto f = member_findings(m);
  ASSERT_EQ(rules_of(f), std::vector<RuleId>{RuleId::kIdNumberFormat});
  EXPECT_EQ(f[0].severity, Severity::kError);
  EXPECT_EQ(f[0].value, "5001************1");
  EXPECT_EQ(f[0].message_en.find("50011219800520001"), std::string::npos);  // never in clear
  EXPECT_NE(f[0].message_en.find("DQ001 household H1 member P1: id_number"), std::string::npos);
  EXPECT_NE(f[0].message_zh.find("户H1 成员P1"), std::string::npos);
}

TEST(Validation, DQ002WrongCheckDigit) {
  Member m = adult("P1", "H1");
  m.id_number.back() = m.id_number.back() == '0' ? '1' : '0';
  m.id_facts = inspect_id_number(m.id_number);
  EXPECT_EQ(rules_of(member_findings(m)), std::vector<RuleId>{RuleId::kIdNumberCheckDigit});
}

TEST(Validation, DQ003BirthDateDiffersFromIdNumber) {
  Member m = adult("P1", "H1", "1980-05-20");
  m.birth_date = Date::parse("1980-05-21");
  const auto f = member_findings(m);
  ASSERT_EQ(rules_of(f), std::vector<RuleId>{RuleId::kBirthDateVsIdNumber});
  EXPECT_NE(f[0].message_en.find("1980-05-21 differs from the ID number's 1980-05-20"), std::string::npos);
}

TEST(Validation, DQ004SamePersonInTwoHouseholds) {
  DuplicatePersonCheck check;
  std::vector<Finding> out;
  Member a = adult("P1", "H1");
  Member b = adult("P9", "H2");  // same birth date and sequence: same ID number
  ASSERT_EQ(a.id_number, b.id_number);
  EXPECT_FALSE(check.add(a.id_number, a, out));
  EXPECT_FALSE(check.add(a.id_number, a, out));  // the same row seen again is not a duplicate
  EXPECT_TRUE(check.add(b.id_number, b, out));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].rule, RuleId::kDuplicatePerson);
  EXPECT_EQ(out[0].household_id, "H2");
  EXPECT_NE(out[0].message_en.find("already member P1 of household H1"), std::string::npos);
}

TEST(Validation, DQ005ExactlyOneMedicalScheme) {
  Member m = adult("P1", "H1");
  m.medical_employee = true;  // both schemes
  EXPECT_EQ(rules_of(member_findings(m)), std::vector<RuleId>{RuleId::kMedicalSchemeCount});
  m.medical_employee = false;
  m.medical_resident = false;  // none
  EXPECT_EQ(rules_of(member_findings(m)), std::vector<RuleId>{RuleId::kMedicalSchemeCount});
  m.status = MemberStatus::kNaturalDecrease;  // departed members are not checked
  EXPECT_TRUE(member_findings(m).empty());
}

TEST(Validation, DQ006SchoolStatusVsAge) {
  EXPECT_TRUE(member_findings(child("C", "H1", "2014-03-01", SchoolStatus::kCompulsory)).empty());
  EXPECT_EQ(rules_of(member_findings(child("C", "H1", "2022-03-01", SchoolStatus::kCompulsory))),
            std::vector<RuleId>{RuleId::kSchoolAgeVsStatus});  // aged 2
  EXPECT_EQ(rules_of(member_findings(child("C", "H1", "2014-03-01", SchoolStatus::kNotInSchool))),
            std::vector<RuleId>{RuleId::kSchoolAgeVsStatus});  // aged 10 with no school status
  EXPECT_EQ(rules_of(member_findings(child("C", "H1", "2014-03-01", SchoolStatus::kHigher))),
            std::vector<RuleId>{RuleId::kSchoolAgeVsStatus});
  Member adult_dropout = adult("A", "H1");
  adult_dropout.school_status = SchoolStatus::kDropout;
  EXPECT_EQ(rules_of(member_findings(adult_dropout)), std::vector<RuleId>{RuleId::kSchoolAgeVsStatus});
}

TEST(Validation, DQ007LabourVsAge) {
  Member kid = child("C", "H1", "2014-03-01", SchoolStatus::kCompulsory);
  kid.labour = Labour::kOrdinary;
  EXPECT_EQ(rules_of(member_findings(kid)), std::vector<RuleId>{RuleId::kLabourVsAge});
  Member old = adult("O", "H1", "1940-01-01");
  old.labour = Labour::kSkilled;
  EXPECT_EQ(rules_of(member_findings(old)), std::vector<RuleId>{RuleId::kLabourVsAge});
  old.labour = Labour::kWeak;
  EXPECT_TRUE(member_findings(old).empty());
  Member idle = adult("I", "H1", "1990-01-01");
  idle.labour = Labour::kNone;
  EXPECT_EQ(rules_of(member_findings(idle)), std::vector<RuleId>{RuleId::kLabourVsAge});
  idle.health = Health::kSeriousIllness;
  EXPECT_TRUE(member_findings(idle).empty());
}

TEST(Validation, DQ008LowIncomeOfAFormerlyPoorHousehold) {
  const auto poor = test::household("H1", HouseholdType::kFormerlyPoor);
  std::vector<Member> m = {adult("P1", "H1")};
  // 1 person with wage 3999.99 a year: per capita below 4000 (and a low monthly wage: DQ010 too).
  auto f = household_findings(poor, m, {statement("H1", "3999.99", 1)});
  EXPECT_EQ(count_rule(f, RuleId::kIncomeLowFormerlyPoor), 1);
  f = household_findings(poor, m, {statement("H1", "4000", 1)});
  EXPECT_EQ(count_rule(f, RuleId::kIncomeLowFormerlyPoor), 0);
  // An ordinary household is not subject to the rule.
  f = household_findings(test::household("H1"), m, {statement("H1", "3999.99", 1)});
  EXPECT_EQ(count_rule(f, RuleId::kIncomeLowFormerlyPoor), 0);
}

TEST(Validation, DQ009HighIncomeAtIdentification) {
  const auto h = test::household("H1");
  std::vector<Member> m = {adult("P1", "H1")};
  auto f = household_findings(h, m, {statement("H1", "20000.01", 1, IncomePeriod::kIdentification)});
  EXPECT_EQ(rules_of(f), std::vector<RuleId>{RuleId::kIncomeHighAtIdentification});
  EXPECT_TRUE(household_findings(h, m, {statement("H1", "20000.01", 1, IncomePeriod::kAnnual)}).empty());
  EXPECT_TRUE(household_findings(h, m, {statement("H1", "20000", 1, IncomePeriod::kIdentification)}).empty());
}

TEST(Validation, DQ010WageBoundsPerLabourerAndMonth) {
  const auto h = test::household("H1");
  std::vector<Member> m = {adult("P1", "H1")};
  // 12 months, one labourer: 360,000.12 a year is 30,000.01 a month.
  EXPECT_EQ(rules_of(household_findings(h, m, {statement("H1", "360000.12", 1)})),
            std::vector<RuleId>{RuleId::kWageBounds});
  EXPECT_TRUE(household_findings(h, m, {statement("H1", "360000", 1)}).empty());
  EXPECT_EQ(rules_of(household_findings(h, m, {statement("H1", "1199.99", 1)})),
            std::vector<RuleId>{RuleId::kWageBounds});
  m[0].labour = Labour::kLost;
  m[0].health = Health::kDisabled;
  EXPECT_EQ(rules_of(household_findings(h, m, {statement("H1", "5000", 1)})),
            std::vector<RuleId>{RuleId::kWageBounds});
}

TEST(Validation, DQ011FamilySizeVsActiveMembers) {
  const auto h = test::household("H1");
  std::vector<Member> m = {adult("P1", "H1"), adult("P2", "H1", "1981-01-01", 3)};
  m[1].status = MemberStatus::kNaturalDecrease;
  const auto f = household_findings(h, m, {statement("H1", "30000", 2)});
  ASSERT_EQ(rules_of(f), std::vector<RuleId>{RuleId::kFamilySizeVsMembers});
  EXPECT_NE(f[0].message_en.find("counts 2 people but the household has 1 active members"), std::string::npos);
  EXPECT_TRUE(household_findings(h, m, {statement("H1", "30000", 1)}).empty());
}

}  // namespace
}  // namespace rg
