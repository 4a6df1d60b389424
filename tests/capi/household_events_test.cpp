// Memberships and household events through the C ABI (issue 16 part B; docs/monitoring.md
// "Statuses and events"). A stored disaster event raises its risk on the store path and vetoes
// elimination; bad input gets a named error and stores nothing.
#include <gtest/gtest.h>

#include <cstring>
#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "capi/handles.hpp"
#include "capi/limits_support.hpp"
#include "ruralguard/households_repo.hpp"
#include "test_support/temp_dir.hpp"

namespace rg::test {
namespace {

constexpr uint64_t kVillage = 530102001001ULL;  // Yunnan: default_policy("53", 2025), 8,700 yuan
constexpr rg_date kDay2025_06_01 = 20240;       // days since 1970-01-01

// A store with one household "H1": one insured working adult whose 2024-06..2025-05 income is
// far above the threshold, so nothing but an event can raise a risk.
struct EventsFixture {
  TempDir dir;
  rg_store* store = nullptr;
  rg_policy* policy = nullptr;
  int64_t household_key = 0;

  EventsFixture() {
    const std::string path = dir.file("events.db");
    EXPECT_EQ(rg_store_open(&store, path.data(), path.size(), nullptr), RG_OK) << last_message();
    EXPECT_EQ(rg_policy_default(&policy, "53", 2, 2025), RG_OK) << last_message();
    EXPECT_EQ(rg_households_put_region(store, kVillage, "和平村", std::strlen("和平村"), 0, 0, 0), RG_OK)
        << last_message();
    rg_household_record h;
    rg_household_record_init(&h);
    std::strcpy(h.household_id, "H1");
    h.region_code = kVillage;
    EXPECT_EQ(rg_households_put(store, &h), RG_OK) << last_message();
    rg_member_record m;
    rg_member_record_init(&m);
    std::strcpy(m.person_id, "P1");
    std::strcpy(m.household_id, "H1");
    m.medical_resident = 1;
    EXPECT_EQ(rg_members_put(store, &m), RG_OK) << last_message();
    rg_income_record s;
    rg_income_record_init(&s);
    std::strcpy(s.household_id, "H1");
    s.family_size = 1;
    s.period_start = kDay2025_06_01 - 365;
    s.period_end = kDay2025_06_01 - 1;
    s.wage = 300000LL * 10000;  // 300,000 yuan
    EXPECT_EQ(rg_income_put(store, &s), RG_OK) << last_message();
    household_key = *HouseholdRepository(store->store).household_key("H1");
  }
  ~EventsFixture() {
    rg_policy_free(policy);
    rg_store_close(store);
  }
  EventsFixture(const EventsFixture&) = delete;
  EventsFixture& operator=(const EventsFixture&) = delete;

  rg_household_event event(uint8_t kind, rg_date date, rg_date recorded) const {
    rg_household_event e;
    rg_household_event_init(&e);
    e.kind = kind;
    e.source = RG_CHANNEL_CADRE_VISIT;
    e.date = date;
    e.recorded = recorded;
    std::strcpy(e.household_id, "H1");
    std::strcpy(e.evidence, "村委会灾情登记表 2025-10");
    return e;
  }

  // The household's events bits and risk mask from the store path: the columnar table through
  // the C ABI, assessed by the batch.
  std::pair<uint16_t, uint32_t> assess_from_store(rg_date as_of) {
    rg_household_table* table = nullptr;
    EXPECT_EQ(rg_household_table_load(&table, store, as_of, nullptr, 0), RG_OK) << last_message();
    rg_household_table_view v;
    v.struct_size = sizeof v;
    EXPECT_EQ(rg_household_table_view_get(&v, table), RG_OK);
    EXPECT_EQ(v.count, 1u);
    rg_household_columns in{};
    in.struct_size = sizeof in;
    in.count = v.count;
    in.region_code = v.region_code;
    in.kind = v.kind;
    in.per_capita_income = v.per_capita_income;
    in.previous_per_capita_income = v.previous_per_capita_income;
    in.net_income = v.net_income;
    in.medical_out_of_pocket = v.medical_out_of_pocket;
    in.education_out_of_pocket = v.education_out_of_pocket;
    in.income_period_end = v.income_period_end;
    in.members = v.members;
    in.labour_capable = v.labour_capable;
    in.weak_labour = v.weak_labour;
    in.seriously_ill = v.seriously_ill;
    in.chronically_ill = v.chronically_ill;
    in.disabled = v.disabled;
    in.guarantee_failures = v.guarantee_failures;
    in.events = v.events;
    uint32_t mask = 0;
    int32_t status = 0;
    rg_assessment_columns out{};
    out.struct_size = sizeof out;
    out.risk_mask = &mask;
    out.status = &status;
    EXPECT_EQ(rg_risk_assess_batch(nullptr, &out, &in, policy, as_of), RG_OK) << last_message();
    EXPECT_EQ(status, 0);
    const uint16_t events = v.events[0];
    rg_household_table_free(table);
    return {events, mask};
  }

