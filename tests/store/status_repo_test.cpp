// Memberships, the registered-poor history, assistance exits and household events in the store
// (status_repo.hpp; issue 16 part B). Each test is a rule with its DOMAIN / DOMAIN-2026 section.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <functional>
#include <optional>

#include "domain/people.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/status_repo.hpp"
#include "store/household_columns_access.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

struct World {
  test::TempDir dir;
  std::string path = dir.file("status.db");
  Store store{path};
  Policy policy = default_policy("53", 2025);
  int64_t h1 = 0;

  World() {
    HouseholdRepository repo(store);
    repo.upsert_region(make_region(RegionCode::parse("530102001001"), "和平村"));
    Household first = test::household("H1", HouseholdType::kFormerlyPoor);
    first.region = RegionCode::parse("530102001001");
    h1 = repo.upsert_household(first);
    Household second = test::household("H2");
    second.region = first.region;
    (void)repo.upsert_household(second);
    repo.upsert_member(test::adult("P1", "H1", "1970-01-01", 1));
    repo.upsert_member(test::adult("P2", "H2", "1971-01-01", 1));
    for (const char* id : {"H1", "H2"}) {
      IncomeStatement s;
      s.household_id = id;
      s.period_start = d(2024, 6, 1);
      s.period_end = d(2025, 5, 31);
      s.wage = Money::from_yuan(50000);
      s.family_size = 1;
      repo.upsert_income(s);
    }
  }

  Membership membership(MembershipKind kind, Date start, std::optional<Date> end = {}) const {
    Membership m;
    m.household_id = "H1";
    m.kind = kind;
    m.authority = "五华区民政局";
    m.start = start;
    m.end = end;
    m.evidence = "民政审批表";
    return m;
  }
  HouseholdEventRecord event(HouseholdEventKind kind, Date date, const char* household = "H1") const {
    HouseholdEventRecord e;
    e.household_id = household;
    e.kind = kind;
    e.date = date;
    e.recorded = date;
    e.source = ClueChannel::kCadreVisit;
    e.evidence = "走访记录";
    return e;
  }
  // The events column of household row `row`, from the cached load and from the direct scan.
  uint16_t events_on(Date as_of, std::size_t row = 0) {
    HouseholdColumnOptions o;
    o.as_of = as_of;
    const HouseholdColumnData cached = load_household_columns(store, o);
    const HouseholdColumnData direct = store::load_household_columns(store, o, store::ColumnAccess::kScan);
    const HouseholdColumnData keyed = store::load_household_columns(store, o, store::ColumnAccess::kKeyed);
    EXPECT_EQ(cached.events, direct.events);
    EXPECT_EQ(cached.events, keyed.events);
    return cached.events.at(row);
  }
};

// The code of the Error `f` throws; nullopt when it throws none.
std::optional<ErrorCode> code_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.code();
  }
  return std::nullopt;
}

// DOMAIN-2026 §7.1 row 7.4 and §7.3: a household holds several memberships at once (低保 and
// monitored), each with its own authority and span.
TEST(Memberships, AHouseholdIsDibaoAndMonitoredAtOnce) {
  World w;
  StatusRepository repo(w.store);
  (void)repo.record_membership(w.membership(MembershipKind::kDibao, d(2024, 1, 1)));
  Membership monitored = w.membership(MembershipKind::kMonitored, d(2025, 3, 1));
  monitored.authority = "五华区乡村振兴局";
  (void)repo.record_membership(monitored);
  const auto held = repo.memberships_on("H1", d(2025, 6, 1));
  ASSERT_EQ(held.size(), 2u);
  EXPECT_EQ(held[0].kind, MembershipKind::kDibao);
  EXPECT_EQ(held[1].kind, MembershipKind::kMonitored);
  EXPECT_EQ(held[1].authority, "五华区乡村振兴局");
  // A member's own membership beside the household's (特困 person).
  Membership person = w.membership(MembershipKind::kTekun, d(2025, 1, 1));
  person.person_id = "P1";
  (void)repo.record_membership(person);
  person.person_id = "P2";  // a member of H2, not of H1
  EXPECT_EQ(code_of([&] { (void)repo.record_membership(person); }), ErrorCode::kNotFound);
  EXPECT_EQ(repo.memberships_of("H1").size(), 3u);
}

// DOMAIN-2026 §7.3 (history is kept): an ended membership stays with its span; its end is not
// moved; the same kind held twice over one span is refused.
TEST(Memberships, AnEndedMembershipKeepsItsHistory) {
  World w;
  StatusRepository repo(w.store);
  const int64_t id = repo.record_membership(w.membership(MembershipKind::kDibao, d(2024, 1, 1)));
  EXPECT_EQ(code_of([&] { (void)repo.record_membership(w.membership(MembershipKind::kDibao, d(2024, 6, 1))); }),
            ErrorCode::kExists);
  repo.end_membership(id, d(2025, 2, 28));
  EXPECT_EQ(code_of([&] { repo.end_membership(id, d(2025, 3, 31)); }), ErrorCode::kState);
  (void)repo.record_membership(w.membership(MembershipKind::kDibao, d(2025, 6, 1)));  // after the end: fine
  const auto all = repo.memberships_of("H1");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].end, d(2025, 2, 28));
  EXPECT_FALSE(all[1].end.has_value());
  EXPECT_TRUE(repo.memberships_on("H1", d(2025, 4, 1)).empty());
}

