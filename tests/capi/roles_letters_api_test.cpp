// The issue-16 part D C ABI: rg_case_step grown at its end (role, proposed_category) with older
// struct sizes still accepted, roles refused through the ABI, procedure limits and letters.
// DOMAIN.md 1.5 (letters), 1.6 (roles, limits).
#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <vector>

#include "ruralguard/error.hpp"
#include "ruralguard/work_calendar.hpp"

#include "capi/handles.hpp"
#include "domain/people.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/ruralguard.h"
#include "store/store_impl.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

using test::TempDir;

std::string last_message() {
  return rg_last_error_message();
}

struct World {
  TempDir dir;
  rg_store* store = nullptr;
  rg_policy* policy = nullptr;
  int64_t household_key = 0;

  World() {
    const std::string path = dir.file("roles.db");
    EXPECT_EQ(rg_store_open(&store, path.data(), path.size(), nullptr), RG_OK) << last_message();
    EXPECT_EQ(rg_policy_default(&policy, "53", 2, 2025), RG_OK) << last_message();
    HouseholdRepository repo(store->store);
    repo.upsert_region(make_region(RegionCode::parse("500112001001"), "红星村"));
    household_key = repo.upsert_household(test::household("H1"));
  }
  ~World() {
    rg_policy_free(policy);
    rg_store_close(store);
  }
  int64_t count(const char* table) {
    return store::database_of(store->store)
        .sql()
        .execAndGet(std::string("SELECT COUNT(*) FROM ") + table)
        .getInt64();
  }
  int64_t open() {
    int64_t id = 0;
    EXPECT_EQ(rg_case_open(&id, store, household_key, RG_CHANNEL_CADRE_VISIT, 20089, "走访", 6),
              RG_OK)
        << last_message();
    return id;
  }
};

rg_case_step verify_step(uint8_t role) {
  rg_case_step s;
  rg_case_step_init(&s);
  s.step = RG_STEP_VERIFY;
  s.consent_signed = 1;
  s.date = 20090;
  s.actor = "村干部";
  s.actor_len = std::string("村干部").size();
  s.role = role;
  return s;
}

// The ABI only grows: a caller built against the 0.1.0 header (struct_size ending at
// contact_rank_len) still advances a case; its step has no role.
TEST(CaseStepAbi, AnOlderSmallerCaseStepIsAcceptedWithoutARole) {
  World w;
  const int64_t id = w.open();
  rg_case_step s = verify_step(RG_ROLE_DEPARTMENT);  // the new bytes are not read for an old caller
  s.struct_size = static_cast<uint32_t>(offsetof(rg_case_step, role));
  uint8_t state = 0;
  ASSERT_EQ(rg_case_advance(&state, w.store, w.policy, id, &s), RG_OK) << last_message();
  EXPECT_EQ(state, RG_CASE_VERIFIED);
  s.struct_size = static_cast<uint32_t>(offsetof(rg_case_step, role) - 1);
  EXPECT_EQ(rg_case_advance(&state, w.store, w.policy, id, &s), RG_EINVAL);
}

// DOMAIN.md 1.6: a department raises clues; the village verifies. Refused through the ABI,
// naming the step, the role given and the roles allowed; nothing stored.
TEST(CaseStepAbi, AStepByARoleThatMayNotDoItIsRefusedAndStoresNothing) {
  World w;
  const int64_t id = w.open();
  rg_case_step s = verify_step(RG_ROLE_DEPARTMENT);
  uint8_t state = 0;
  ASSERT_EQ(rg_case_advance(&state, w.store, w.policy, id, &s), RG_EREFUSED);
  const std::string m = last_message();
  EXPECT_NE(m.find("step 'verify' may not be done by role 'department'; allowed roles: village"),
            std::string::npos)
      << m;
  EXPECT_EQ(w.count("rg_case_events"), 0);
  s.role = 9;  // an unknown role
  EXPECT_EQ(rg_case_advance(&state, w.store, w.policy, id, &s), RG_EINVAL);
  EXPECT_NE(last_message().find("RG_ROLE_"), std::string::npos) << last_message();
  s.role = RG_ROLE_VILLAGE;
  s.proposed_category = RG_CATEGORY_MARGINAL;
  ASSERT_EQ(rg_case_advance(&state, w.store, w.policy, id, &s), RG_OK) << last_message();
  uint8_t proposed = 0;
  ASSERT_EQ(rg_case_proposed_category(&proposed, w.store, id), RG_OK);
  EXPECT_EQ(proposed, RG_CATEGORY_MARGINAL);
  uint8_t allowed = 1;
  ASSERT_EQ(
      rg_policy_step_role_allowed(&allowed, w.policy, RG_STEP_TOWNSHIP_APPROVE, RG_ROLE_VILLAGE),
      RG_OK);
  EXPECT_EQ(allowed, 0);
}

