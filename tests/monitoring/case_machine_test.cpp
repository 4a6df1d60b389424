#include <gtest/gtest.h>

#include "monitoring/case_fixtures.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/monitoring_case.hpp"

namespace rg {
namespace {

using test::d;
using test::step;

const Policy kPolicy = default_policy("53", 2025);

std::pair<ErrorCode, std::string> error_of(const MonitoringCase& c, const StepInput& in,
                                           const EliminationContext* ctx = nullptr) {
  try {
    (void)apply_step(c, in, kPolicy, {}, ctx);
  } catch (const Error& e) {
    return {e.code(), e.what()};
  }
  return {ErrorCode::kInternal, "no error"};
}

TEST(CaseMachine, IdentificationWalksEveryStepAndRecordsEvents) {
  const MonitoringCase c = test::identified_case(kPolicy, d(2024, 3, 1));
  EXPECT_EQ(c.state, CaseState::kMonitored);
  EXPECT_EQ(c.identified, d(2024, 3, 13));
  EXPECT_EQ(identification_days(c, d(2025, 1, 1)), 12);
  EXPECT_EQ(c.category, MonitoringCategory::kMarginal);
  ASSERT_TRUE(c.contact.has_value());
  EXPECT_EQ(c.contact->name, "李镇长");
  ASSERT_EQ(c.events.size(), 6u);
  EXPECT_EQ(c.events[0].from, CaseState::kClue);
  EXPECT_EQ(c.events[5].to, CaseState::kMonitored);
  EXPECT_EQ(c.events[5].actor, "王干部");
}

TEST(CaseMachine, InvalidTransitionNamesStateAndAllowedSteps) {
  MonitoringCase c = test::new_case(d(2024, 3, 1));
  c = apply_step(c, test::verify(d(2024, 3, 2)), kPolicy);
  const auto [code, msg] = error_of(c, step(CaseStep::kTownshipApprove, d(2024, 3, 3)));
  EXPECT_EQ(code, ErrorCode::kState);
  EXPECT_EQ(msg, "case 42 is in state 'verified': step 'township_approve' is not allowed; allowed: compare, reject");
}

TEST(CaseMachine, SkippingTheNoticeIsRefused) {
  MonitoringCase c = test::new_case(d(2024, 3, 1));
  c = apply_step(c, test::verify(d(2024, 3, 2)), kPolicy);
  c = apply_step(c, step(CaseStep::kCompare, d(2024, 3, 3)), kPolicy);
  c = apply_step(c, test::review(d(2024, 3, 4), 10, 1), kPolicy);
  const auto before = c.events.size();
  const auto [code, msg] = error_of(c, step(CaseStep::kTownshipApprove, d(2024, 3, 10)));
  EXPECT_EQ(code, ErrorCode::kState);
  EXPECT_NE(msg.find("allowed: notice, reject"), std::string::npos) << msg;
  EXPECT_EQ(c.events.size(), before);  // unchanged
  EXPECT_EQ(c.state, CaseState::kReviewed);
}

TEST(CaseMachine, NoticeShorterThanTheMinimumIsRefused) {
  MonitoringCase c = test::new_case(d(2024, 3, 1));
  c = apply_step(c, test::verify(d(2024, 3, 2)), kPolicy);
  c = apply_step(c, step(CaseStep::kCompare, d(2024, 3, 3)), kPolicy);
  c = apply_step(c, test::review(d(2024, 3, 4), 10, 1), kPolicy);
  const auto [code, msg] = error_of(c, test::notice(d(2024, 3, 5), d(2024, 3, 8)));
  EXPECT_EQ(code, ErrorCode::kRefused);
  EXPECT_NE(msg.find("runs 4 days (2024-03-05 to 2024-03-08), the minimum is 5"), std::string::npos) << msg;
  // Exactly five days is enough; a second notice is not allowed (once only).
  c = apply_step(c, test::notice(d(2024, 3, 5), d(2024, 3, 9)), kPolicy);
  EXPECT_EQ(error_of(c, test::notice(d(2024, 3, 10), d(2024, 3, 20))).first, ErrorCode::kState);
  // The township may not review before the notice has ended.
  EXPECT_EQ(error_of(c, step(CaseStep::kTownshipApprove, d(2024, 3, 9))).first, ErrorCode::kRefused);
}

TEST(CaseMachine, ApprovingTwiceIsAnInvalidTransition) {
  const MonitoringCase c = test::identified_case(kPolicy, d(2024, 3, 1));
  const auto [code, msg] = error_of(c, test::approve_identification(d(2024, 3, 20)));
  EXPECT_EQ(code, ErrorCode::kState);
  EXPECT_NE(msg.find("state 'monitored'"), std::string::npos) << msg;
}

TEST(CaseMachine, VerificationNeedsConsentAndApprovalNeedsContact) {
  MonitoringCase c = test::new_case(d(2024, 3, 1));
  StepInput v = step(CaseStep::kVerify, d(2024, 3, 2));
  EXPECT_EQ(error_of(c, v).first, ErrorCode::kRefused);
  StepInput no_actor = test::verify(d(2024, 3, 2));
  no_actor.actor.clear();
  EXPECT_EQ(error_of(c, no_actor).first, ErrorCode::kRefused);
  EXPECT_EQ(error_of(c, test::verify(d(2024, 2, 28))).first, ErrorCode::kRange);  // before the clue
}

TEST(CaseMachine, ReviewAgainstAndRejectionEndTheCase) {
  MonitoringCase c = test::new_case(d(2024, 3, 1));
  c = apply_step(c, test::verify(d(2024, 3, 2)), kPolicy);
  c = apply_step(c, step(CaseStep::kCompare, d(2024, 3, 3)), kPolicy);
  const MonitoringCase voted = apply_step(c, test::review(d(2024, 3, 4), 3, 9), kPolicy);
  EXPECT_EQ(voted.state, CaseState::kRejected);
  EXPECT_NE(voted.rejection_reason.find("3 for, 9 against"), std::string::npos);
  EXPECT_EQ(error_of(c, step(CaseStep::kReject, d(2024, 3, 4))).first, ErrorCode::kRefused);  // reason needed
  const MonitoringCase rejected = apply_step(c, step(CaseStep::kReject, d(2024, 3, 4), "owns a car"), kPolicy);
  EXPECT_EQ(rejected.state, CaseState::kRejected);
  EXPECT_NE(error_of(rejected, test::verify(d(2024, 3, 5))).second.find("none (final state)"), std::string::npos);
}

TEST(CaseMachine, PublicNoticeIsRedacted) {
  const MonitoringCase c = test::identified_case(kPolicy, d(2024, 3, 1));
  const std::string text = render_public_notice(c, {"红星村", "张*", "530122001001-0042", 4}, false);
  EXPECT_NE(text.find("关于拟纳入防止返贫监测对象的公示"), std::string::npos);
  EXPECT_NE(text.find("边缘易致贫户"), std::string::npos);
  EXPECT_NE(text.find("2024年3月5日至2024年3月9日（5天）"), std::string::npos) << text;
  EXPECT_NE(text.find("赞成21票，反对2票"), std::string::npos);
  EXPECT_EQ(text.find("因病"), std::string::npos);  // health condition never shown
  EXPECT_EQ(text.find("13800000000"), std::string::npos);  // nor the contact's phone
}

}  // namespace
}  // namespace rg