  size_t event_count() {
    size_t n = 99;
    EXPECT_EQ(rg_household_events_list(nullptr, 0, &n, store, "H1", 2, 0, 40000), RG_OK) << last_message();
    return n;
  }
  size_t membership_count() {
    size_t n = 99;
    EXPECT_EQ(rg_memberships_list(nullptr, 0, &n, store, "H1", 2), RG_OK) << last_message();
    return n;
  }
};

::testing::AssertionResult failed_with(rg_status got, rg_status want, std::initializer_list<const char*> pieces) {
  if (got != want) {
    return ::testing::AssertionFailure() << "status " << rg_status_name(got) << " (wanted " << rg_status_name(want)
                                         << "), message: " << last_message();
  }
  for (const char* piece : pieces) {
    if (last_message().find(piece) == std::string::npos) {
      return ::testing::AssertionFailure() << "message lacks \"" << piece << "\": " << last_message();
    }
  }
  return ::testing::AssertionSuccess();
}

// DOMAIN.md 1.4 (因自然灾害) and 1.9 (elimination: "no new risk"). Before issue 16 the store's
// events column was always 0: the disaster neither raised its risk nor blocked elimination.
TEST(HouseholdEventsCAbi, DisasterEventStoredThroughTheCAbiRaisesTheRiskAndVetoesElimination) {
  EventsFixture f;
  const rg_date approve_day = kDay2025_06_01 + 212;  // 2025-12-30: past six months monitored
  const auto [before_events, before_mask] = f.assess_from_store(approve_day);
  EXPECT_EQ(before_events, 0);
  EXPECT_EQ(before_mask & (1u << RG_RISK_NATURAL_DISASTER), 0u);

  const rg_household_event disaster = f.event(RG_EVENT_KIND_NATURAL_DISASTER, kDay2025_06_01 + 120, kDay2025_06_01 + 121);
  int64_t event_id = 0;
  ASSERT_EQ(rg_household_events_record(&event_id, f.store, &disaster), RG_OK) << last_message();
  EXPECT_GT(event_id, 0);

  const auto [events, mask] = f.assess_from_store(approve_day);
  EXPECT_EQ(events, RG_EVENT_NATURAL_DISASTER);
  EXPECT_NE(mask & (1u << RG_RISK_NATURAL_DISASTER), 0u) << "risk mask " << mask;

  // The case flow to the elimination approval: the gate reads the stored event.
  int64_t case_id = 0;
  ASSERT_EQ(rg_case_open(&case_id, f.store, f.household_key, RG_CHANNEL_CADRE_VISIT, kDay2025_06_01, "走访", 6), RG_OK)
      << last_message();
  const auto advance = [&](uint8_t which, rg_date date, const std::function<void(rg_case_step&)>& fill = {}) {
    rg_case_step s;
    rg_case_step_init(&s);
    s.step = which;
    s.date = date;
    s.actor = "王干部";
    s.actor_len = std::strlen(s.actor);
    if (fill) fill(s);
    return rg_case_advance(nullptr, f.store, f.policy, case_id, &s);
  };
  const rg_date day = kDay2025_06_01;
  const auto votes = [](rg_case_step& s) {
    s.votes_for = 21;
    s.votes_against = 2;
  };
  const auto notice = [](rg_date start) {
    return [start](rg_case_step& s) {
      s.notice_start = start;
      s.notice_end = start + 4;
    };
  };
  ASSERT_EQ(advance(RG_STEP_VERIFY, day + 1, [](rg_case_step& s) { s.consent_signed = 1; }), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_COMPARE, day + 2), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_REVIEW, day + 3, votes), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_NOTICE, day + 4, notice(day + 4)), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_TOWNSHIP_APPROVE, day + 10), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_COUNTY_APPROVE, day + 12,
                    [](rg_case_step& s) {
                      s.category = RG_CATEGORY_MARGINAL;
                      s.level = RG_LEVEL_YELLOW;
                      s.risk_mask = 1u << RG_RISK_OTHER;
                      s.contact_name = "李镇长";
                      s.contact_name_len = std::strlen(s.contact_name);
                      s.contact_phone = "13800000000";
                      s.contact_phone_len = 11;
                    }),
            RG_OK)
      << last_message();
  ASSERT_EQ(advance(RG_STEP_START_ELIMINATION, day + 200), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_REVIEW, day + 201, votes), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_NOTICE, day + 202, notice(day + 202)), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_TOWNSHIP_APPROVE, day + 207), RG_OK) << last_message();
  const auto approve = [&](rg_date date) {
    return advance(RG_STEP_COUNTY_APPROVE, date, [](rg_case_step& s) {
      s.elimination_kind = RG_ELIMINATION_NATURAL;
      s.income_stable_since = kDay2025_06_01 - 365;
    });
  };
  EXPECT_EQ(approve(approve_day), RG_EREFUSED);
  EXPECT_NE(last_message().find("natural_disaster"), std::string::npos) << last_message();
  EXPECT_NE(last_message().find("household events within 12 months"), std::string::npos) << last_message();
  rg_case_info info;
  info.struct_size = sizeof info;
  ASSERT_EQ(rg_case_get(&info, f.store, case_id), RG_OK);
  EXPECT_EQ(info.state, RG_CASE_ELIMINATION_TOWNSHIP_APPROVED);
  // The disaster was the only veto: once it is more than 12 months old the same approval passes.
  ASSERT_EQ(approve(disaster.date + 367), RG_OK) << last_message();
  ASSERT_EQ(rg_case_get(&info, f.store, case_id), RG_OK);
  EXPECT_EQ(info.state, RG_CASE_ELIMINATED);
}