// DOMAIN.md 1.6: the default identification limit is 15 calendar days; the township-to-county
// limit has no source and is not set.
TEST(ProcedureAbi, LimitsOfTheDefaultPolicy) {
  World w;
  int32_t days = 0;
  uint8_t unit = 0, set = 0;
  char cal[RG_CALENDAR_ID_MAX + 1];
  size_t len = 0;
  ASSERT_EQ(rg_policy_procedure_limit(&days, &unit, &set, cal, sizeof cal, &len, w.policy,
                                      RG_LIMIT_IDENTIFY),
            RG_OK);
  EXPECT_EQ(days, 15);
  EXPECT_EQ(unit, RG_DAYS_CALENDAR);
  EXPECT_EQ(set, 1);
  ASSERT_EQ(rg_policy_procedure_limit(&days, &unit, &set, nullptr, 0, &len, w.policy,
                                      RG_LIMIT_TOWNSHIP_TO_COUNTY),
            RG_OK);
  EXPECT_EQ(set, 0);
  rg_date deadline = 0;
  EXPECT_EQ(rg_policy_limit_deadline(&deadline, w.policy, RG_LIMIT_TOWNSHIP_TO_COUNTY, 20000),
            RG_ENOTFOUND);
  ASSERT_EQ(rg_policy_limit_deadline(&deadline, w.policy, RG_LIMIT_IDENTIFY, 20000), RG_OK);
  EXPECT_EQ(deadline, 20015);
  EXPECT_EQ(rg_policy_add_working_days(&deadline, w.policy, "cn", 2, 20000, 3), RG_ENOTFOUND);
  EXPECT_NE(last_message().find("unknown calendar 'cn'"), std::string::npos) << last_message();
}

// DOMAIN.md 1.5: a letter through the ABI; an answer for a household not in it is RG_ENOTFOUND.
TEST(WarningLetterAbi, IssueAnswerCountAndScan) {
  World w;
  rg_warning_letter l;
  rg_warning_letter_init(&l);
  l.department = RG_DEPT_MEDICAL_INSURANCE;
  l.county = 500112000000;
  l.issued = 20100;
  l.deadline = 20110;
  l.batch = "2025-01";
  l.batch_len = 7;
  l.household_keys = &w.household_key;
  l.household_count = 1;
  int64_t letter = 0;
  ASSERT_EQ(rg_warning_letter_issue(&letter, w.store, &l), RG_OK) << last_message();
  int64_t case_id = -1;
  EXPECT_EQ(rg_warning_letter_answer(&case_id, w.store, letter, w.household_key + 1,
                                     RG_ANSWER_VERIFIED, 20101, "县", 3, nullptr, 0),
            RG_ENOTFOUND);
  EXPECT_EQ(rg_warning_letter_answer(&case_id, w.store, letter, w.household_key,
                                     RG_ANSWER_RULED_OUT, 20101, "县", 3, nullptr, 0),
            RG_EINVAL);
  EXPECT_EQ(w.count("rg_warning_letter_answers"), 0);
  rg_letter_counts c{};
  c.struct_size = sizeof c;
  ASSERT_EQ(rg_warning_letter_counts(&c, w.store, letter, 20111), RG_OK);
  EXPECT_EQ(c.unanswered, 1u);
  EXPECT_EQ(c.overdue, 1);
  size_t raised = 0, n = 0;
  ASSERT_EQ(rg_warning_letters_scan(&raised, w.store, 20111), RG_OK);
  EXPECT_EQ(raised, 1u);
  int64_t ids[4];
  ASSERT_EQ(rg_warning_letters_overdue(ids, 4, &n, w.store), RG_OK);
  ASSERT_EQ(n, 1u);
  EXPECT_EQ(ids[0], letter);
  ASSERT_EQ(rg_warning_letter_answer(&case_id, w.store, letter, w.household_key,
                                     RG_ANSWER_CASE_OPENED, 20112, "县", 3, nullptr, 0),
            RG_OK)
      << last_message();
  EXPECT_GT(case_id, 0);
}