// DOMAIN-2026 §7.1 row 7.7, §7.3: the registered-poor history is permanent. An overwrite through
// the repository is refused, and so are DELETE and UPDATE through raw SQL.
TEST(RegisteredPoor, TheHistoryIsPermanent) {
  World w;
  StatusRepository repo(w.store);
  RegisteredPoorHistory h{"H1", 2015, std::nullopt, "全国扶贫开发信息系统"};
  repo.set_registered_poor(h);
  h.exit_year = 2019;  // filling the unknown exit year is allowed once
  repo.set_registered_poor(h);
  RegisteredPoorHistory other = h;
  other.registered_year = 2016;
  EXPECT_EQ(code_of([&] { repo.set_registered_poor(other); }), ErrorCode::kRefused);
  other = h;
  other.exit_year = 2020;
  EXPECT_EQ(code_of([&] { repo.set_registered_poor(other); }), ErrorCode::kRefused);
  SQLite::Database raw(w.path, SQLite::OPEN_READWRITE);
  EXPECT_THROW(raw.exec("DELETE FROM rg_registered_poor"), SQLite::Exception);
  EXPECT_THROW(raw.exec("UPDATE rg_registered_poor SET exit_year = 2020"), SQLite::Exception);
  const auto back = repo.registered_poor("H1");
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->registered_year, 2015);
  EXPECT_EQ(back->exit_year, 2019);
  EXPECT_EQ(code_of([&] { repo.set_registered_poor({"H1", 2013, {}, "x"}); }), ErrorCode::kRange);
}

// DOMAIN-2026 §7.1 row 7.7 (2026 中央一号文件 §(八)): a former registered household exits
// assistance after an assessment, from 2026 on; a household never registered cannot.
TEST(AssistanceExit, IsRecordedWithItsAssessmentFrom2026ForFormerRegisteredHouseholdsOnly) {
  World w;
  StatusRepository repo(w.store);
  AssistanceExit e{"H1", d(2026, 4, 1), d(2026, 3, 1), "五华区帮扶退出评估 2026-3号", "五华区乡村振兴局", "评估报告"};
  EXPECT_EQ(code_of([&] { repo.record_assistance_exit(e); }), ErrorCode::kRefused);  // no history yet
  repo.set_registered_poor({"H1", 2014, 2017, "全国扶贫开发信息系统"});
  AssistanceExit early = e;
  early.date = d(2025, 12, 31);
  early.assessment_date = d(2025, 12, 1);
  EXPECT_EQ(code_of([&] { repo.record_assistance_exit(early); }), ErrorCode::kRange);
  AssistanceExit late_assessment = e;
  late_assessment.assessment_date = d(2026, 4, 2);
  EXPECT_EQ(code_of([&] { repo.record_assistance_exit(late_assessment); }), ErrorCode::kRange);
  AssistanceExit no_assessment = e;
  no_assessment.assessment.clear();
  EXPECT_EQ(code_of([&] { repo.record_assistance_exit(no_assessment); }), ErrorCode::kInvalidArgument);
  repo.record_assistance_exit(e);
  EXPECT_EQ(code_of([&] { repo.record_assistance_exit(e); }), ErrorCode::kExists);
  const auto back = repo.assistance_exit("H1");
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->assessment, "五华区帮扶退出评估 2026-3号");
  EXPECT_EQ(back->assessment_date, d(2026, 3, 1));
  EXPECT_FALSE(repo.assistance_exit("H2").has_value());
  EXPECT_EQ(repo.registered_poor("H1")->exit_year, 2017);  // the history stays
}

// DOMAIN.md 1.5 (department screening): a department clue creates the household event it
// stands for; the columnar load then raises its bit. Medical costs create no event (they are the
// statement's out-of-pocket spending).
TEST(HouseholdEvents, DepartmentCluesCreateEvents) {
  World w;
  CaseRepository cases(w.store);
  DepartmentRecord disaster;
  disaster.household_key = w.h1;
  disaster.department = Department::kEmergency;
  disaster.metric = DeptMetric::kDisasterLoss;
  disaster.amount = Money::from_yuan(20000);
  disaster.period = d(2025, 7, 15);
  DepartmentRecord medical = disaster;
  medical.department = Department::kMedicalInsurance;
  medical.metric = DeptMetric::kInpatientOutOfPocketYtd;
  medical.amount = Money::from_yuan(90000);
  const auto r = cases.ingest_department_records(std::vector<DepartmentRecord>{disaster, medical}, w.policy);
  EXPECT_EQ(r.clues_raised, 2u);
  StatusRepository repo(w.store);
  const auto events = repo.events_of("H1", d(2025, 1, 1), d(2025, 12, 31));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, HouseholdEventKind::kNaturalDisaster);
  EXPECT_EQ(events[0].source, ClueChannel::kDepartmentData);
  EXPECT_EQ(events[0].date, d(2025, 7, 15));
  EXPECT_TRUE(events[0].clue_id.has_value());
  EXPECT_EQ(w.events_on(d(2025, 8, 1)), kEventNaturalDisaster);
  // Ingesting the same record again is a duplicate clue and no second event.
  (void)cases.ingest_department_records(std::vector<DepartmentRecord>{disaster}, w.policy);
  EXPECT_EQ(repo.events_of("H1", d(2025, 1, 1), d(2025, 12, 31)).size(), 1u);
}

