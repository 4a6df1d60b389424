// Risk warning letters 风险预警提示函 in the store (issue 16 item 9). DOMAIN.md 1.5: department
// screening results are pushed to counties in batches (Yulin: 6 batches in 2023), which verify
// them and record the outcome (反馈).
#include <gtest/gtest.h>

#include "domain/people.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/warning_letters_repo.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

Date d(int y, int m, int day) {
  return Date::from_ymd(y, m, day);
}

struct World {
  test::TempDir dir;
  Store store{dir.file("letters.db")};
  std::vector<int64_t> households;

  World() {
    HouseholdRepository repo(store);
    repo.upsert_region(make_region(RegionCode::parse("530102001001"), "红星村"));
    for (const char* id : {"H1", "H2", "H3", "H4"}) {
      Household h = test::household(id);
      h.region = RegionCode::parse("530102001001");
      households.push_back(repo.upsert_household(h));
    }
  }

  WarningLetter letter(const char* batch) const {
    WarningLetter l;
    l.batch = batch;
    l.department = Department::kMedicalInsurance;
    l.county = 530102000000;
    l.issued = d(2025, 3, 5);
    l.deadline = d(2025, 3, 20);
    l.households = households;
    return l;
  }
};

LetterAnswer answer(int64_t household, LetterAnswerKind kind, Date date, const char* reason = "") {
  LetterAnswer a;
  a.household_key = household;
  a.kind = kind;
  a.date = date;
  a.actor = "县核查组";
  a.reason = reason;
  return a;
}

// DOMAIN.md 1.5: a batch carries its issue date and feedback deadline; every household in it is
// answered — verified, ruled out with a reason, or a case opened — and counted per batch.
TEST(WarningLetters, EveryHouseholdOfABatchIsAnsweredInOneOfThreeWaysAndCounted) {
  World w;
  WarningLetterRepository letters(w.store);
  const int64_t id = letters.issue(w.letter("2025-03 医保"));
  EXPECT_EQ(letters.load(id).deadline, d(2025, 3, 20));
  EXPECT_EQ(
      letters.answer(id, answer(w.households[0], LetterAnswerKind::kVerified, d(2025, 3, 10))), 0);
  EXPECT_EQ(letters.answer(id, answer(w.households[1], LetterAnswerKind::kRuledOut, d(2025, 3, 11),
                                      "已报销，自付低于标准")),
            0);
  const int64_t case_id =
      letters.answer(id, answer(w.households[2], LetterAnswerKind::kCaseOpened, d(2025, 3, 12)));
  EXPECT_GT(case_id, 0);
  CaseRepository cases(w.store);
  EXPECT_EQ(cases.open_case_of(w.households[2]), case_id);
  EXPECT_EQ(cases.load_case(case_id).channel, ClueChannel::kDepartmentData);

  LetterCounts c = letters.counts(id, d(2025, 3, 15));
  EXPECT_EQ(c.households, 4u);
  EXPECT_EQ(c.verified, 1u);
  EXPECT_EQ(c.ruled_out, 1u);
  EXPECT_EQ(c.case_opened, 1u);
  EXPECT_EQ(c.unanswered, 1u);
  EXPECT_FALSE(c.overdue);  // before the deadline

  letters.answer(id, answer(w.households[3], LetterAnswerKind::kVerified, d(2025, 3, 20)));
  c = letters.counts(id, d(2025, 3, 25));
  EXPECT_EQ(c.unanswered, 0u);
  EXPECT_FALSE(c.overdue);
}

// DOMAIN.md 1.5 (反馈 by the deadline): a letter past its deadline with households unanswered
// raises one alert, once; a letter fully answered raises none.
TEST(WarningLetters, AnOverdueLetterRaisesAnAlertOnce) {
  World w;
  WarningLetterRepository letters(w.store);
  const int64_t late = letters.issue(w.letter("2025-03 医保"));
  WarningLetter done = w.letter("2025-03 教育");
  done.department = Department::kEducation;
  done.households = {w.households[0]};
  const int64_t answered = letters.issue(done);
  letters.answer(answered, answer(w.households[0], LetterAnswerKind::kVerified, d(2025, 3, 6)));

  EXPECT_EQ(letters.scan_overdue(d(2025, 3, 20)), 0u);  // the deadline day itself is in time
  EXPECT_EQ(letters.scan_overdue(d(2025, 3, 21)), 1u);
  EXPECT_EQ(letters.scan_overdue(d(2025, 3, 22)), 0u);  // already raised
  const auto alerts = letters.alerts();
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].letter_id, late);
  EXPECT_EQ(alerts[0].unanswered, 4u);
  EXPECT_NE(alerts[0].message.find("4 of 4 households unanswered"), std::string::npos)
      << alerts[0].message;
  EXPECT_TRUE(letters.counts(late, d(2025, 3, 21)).overdue);
}

// Bad input: named errors, nothing stored.
TEST(WarningLetters, AnAnswerForAHouseholdNotInTheLetterIsNotFoundAndStoresNothing) {
  World w;
  WarningLetterRepository letters(w.store);
  WarningLetter l = w.letter("2025-03 医保");
  l.households = {w.households[0]};
  const int64_t id = letters.issue(l);
  try {
    letters.answer(id, answer(w.households[1], LetterAnswerKind::kVerified, d(2025, 3, 10)));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNotFound);
    EXPECT_NE(std::string(e.what()).find("is not in the letter"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(letters.answers(id).empty());
}

TEST(WarningLetters, ARuledOutAnswerWithoutAReasonIsRefusedAndStoresNothing) {
  World w;
  WarningLetterRepository letters(w.store);
  const int64_t id = letters.issue(w.letter("2025-03 医保"));
  try {
    letters.answer(id, answer(w.households[0], LetterAnswerKind::kRuledOut, d(2025, 3, 10)));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(std::string(e.what()).find("ruled-out answer needs its reason"), std::string::npos)
        << e.what();
  }
  EXPECT_TRUE(letters.answers(id).empty());
  EXPECT_EQ(letters.counts(id, d(2025, 3, 10)).unanswered, 4u);
}

TEST(WarningLetters, BadLettersAreNamedErrorsAndStoreNothing) {
  World w;
  WarningLetterRepository letters(w.store);
  WarningLetter early = w.letter("2025-03 医保");
  early.deadline = d(2025, 3, 1);
  EXPECT_THROW(letters.issue(early), Error);
  WarningLetter unknown = w.letter("2025-03 医保");
  unknown.households.push_back(999999);
  try {
    letters.issue(unknown);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNotFound);
  }
  const int64_t id = letters.issue(w.letter("2025-03 医保"));
  EXPECT_EQ(id, 1);  // nothing of the refused letters was kept
  EXPECT_THROW(letters.issue(w.letter("2025-03 医保")), Error);  // same batch again: kExists
  letters.answer(id, answer(w.households[0], LetterAnswerKind::kVerified, d(2025, 3, 10)));
  EXPECT_THROW(
      letters.answer(id, answer(w.households[0], LetterAnswerKind::kVerified, d(2025, 3, 11))),
      Error);
}

}  // namespace
}  // namespace rg
