#include <gtest/gtest.h>

#include <vector>

#include "domain/people.hpp"
#include "ruralguard/guarantee.hpp"

namespace rg {
namespace {

using test::adult;
using test::child;

const Date kAsOf = Date::parse("2024-09-01");

TEST(Guarantees, ASoundHouseholdPassesEveryCheck) {
  const auto h = test::household("H1");
  std::vector<Member> m = {adult("P1", "H1"), child("P2", "H1", "2014-03-01", SchoolStatus::kCompulsory)};
  const auto r = check_guarantees(h, m, kAsOf);
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.failures.empty());
}

TEST(Guarantees, SchoolAgeDropoutFailsEducationAndNamesTheChild) {
  const auto h = test::household("H1");
  std::vector<Member> m = {adult("P1", "H1"), child("P2", "H1", "2012-03-01", SchoolStatus::kDropout)};
  const auto r = check_guarantees(h, m, kAsOf);
  EXPECT_EQ(r.failed, static_cast<uint32_t>(Guarantee::kEducation));
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].person_id, "P2");
  EXPECT_NE(r.failures[0].reason_en.find("is 12 (compulsory school age)"), std::string::npos);
  EXPECT_NE(r.failures[0].reason_zh.find("失学辍学"), std::string::npos);
}

TEST(Guarantees, SchoolAgeBoundsComeFromThePolicy) {
  const auto h = test::household("H1");
  // 16 on the as-of date: beyond compulsory age by default, within it when the policy says 16.
  std::vector<Member> m = {child("P2", "H1", "2008-06-01", SchoolStatus::kDropout)};
  m[0].medical_resident = true;
  EXPECT_FALSE(check_guarantees(h, m, kAsOf).fails(Guarantee::kEducation));
  GuaranteePolicy p;
  p.compulsory_school_age_max = 16;
  EXPECT_TRUE(check_guarantees(h, m, kAsOf, p).fails(Guarantee::kEducation));
  // Home teaching (送教上门) counts as schooling.
  m[0].school_status = SchoolStatus::kHomeTeaching;
  EXPECT_FALSE(check_guarantees(h, m, kAsOf, p).fails(Guarantee::kEducation));
}

TEST(Guarantees, UninsuredActiveMemberFailsMedicalButADepartedOneDoesNot) {
  const auto h = test::household("H1");
  std::vector<Member> m = {adult("P1", "H1"), adult("P2", "H1", "1982-01-01", 3)};
  m[1].medical_resident = false;
  auto r = check_guarantees(h, m, kAsOf);
  EXPECT_EQ(r.failed, static_cast<uint32_t>(Guarantee::kMedical));
  EXPECT_EQ(r.failures.at(0).person_id, "P2");
  m[1].status = MemberStatus::kNaturalDecrease;
  EXPECT_TRUE(check_guarantees(h, m, kAsOf).ok());
}

TEST(Guarantees, HousingWaterAndElectricityAreHouseholdLevel) {
  auto h = test::household("H1");
  std::vector<Member> m = {adult("P1", "H1")};
  h.unsafe_house = true;
  h.water_safe = false;
  h.electricity = false;
  auto r = check_guarantees(h, m, kAsOf);
  EXPECT_TRUE(r.fails(Guarantee::kHousing));
  EXPECT_TRUE(r.fails(Guarantee::kWater));
  EXPECT_FALSE(r.fails(Guarantee::kElectricity));  // not checked unless the province requires it
  ASSERT_EQ(r.failures.size(), 2u);
  EXPECT_TRUE(r.failures[0].person_id.empty());
  EXPECT_NE(r.failures[0].reason_zh.find("危房"), std::string::npos);
  GuaranteePolicy p;
  p.check_electricity = true;
  EXPECT_TRUE(check_guarantees(h, m, kAsOf, p).fails(Guarantee::kElectricity));
  h.unsafe_house = false;
  h.house_damaged = true;
  EXPECT_TRUE(check_guarantees(h, m, kAsOf).fails(Guarantee::kHousing));
}

}  // namespace
}  // namespace rg