// DOMAIN.md 1.9: events count for the period in question, the 12 months before the as-of date.
TEST(HouseholdEventsCAbi, AnEventOutsideTheTwelveMonthsBeforeAsOfDoesNotCount) {
  EventsFixture f;
  const rg_date as_of = kDay2025_06_01 + 160;
  const rg_household_event old = f.event(RG_EVENT_KIND_ACCIDENT, as_of - 400, as_of - 399);
  ASSERT_EQ(rg_household_events_record(nullptr, f.store, &old), RG_OK) << last_message();
  EXPECT_EQ(f.assess_from_store(as_of).first, 0);
  EXPECT_EQ(f.assess_from_store(as_of - 100).first, RG_EVENT_ACCIDENT);  // inside that window
  rg_household_event out[2];
  for (auto& e : out) e.struct_size = sizeof e;
  size_t n = 0;
  ASSERT_EQ(rg_household_events_list(out, 2, &n, f.store, "H1", 2, as_of - 500, as_of), RG_OK) << last_message();
  ASSERT_EQ(n, 1u);
  EXPECT_EQ(out[0].kind, RG_EVENT_KIND_ACCIDENT);
  EXPECT_EQ(out[0].date, as_of - 400);
  EXPECT_EQ(std::string(out[0].evidence), "村委会灾情登记表 2025-10");
}

// Issue 16 "Bad input": an unknown event type, a future event, a status without authority, an
// end before the start, an unknown household: named errors, nothing stored.
TEST(HouseholdEventsCAbi, BadEventsAndMembershipsAreRefusedByNameAndStoreNothing) {
  EventsFixture f;
  rg_household_event unknown_type = f.event(9, kDay2025_06_01, kDay2025_06_01);
  EXPECT_TRUE(failed_with(rg_household_events_record(nullptr, f.store, &unknown_type), RG_EINVAL,
                          {"rg_household_events_record", "event->kind 9", "RG_EVENT_KIND_*"}));
  rg_household_event future = f.event(RG_EVENT_KIND_ACCIDENT, kDay2025_06_01 + 1, kDay2025_06_01);
  EXPECT_TRUE(failed_with(rg_household_events_record(nullptr, f.store, &future), RG_ERANGE,
                          {"is after its recording date 2025-06-01", "a future event"}));
  rg_household_event stranger = f.event(RG_EVENT_KIND_ACCIDENT, kDay2025_06_01, kDay2025_06_01);
  std::strcpy(stranger.household_id, "H404");
  EXPECT_TRUE(failed_with(rg_household_events_record(nullptr, f.store, &stranger), RG_ENOTFOUND, {"'H404'"}));
  EXPECT_EQ(f.event_count(), 0u);

  rg_membership m;
  rg_membership_init(&m);
  m.kind = RG_MEMBERSHIP_DIBAO;
  m.start = kDay2025_06_01;
  std::strcpy(m.household_id, "H1");
  EXPECT_TRUE(failed_with(rg_memberships_record(nullptr, f.store, &m), RG_EINVAL, {"authority", "is required"}));
  std::strcpy(m.authority, "五华区民政局");
  m.end = kDay2025_06_01 - 1;
  EXPECT_TRUE(failed_with(rg_memberships_record(nullptr, f.store, &m), RG_ERANGE,
                          {"end 2025-05-31 is before start 2025-06-01"}));
  m.end = RG_DATE_NONE;
  m.kind = 7;
  EXPECT_TRUE(failed_with(rg_memberships_record(nullptr, f.store, &m), RG_EINVAL, {"membership->kind 7", "RG_MEMBERSHIP_*"}));
  m.kind = RG_MEMBERSHIP_DIBAO;
  std::strcpy(m.household_id, "H404");
  EXPECT_TRUE(failed_with(rg_memberships_record(nullptr, f.store, &m), RG_ENOTFOUND, {"'H404'"}));
  EXPECT_EQ(f.membership_count(), 0u);
}