// docs/limits.md: each new bound accepted at its value and refused one past it.
TEST(Limits, CalendarIdOf64BytesIsLookedUpAnd65AreRefused) {
  World w;
  const std::string id(RG_CALENDAR_ID_MAX, 'c');
  rg_date out = 0;
  EXPECT_EQ(rg_policy_add_working_days(&out, w.policy, id.data(), id.size(), 20000, 1),
            RG_ENOTFOUND);
  EXPECT_EQ(rg_policy_add_working_days(&out, w.policy, id.data(), id.size() + 1, 20000, 1),
            RG_ELIMIT);
  EXPECT_NE(last_message().find("RG_CALENDAR_ID_MAX"), std::string::npos) << last_message();
}

TEST(Limits, LetterBatchOf2000BytesIsStoredAnd2001AreRefused) {
  World w;
  std::string batch(RG_LETTER_TEXT_MAX + 1, 'b');
  rg_warning_letter l;
  rg_warning_letter_init(&l);
  l.department = RG_DEPT_EDUCATION;
  l.issued = 20100;
  l.deadline = 20110;
  l.household_keys = &w.household_key;
  l.household_count = 1;
  l.batch = batch.data();
  l.batch_len = batch.size();
  int64_t id = 0;
  EXPECT_EQ(rg_warning_letter_issue(&id, w.store, &l), RG_ELIMIT);
  EXPECT_EQ(w.count("rg_warning_letters"), 0);
  l.batch_len = RG_LETTER_TEXT_MAX;
  EXPECT_EQ(rg_warning_letter_issue(&id, w.store, &l), RG_OK) << last_message();
}

TEST(Limits, LetterOfAMillionHouseholdsIsCheckedAndOneMoreIsRefused) {
  World w;
  std::vector<int64_t> keys(RG_LETTER_HOUSEHOLDS_MAX + 1,
                            0);  // all the same key: refused after the count
  rg_warning_letter l;
  rg_warning_letter_init(&l);
  l.department = RG_DEPT_EDUCATION;
  l.issued = 20100;
  l.deadline = 20110;
  l.batch = "b";
  l.batch_len = 1;
  l.household_keys = keys.data();
  l.household_count = keys.size();
  int64_t id = 0;
  EXPECT_EQ(rg_warning_letter_issue(&id, w.store, &l), RG_ELIMIT);
  l.household_count = RG_LETTER_HOUSEHOLDS_MAX;
  EXPECT_EQ(rg_warning_letter_issue(&id, w.store, &l),
            RG_EINVAL);  // past the count: "listed twice"
  EXPECT_NE(last_message().find("listed twice"), std::string::npos) << last_message();
}

TEST(Limits, WorkingDaysBeyondRgWorkingDaysMaxAreARangeError) {
  WorkCalendar c;
  c.id = "wide";
  c.from = Date::from_ymd(2000, 1, 1);
  c.to = Date::from_ymd(2030, 12, 31);
  // No holidays: 3,660 working days after a Monday are 732 whole weeks: a Monday again.
  const Date at_limit = add_working_days(c, Date::from_ymd(2001, 1, 1), RG_WORKING_DAYS_MAX);
  EXPECT_EQ(at_limit, Date::from_ymd(2001, 1, 1).add_days(732 * 7));
  EXPECT_THROW((void)add_working_days(c, Date::from_ymd(2001, 1, 1), RG_WORKING_DAYS_MAX + 1),
               Error);
}

}  // namespace
}  // namespace rg
