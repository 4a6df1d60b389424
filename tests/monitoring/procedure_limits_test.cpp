// Procedure limits in the policy JSON, in calendar or working days, with a working-day calendar
// loaded as data (issue 16 item 8). DOMAIN.md 1.6 (≤ 15 days; notice ≥ 5 days; Hainan 2021: ≤ 20
// working days ✔), 8.1 (ProcedureLimits).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "monitoring/case_fixtures.hpp"
#include "ruralguard/assistance.hpp"
#include "ruralguard/error.hpp"

namespace rg {
namespace {

using test::d;

std::string calendar_json() {
  // RG_TEST_DATA_DIR is <repo>/tests/data (which need not exist): the calendar is
  // <repo>/examples/calendars.
  const std::filesystem::path repo =
      std::filesystem::path(RG_TEST_DATA_DIR).parent_path().parent_path();
  std::ifstream in(repo / "examples" / "calendars" / "cn-2024-2025.json");
  EXPECT_TRUE(in.good()) << "examples/calendars/cn-2024-2025.json not found";
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The Yunnan 2025 policy as JSON with a "procedure" section spliced in.
std::string policy_with(const std::string& procedure) {
  auto json = nlohmann::json::parse(policy_to_json(default_policy("53", 2025)));
  json["procedure"] = nlohmann::json::parse(procedure);
  return json.dump();
}

std::string hainan_procedure() {
  return R"({"limits": {"identify_max": {"days": 20, "unit": "working", "calendar": "cn-2024-2025"},
                        "notice_min": {"days": 5, "unit": "calendar"},
                        "township_to_county_max": {"days": 5, "unit": "working", "calendar": "cn-2024-2025"}},
             "calendars": [)" +
         calendar_json() + "]}";
}

// DOMAIN.md 1.6: the national rule counts 15 calendar days, the default of every built-in policy.
TEST(ProcedureLimits, IdentificationLimitDefaultsTo15CalendarDays) {
  const Policy p = default_policy("53", 2025);
  EXPECT_EQ(p.procedure.identify_max.days, 15);
  EXPECT_EQ(p.procedure.identify_max.unit, DayUnit::kCalendar);
  EXPECT_EQ(limit_deadline(p.procedure, p.procedure.identify_max, d(2024, 9, 27)), d(2024, 10, 12));
  EXPECT_FALSE(p.procedure.township_to_county_max.has_value());  // no source gives one
}

// DOMAIN.md 1.6, 8.1: limits are read from the policy JSON in calendar and in working days.
TEST(ProcedureLimits, LimitsAreReadFromThePolicyJsonInCalendarAndWorkingDays) {
  const Policy p = policy_from_json(policy_with(hainan_procedure()));
  EXPECT_EQ(p.procedure.identify_max.days, 20);
  EXPECT_EQ(p.procedure.identify_max.unit, DayUnit::kWorking);
  EXPECT_EQ(p.procedure.identify_max.calendar, "cn-2024-2025");
  EXPECT_EQ(p.procedure.notice_min.unit, DayUnit::kCalendar);
  ASSERT_TRUE(p.procedure.township_to_county_max.has_value());
  EXPECT_EQ(p.procedure.township_to_county_max->days, 5);
  ASSERT_EQ(p.procedure.calendars.size(), 1u);
  EXPECT_TRUE(p.procedure.calendars[0].example);
  // Round trip.
  const Policy again = policy_from_json(policy_to_json(p));
  EXPECT_EQ(again.procedure.identify_max.calendar, "cn-2024-2025");
  EXPECT_EQ(again.procedure.calendars[0].holidays.size(), p.procedure.calendars[0].holidays.size());
}

// DOMAIN.md 1.6 (Hainan 20 working days ✔) with the 2024 National Day holiday (Oct 1-7 off,
// Sunday Sep 29 and Saturday Oct 12 worked, 国办发明电〔2023〕7号): a clue found on Friday
// 2024-09-27 must be identified by 2024-10-30; counting weekends only would give 2024-10-25.
TEST(WorkCalendar, TwentyWorkingDaysAcrossNationalDay2024EndOn30October) {
  const Policy p = policy_from_json(policy_with(hainan_procedure()));
  EXPECT_EQ(limit_deadline(p.procedure, p.procedure.identify_max, d(2024, 9, 27)), d(2024, 10, 30));
  const WorkCalendar& cal = find_calendar(p.procedure.calendars, "cn-2024-2025");
  EXPECT_TRUE(cal.is_working_day(d(2024, 9, 29)));   // Sunday, make-up day
  EXPECT_TRUE(cal.is_working_day(d(2024, 10, 12)));  // Saturday, make-up day
  EXPECT_FALSE(cal.is_working_day(d(2024, 10, 4)));  // Friday in the holiday
  EXPECT_EQ(working_days_between(cal, d(2024, 9, 26), d(2024, 10, 9)), 6);
  EXPECT_EQ(add_working_days(cal, d(2024, 9, 30), 1), d(2024, 10, 8));
}

// The calendar never guesses a holiday it was not given.
TEST(WorkCalendar, CountingBeyondTheCalendarsRangeIsARangeError) {
  const Policy p = policy_from_json(policy_with(hainan_procedure()));
  const WorkCalendar& cal = find_calendar(p.procedure.calendars, "cn-2024-2025");
  try {
    (void)add_working_days(cal, d(2025, 12, 20), 20);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kRange);
    EXPECT_NE(std::string(e.what()).find("calendar 'cn-2024-2025' covers 2024-01-01 to 2025-12-31"),
              std::string::npos);
  }
}

// Bad input: a limit in an unknown calendar is a named error at load; nothing is returned.
TEST(ProcedureLimits, ALimitInAnUnknownCalendarIsANamedErrorAtLoad) {
  const std::string json = policy_with(
      R"({"limits": {"identify_max": {"days": 20, "unit": "working", "calendar": "hainan-2021"}}})");
  try {
    (void)policy_from_json(json);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNotFound);
    const std::string m = e.what();
    EXPECT_NE(m.find("procedure.limits.identify_max.calendar"), std::string::npos) << m;
    EXPECT_NE(m.find("unknown calendar 'hainan-2021'"), std::string::npos) << m;
  }
}