// DOMAIN.md 1.9 ("no new risk" for the period in question) and DOMAIN-2026 §7.1 row 7.1 (the
// 12 months before the declaration): only events dated in [as_of - 12 months, as_of] count, in
// the direct load, the keyed load and the cache alike; a new event is seen by the next load.
TEST(HouseholdEvents, OnlyEventsOfTheTwelveMonthsBeforeAsOfCount) {
  World w;
  StatusRepository repo(w.store);
  EXPECT_EQ(w.events_on(d(2025, 8, 1)), 0);  // the cache is now filled
  (void)repo.record_event(w.event(HouseholdEventKind::kIndustryFailure, d(2024, 7, 31)));
  (void)repo.record_event(w.event(HouseholdEventKind::kSeriousIllness, d(2025, 8, 2)));
  (void)repo.record_event(w.event(HouseholdEventKind::kJobLoss, d(2025, 6, 1), "H2"));
  EXPECT_EQ(w.events_on(d(2025, 8, 1)), 0);  // one day past 12 months, one day in the future
  EXPECT_EQ(w.events_on(d(2025, 7, 31)), kEventIndustryFailure);  // exactly 12 months: counts
  EXPECT_EQ(w.events_on(d(2025, 8, 2)), kEventSeriousIllness);
  EXPECT_EQ(w.events_on(d(2025, 8, 2), 1), kEventUnstableEmployment);
  // The store's elimination context reads them too (a serious-illness diagnosis: illness risk).
  HouseholdColumnOptions o;
  o.as_of = d(2025, 8, 2);
  const auto one = store::load_household_columns_of(w.store, o, w.h1);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one.events[0], kEventSeriousIllness);
  const Assessment a = assess(one.facts(0), w.policy, o.as_of);
  EXPECT_NE(a.risk_mask & (1u << static_cast<unsigned>(RiskType::kIllness)), 0u);
}

// Issue 16 "Bad input": named errors and nothing stored; text at its limit is accepted and one
// byte past it refused (docs/limits.md).
TEST(HouseholdEvents, BadInputIsRefusedByNameAndStoresNothing) {
  World w;
  StatusRepository repo(w.store);
  auto e = w.event(static_cast<HouseholdEventKind>(0), d(2025, 6, 1));
  EXPECT_EQ(code_of([&] { (void)repo.record_event(e); }), ErrorCode::kInvalidArgument);
  e = w.event(HouseholdEventKind::kAccident, d(2025, 6, 2));
  e.recorded = d(2025, 6, 1);
  EXPECT_EQ(code_of([&] { (void)repo.record_event(e); }), ErrorCode::kRange);
  e = w.event(HouseholdEventKind::kAccident, d(2025, 6, 1), "H9");
  EXPECT_EQ(code_of([&] { (void)repo.record_event(e); }), ErrorCode::kNotFound);
  e = w.event(HouseholdEventKind::kAccident, d(2025, 6, 1));
  e.evidence.assign(kEventEvidenceMax + 1, 'x');
  EXPECT_EQ(code_of([&] { (void)repo.record_event(e); }), ErrorCode::kLimit);
  EXPECT_TRUE(repo.events_of("H1", d(2000, 1, 1), d(2030, 1, 1)).empty());
  e.evidence.assign(kEventEvidenceMax, 'x');
  (void)repo.record_event(e);
  EXPECT_EQ(repo.events_of("H1", d(2000, 1, 1), d(2030, 1, 1)).size(), 1u);

  Membership m = w.membership(MembershipKind::kDibaoEdge, d(2025, 1, 1));
  m.authority.clear();
  EXPECT_EQ(code_of([&] { (void)repo.record_membership(m); }), ErrorCode::kInvalidArgument);
  m.authority.assign(kStatusTextMax + 1, 'a');
  EXPECT_EQ(code_of([&] { (void)repo.record_membership(m); }), ErrorCode::kLimit);
  m = w.membership(MembershipKind::kDibaoEdge, d(2025, 1, 1), d(2024, 12, 31));
  EXPECT_EQ(code_of([&] { (void)repo.record_membership(m); }), ErrorCode::kRange);
  m = w.membership(static_cast<MembershipKind>(7), d(2025, 1, 1));
  EXPECT_EQ(code_of([&] { (void)repo.record_membership(m); }), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(repo.memberships_of("H1").empty());
  m = w.membership(MembershipKind::kDibaoEdge, d(2025, 1, 1));
  m.authority.assign(kStatusTextMax, 'a');
  (void)repo.record_membership(m);
  EXPECT_EQ(repo.memberships_of("H1").size(), 1u);
}

}  // namespace
}  // namespace rg
