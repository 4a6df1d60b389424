#include <gtest/gtest.h>

#include "ledger/ledger_fixture.hpp"
#include "ruralguard/error.hpp"

namespace rg::test {
namespace {

ErrorCode code_of(auto&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.code();
  }
  return static_cast<ErrorCode>(0);
}

TEST(ProjectLibrary, FollowsTheLifecycleAndRecordsEachDate) {
  ProjectLibrary lib = county_projects();
  const std::vector<std::pair<ProjectStatus, const char*>> steps = {
      {ProjectStatus::kUnderConstruction, "2024-03-01"}, {ProjectStatus::kCompleted, "2024-10-30"},
      {ProjectStatus::kAccepted, "2024-11-20"}, {ProjectStatus::kAssetsHandedOver, "2024-12-15"}};
  for (const auto& [to, date] : steps) lib.transition(kApprovedProject, to, d(date));
  const Project* p = lib.find(kApprovedProject);
  EXPECT_EQ(p->status, ProjectStatus::kAssetsHandedOver);
  EXPECT_EQ(*p->date_of(ProjectStatus::kApproved), d("2024-02-01"));
  EXPECT_EQ(*p->date_of(ProjectStatus::kCompleted), d("2024-10-30"));
  EXPECT_FALSE(p->date_of(ProjectStatus::kTerminated).has_value());
}

TEST(ProjectLibrary, InvalidTransitionsAreStateErrors) {
  ProjectLibrary lib = county_projects();
  // Skipping a step, going back, and terminating after completion are all refused.
  EXPECT_EQ(code_of([&] { lib.transition(kReserveProject, ProjectStatus::kApproved, d("2024-03-01")); }), ErrorCode::kState);
  EXPECT_EQ(code_of([&] { lib.transition(kApprovedProject, ProjectStatus::kAdmitted, d("2024-03-01")); }), ErrorCode::kState);
  lib.transition(kApprovedProject, ProjectStatus::kUnderConstruction, d("2024-03-01"));
  lib.transition(kApprovedProject, ProjectStatus::kCompleted, d("2024-06-01"));
  EXPECT_EQ(code_of([&] { lib.transition(kApprovedProject, ProjectStatus::kTerminated, d("2024-07-01")); }), ErrorCode::kState);
  // Dates may not run backwards.
  EXPECT_EQ(code_of([&] { lib.transition(kApprovedProject, ProjectStatus::kAccepted, d("2024-05-01")); }), ErrorCode::kRange);
  lib.transition(kReserveProject, ProjectStatus::kTerminated, d("2024-02-01"));
  EXPECT_EQ(code_of([&] { lib.transition(kReserveProject, ProjectStatus::kAdmitted, d("2024-03-01")); }), ErrorCode::kState);
  EXPECT_EQ(code_of([&] { lib.transition(404, ProjectStatus::kAdmitted, d("2024-03-01")); }), ErrorCode::kNotFound);
}

TEST(ProjectLibrary, AddChecksFieldsAndIdempotency) {
  ProjectLibrary lib = county_projects();
  Project p = *lib.find(kApprovedProject);
  EXPECT_EQ(code_of([&] { lib.add(p, d("2023-11-01")); }), ErrorCode::kExists);
  p.name = "另一个";
  EXPECT_EQ(code_of([&] { lib.add(p, d("2023-11-01")); }), ErrorCode::kConflict);
  p.id = 9;
  p.planned_investment[1] = Money::parse("0.001");
  EXPECT_EQ(code_of([&] { lib.add(p, d("2023-11-01")); }), ErrorCode::kInvalidArgument);
  p.planned_investment[1] = Money{};
  p.name.clear();
  EXPECT_EQ(code_of([&] { lib.add(p, d("2023-11-01")); }), ErrorCode::kInvalidArgument);
  EXPECT_EQ(lib.find(9), nullptr);
}

TEST(ProjectLibrary, OnlyApprovedStatesMayReceiveMoney) {
  EXPECT_FALSE(project_may_receive_disbursement(ProjectStatus::kReserve));
  EXPECT_FALSE(project_may_receive_disbursement(ProjectStatus::kAdmitted));
  EXPECT_TRUE(project_may_receive_disbursement(ProjectStatus::kApproved));
  EXPECT_TRUE(project_may_receive_disbursement(ProjectStatus::kAccepted));
  EXPECT_FALSE(project_may_receive_disbursement(ProjectStatus::kAssetsHandedOver));
  EXPECT_FALSE(project_may_receive_disbursement(ProjectStatus::kTerminated));
  EXPECT_EQ(project_group(ProjectType::kRuralConstruction), ProjectGroup::kInfrastructure);
  EXPECT_EQ(project_group(ProjectType::kEmployment), ProjectGroup::kOther);
}

}  // namespace
}  // namespace rg::test