// DOMAIN-2026 §7.1 row 7.4, §7.3: several memberships at once, each with its authority; ending
// one keeps it. Row 7.7: the registered-poor history is permanent; a 2026 exit needs it.
TEST(HouseholdEventsCAbi, MembershipsOverlapAndRegisteredPoorHistoryIsPermanent) {
  EventsFixture f;
  rg_membership dibao;
  rg_membership_init(&dibao);
  dibao.kind = RG_MEMBERSHIP_DIBAO;
  dibao.start = kDay2025_06_01 - 100;
  std::strcpy(dibao.household_id, "H1");
  std::strcpy(dibao.authority, "五华区民政局");
  int64_t dibao_id = 0;
  ASSERT_EQ(rg_memberships_record(&dibao_id, f.store, &dibao), RG_OK) << last_message();
  rg_membership monitored = dibao;
  monitored.kind = RG_MEMBERSHIP_MONITORED;
  monitored.start = kDay2025_06_01;
  std::strcpy(monitored.authority, "五华区乡村振兴局");
  ASSERT_EQ(rg_memberships_record(nullptr, f.store, &monitored), RG_OK) << last_message();
  ASSERT_EQ(rg_memberships_end(f.store, dibao_id, kDay2025_06_01 + 30), RG_OK) << last_message();
  EXPECT_EQ(rg_memberships_end(f.store, dibao_id, kDay2025_06_01 + 60), RG_ESTATE);
  rg_membership out[2];
  for (auto& m : out) m.struct_size = sizeof m;
  size_t n = 0;
  ASSERT_EQ(rg_memberships_list(out, 2, &n, f.store, "H1", 2), RG_OK) << last_message();
  ASSERT_EQ(n, 2u);
  EXPECT_EQ(out[0].kind, RG_MEMBERSHIP_DIBAO);
  EXPECT_EQ(out[0].end, kDay2025_06_01 + 30);
  EXPECT_EQ(out[1].kind, RG_MEMBERSHIP_MONITORED);
  EXPECT_EQ(out[1].end, RG_DATE_NONE);

  rg_assistance_exit exit;
  rg_assistance_exit_init(&exit);
  std::strcpy(exit.household_id, "H1");
  std::strcpy(exit.assessment, "五华区帮扶退出评估 2026-3号");
  std::strcpy(exit.authority, "五华区乡村振兴局");
  exit.date = 20454 + 90;  // 2026-04-01
  exit.assessment_date = 20454 + 60;
  EXPECT_TRUE(failed_with(rg_assistance_exit_record(f.store, &exit), RG_EREFUSED, {"never registered poor"}));

  rg_registered_poor h;
  rg_registered_poor_init(&h);
  std::strcpy(h.household_id, "H1");
  std::strcpy(h.source, "全国扶贫开发信息系统 2016");
  h.registered_year = 2014;
  h.exit_year = 2018;
  ASSERT_EQ(rg_registered_poor_set(f.store, &h), RG_OK) << last_message();
  ASSERT_EQ(rg_registered_poor_set(f.store, &h), RG_OK) << "the same history again is no change";
  h.exit_year = 2019;
  EXPECT_TRUE(failed_with(rg_registered_poor_set(f.store, &h), RG_EREFUSED, {"permanent"}));
  rg_registered_poor back;
  back.struct_size = sizeof back;
  ASSERT_EQ(rg_registered_poor_get(&back, f.store, "H1", 2), RG_OK) << last_message();
  EXPECT_EQ(back.exit_year, 2018);

  rg_assistance_exit early = exit;
  early.date = 20454 - 1;  // 2025-12-31
  early.assessment_date = 20454 - 30;
  EXPECT_TRUE(failed_with(rg_assistance_exit_record(f.store, &early), RG_ERANGE, {"from 2026-01-01"}));
  ASSERT_EQ(rg_assistance_exit_record(f.store, &exit), RG_OK) << last_message();
  EXPECT_EQ(rg_assistance_exit_record(f.store, &exit), RG_EEXISTS);
  rg_assistance_exit got;
  got.struct_size = sizeof got;
  ASSERT_EQ(rg_assistance_exit_get(&got, f.store, "H1", 2), RG_OK) << last_message();
  EXPECT_EQ(got.date, exit.date);
  EXPECT_EQ(std::string(got.assessment), "五华区帮扶退出评估 2026-3号");
}

}  // namespace
}  // namespace rg::test