TEST(ProcedureLimits, AnUnknownUnitOrRoleInThePolicyJsonIsAParseErrorNamingTheField) {
  try {
    (void)policy_from_json(
        policy_with(R"({"limits": {"notice_min": {"days": 5, "unit": "lunar"}}})"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kParse);
    EXPECT_NE(std::string(e.what()).find("procedure.limits.notice_min.unit: unknown unit 'lunar'"),
              std::string::npos);
  }
  try {
    (void)policy_from_json(policy_with(R"({"roles": {"steps": {"verify": ["mayor"]}}})"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kParse);
    EXPECT_NE(std::string(e.what()).find("procedure.roles.steps.verify[0]: unknown role 'mayor'"),
              std::string::npos)
        << e.what();
  }
}

// DOMAIN.md 1.6 (notice ≥ 5 days): counted in working days the notice must hold 5 working days,
// so 5 calendar days over the National Day holiday are not enough.
TEST(ProcedureLimits, ANoticeLimitInWorkingDaysSkipsTheHoliday) {
  const Policy p = policy_from_json(policy_with(
      R"({"limits": {"notice_min": {"days": 5, "unit": "working", "calendar": "cn-2024-2025"}}, "calendars": [)" +
      calendar_json() + "]}"));
  MonitoringCase c = test::new_case(d(2024, 9, 25));
  c = apply_step(c, test::verify(d(2024, 9, 26)), p);
  c = apply_step(c, test::step(CaseStep::kCompare, d(2024, 9, 26)), p);
  c = apply_step(c, test::review(d(2024, 9, 27), 20, 1), p);
  EXPECT_THROW((void)apply_step(c, test::notice(d(2024, 9, 30), d(2024, 10, 6)), p),
               Error);  // 1 working day
  EXPECT_NO_THROW(
      (void)apply_step(c, test::notice(d(2024, 9, 30), d(2024, 10, 11)), p));  // 5 working days
}

// DOMAIN.md 1.6 (≤ 20 working days, Hainan ✔): the identification alert counts working days, so
// a clue of 2024-09-27 is not overdue on 2024-10-30 (15 calendar days would be) but is on 10-31;
// the township-to-county limit, when a policy sets one, raises its own alert.
TEST(ProcedureLimits, TheIdentificationAlertCountsThePolicysWorkingDays) {
  const Policy p = policy_from_json(policy_with(hainan_procedure()));
  MonitoringCase c = test::new_case(d(2024, 9, 27));
  c = apply_step(c, test::verify(d(2024, 9, 29)), p);
  c = apply_step(c, test::step(CaseStep::kCompare, d(2024, 9, 30)), p);
  c = apply_step(c, test::review(d(2024, 10, 8), 20, 1), p);
  c = apply_step(c, test::notice(d(2024, 10, 9), d(2024, 10, 13)), p);
  c = apply_step(c, test::step(CaseStep::kTownshipApprove, d(2024, 10, 14)), p);
  CaseSnapshot snap;
  snap.c = &c;
  auto kinds = [&](Date as_of) {
    std::vector<std::string> out;
    for (const auto& a : scan_alerts(snap, p, {}, as_of))
      out.push_back(a.detail.empty() ? "identification" : a.detail);
    return out;
  };
  // Township approval 10-14 + 5 working days = 10-21.
  EXPECT_EQ(kinds(d(2024, 10, 21)), std::vector<std::string>{});
  EXPECT_EQ(kinds(d(2024, 10, 22)), std::vector<std::string>{"township_to_county"});
  EXPECT_EQ(kinds(d(2024, 10, 31)),
            (std::vector<std::string>{"identification", "township_to_county"}));
  const Policy national = default_policy("53", 2025);  // 15 calendar days: overdue from 10-13
  EXPECT_EQ(scan_alerts(snap, national, {}, d(2024, 10, 13)).size(), 1u);
}

}  // namespace
}  // namespace rg
