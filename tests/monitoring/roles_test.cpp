// Roles of case steps and separation of duties (issue 16 item 7), and the running notice's
// proposed category (item 8). DOMAIN.md 1.6 (who does each step), 8.3 (the state machine).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "monitoring/case_fixtures.hpp"
#include "ruralguard/error.hpp"

namespace rg {
namespace {

using test::d;

StepInput as(StepInput in, Role role, const char* actor) {
  in.role = role;
  in.actor = actor;
  return in;
}

Policy policy() {
  return default_policy("53", 2025);
}

// Walks a case to noticed with roles: verified by 村干部甲, reviewed and noticed by the village.
MonitoringCase noticed_with_roles(const Policy& p) {
  MonitoringCase c = test::new_case(d(2025, 3, 1));
  c = apply_step(c, as(test::verify(d(2025, 3, 2)), Role::kVillage, "村干部甲"), p);
  c = apply_step(c, as(test::step(CaseStep::kCompare, d(2025, 3, 3)), Role::kVillage, "村干部乙"),
                 p);
  c = apply_step(c, as(test::review(d(2025, 3, 4), 20, 1), Role::kVillage, "村干部乙"), p);
  return apply_step(c, as(test::notice(d(2025, 3, 5), d(2025, 3, 9)), Role::kVillage, "村干部乙"),
                    p);
}

// DOMAIN.md 1.6: 乡镇审核 is the township's; a village actor may not approve for the township.
TEST(CaseRoles, TownshipApprovalByTheVillageIsRefusedNamingStepRoleAndAllowedRoles) {
  const Policy p = policy();
  const MonitoringCase c = noticed_with_roles(p);
  try {
    (void)apply_step(
        c, as(test::step(CaseStep::kTownshipApprove, d(2025, 3, 10)), Role::kVillage, "村干部丙"),
        p);
    FAIL() << "expected a refusal";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kRefused);
    const std::string m = e.what();
    EXPECT_NE(m.find("'township_approve'"), std::string::npos) << m;
    EXPECT_NE(m.find("role 'village'"), std::string::npos) << m;
    EXPECT_NE(m.find("allowed roles: township"), std::string::npos) << m;
  }
  EXPECT_EQ(c.state, CaseState::kNoticed);  // unchanged
}

// DOMAIN.md 1.6: 县级审定 is the county's; the township cannot approve for the county.
TEST(CaseRoles, CountyApprovalByTheTownshipIsRefused) {
  const Policy p = policy();
  MonitoringCase c = noticed_with_roles(p);
  c = apply_step(
      c, as(test::step(CaseStep::kTownshipApprove, d(2025, 3, 10)), Role::kTownship, "镇干部"), p);
  EXPECT_THROW(
      (void)apply_step(
          c, as(test::approve_identification(d(2025, 3, 12)), Role::kTownship, "另一镇干部"), p),
      Error);
  const MonitoringCase done =
      apply_step(c, as(test::approve_identification(d(2025, 3, 12)), Role::kCounty, "县审批"), p);
  EXPECT_EQ(done.state, CaseState::kMonitored);
  EXPECT_EQ(done.events.back().role, Role::kCounty);
}

// DOMAIN.md 1.6: the village verifies; a department raises clues but does not verify.
TEST(CaseRoles, VerificationByADepartmentIsRefused) {
  const Policy p = policy();
  const MonitoringCase c = test::new_case(d(2025, 3, 1));
  EXPECT_THROW((void)apply_step(c, as(test::verify(d(2025, 3, 2)), Role::kDepartment, "医保局"), p),
               Error);
}

// DOMAIN.md 1.6 (each step an auditable event by a different level): the township approver is not
// the village verifier.
TEST(CaseSeparation, TheVerifierMayNotAlsoApproveForTheTownship) {
  Policy p = policy();
  p.procedure.roles.steps
      .clear();  // a vendor whose one user holds both roles: separation still holds
  const MonitoringCase c = noticed_with_roles(p);
  try {
    (void)apply_step(
        c, as(test::step(CaseStep::kTownshipApprove, d(2025, 3, 10)), Role::kTownship, "村干部甲"),
        p);
    FAIL() << "expected a refusal";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kRefused);
    EXPECT_NE(std::string(e.what()).find("someone other than the actor of step 'verify'"),
              std::string::npos)
        << e.what();
  }
}

// DOMAIN.md 1.6: the county approver is not the township approver.
TEST(CaseSeparation, TheTownshipApproverMayNotAlsoApproveForTheCounty) {
  Policy p = policy();
  p.procedure.roles.steps.clear();
  MonitoringCase c = noticed_with_roles(p);
  c = apply_step(
      c, as(test::step(CaseStep::kTownshipApprove, d(2025, 3, 10)), Role::kTownship, "张审批"), p);
  EXPECT_THROW((void)apply_step(
                   c, as(test::approve_identification(d(2025, 3, 12)), Role::kCounty, "张审批"), p),
               Error);
  EXPECT_NO_THROW((void)apply_step(
      c, as(test::approve_identification(d(2025, 3, 12)), Role::kCounty, "李审批"), p));
}

// The role model is data: a vendor that lets the township do the information comparison only.
TEST(CaseRoles, TheRoleModelIsDataAVendorMapsItsOwnUsers) {
  Policy p = policy();
  for (auto& s : p.procedure.roles.steps) {
    if (s.step == CaseStep::kCompare) s.allowed = {Role::kTownship};
  }
  MonitoringCase c = test::new_case(d(2025, 3, 1));
  c = apply_step(c, as(test::verify(d(2025, 3, 2)), Role::kVillage, "村干部甲"), p);
  EXPECT_THROW(
      (void)apply_step(
          c, as(test::step(CaseStep::kCompare, d(2025, 3, 3)), Role::kVillage, "村干部甲"), p),
      Error);
  EXPECT_NO_THROW((void)apply_step(
      c, as(test::step(CaseStep::kCompare, d(2025, 3, 3)), Role::kTownship, "镇数据员"), p));
}

// Compatibility (docs/monitoring.md): a step without a role is accepted unless the policy
// requires roles; then it is refused naming the step.
TEST(CaseRoles, AStepWithoutARoleIsRefusedWhenThePolicyRequiresRoles) {
  Policy p = policy();
  const MonitoringCase c = test::new_case(d(2025, 3, 1));
  EXPECT_NO_THROW((void)apply_step(c, test::verify(d(2025, 3, 2)), p));
  p.procedure.roles.require_role = true;
  try {
    (void)apply_step(c, test::verify(d(2025, 3, 2)), p);
    FAIL() << "expected a refusal";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kRefused);
    EXPECT_NE(std::string(e.what()).find("'verify' needs the role"), std::string::npos) << e.what();
  }
}

// Integration decision (docs/decisions.md, issue 16 integration): the shipped 2026 example policy
// requires a role on every step, so a vendor starting from it cannot leave roles out.
TEST(CaseRoles, TheShipped2026ExamplePolicyRequiresARoleOnEveryStep) {
  const std::filesystem::path repo = std::filesystem::path(RG_TEST_DATA_DIR).parent_path().parent_path();
  std::ifstream in(repo / "examples" / "policies" / "example-53-2026-unverified.json");
  ASSERT_TRUE(in.good()) << "examples/policies/example-53-2026-unverified.json not found";
  std::stringstream text;
  text << in.rdbuf();
  const Policy p = policy_from_json(text.str());
  EXPECT_TRUE(p.procedure.roles.require_role);
  const MonitoringCase c = test::new_case(d(2026, 3, 1));
  EXPECT_THROW((void)apply_step(c, test::verify(d(2026, 3, 2)), p), Error);
  EXPECT_NO_THROW((void)apply_step(c, as(test::verify(d(2026, 3, 2)), Role::kVillage, "村干部甲"), p));
}

// DOMAIN.md 1.7: the warning level is adjusted at visits, made by village, township or county
// cadres (◐ local choice); a department does not visit.
TEST(CaseRoles, AReassessmentMayBeDoneByTheVillageTownshipOrCountyButNotADepartment) {
  const RoleModel m = default_role_model();
  const StepRoles* r = m.roles_of(CaseStep::kReassess);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->allowed, (std::vector<Role>{Role::kVillage, Role::kTownship, Role::kCounty}));
}

TEST(CaseRoles, AnUnknownRoleValueIsInvalid) {
  const Policy p = policy();
  StepInput in = as(test::verify(d(2025, 3, 2)), static_cast<Role>(9), "x");
  try {
    (void)apply_step(test::new_case(d(2025, 3, 1)), in, p);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(std::string(e.what()).find("unknown role 9"), std::string::npos);
  }
}

// Issue 16 item 8: while the notice runs the county has not approved, so the category shown is
// the one the village proposed at its review (before: 监测类别：待定). DOMAIN.md 1.6 step 5.
TEST(RunningNotice, ShowsTheCategoryProposedAtTheReview) {
  const Policy p = policy();
  MonitoringCase c = test::new_case(d(2025, 3, 1));
  c = apply_step(c, test::verify(d(2025, 3, 2)), p);
  c = apply_step(c, test::step(CaseStep::kCompare, d(2025, 3, 3)), p);
  StepInput review = test::review(d(2025, 3, 4), 20, 1);
  review.proposed_category = MonitoringCategory::kMarginal;
  c = apply_step(c, review, p);
  c = apply_step(c, test::notice(d(2025, 3, 5), d(2025, 3, 9)), p);
  const std::string text = render_public_notice(c, {"红星村", "张*", "H1", 3}, false);
  EXPECT_NE(text.find("边缘易致贫户"), std::string::npos) << text;
  EXPECT_EQ(text.find("待定"), std::string::npos) << text;
}

}  // namespace
}  // namespace rg
