// The C ABI's argument layer (docs/c-abi.md, "Arguments"): text, struct_size and enum values
// follow one rule each. An enum value outside its RG_* range is RG_EINVAL naming the function,
// the parameter and the value, and the call changes nothing; a struct larger than the library's
// is accepted, a smaller one refused naming the struct and both sizes; NULL text with a length is
// refused naming the argument.
#include <gtest/gtest.h>

#include <cstring>
#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "capi/handles.hpp"
#include "test_support/fixture_policy.hpp"
#include "capi/limits_support.hpp"
#include "ruralguard/households_repo.hpp"
#include "test_support/temp_dir.hpp"

namespace rg::test {
namespace {

constexpr rg_date kDay2024_06_01 = 19875;  // days since 1970-01-01
constexpr uint64_t kVillage = 500112001001ULL;

// The call returned RG_EINVAL and the thread's message holds every piece.
::testing::AssertionResult refused(rg_status status, std::initializer_list<const char*> pieces) {
  if (status != RG_EINVAL) {
    return ::testing::AssertionFailure()
           << "status " << rg_status_name(status) << ", message: " << last_message();
  }
  for (const char* piece : pieces) {
    if (last_message().find(piece) == std::string::npos) {
      return ::testing::AssertionFailure()
             << "message lacks \"" << piece << "\": " << last_message();
    }
  }
  return ::testing::AssertionSuccess();
}

// A store with one village and one household "H1".
struct StoreFixture {
  TempDir dir;
  rg_store* store = nullptr;
  int64_t household_key = 0;

  StoreFixture() {
    const std::string path = dir.file("args.db");
    EXPECT_EQ(rg_store_open(&store, path.data(), path.size(), nullptr), RG_OK) << last_message();
    EXPECT_EQ(rg_households_put_region(store, kVillage, "红星村", std::strlen("红星村"), 0, 0, 0),
              RG_OK);
    rg_household_record h;
    rg_household_record_init(&h);
    std::strcpy(h.household_id, "H1");
    h.region_code = kVillage;
    EXPECT_EQ(rg_households_put(store, &h), RG_OK) << last_message();
    household_key = *HouseholdRepository(store->store).household_key("H1");
  }
  ~StoreFixture() { rg_store_close(store); }
  StoreFixture(const StoreFixture&) = delete;
  StoreFixture& operator=(const StoreFixture&) = delete;

  int64_t count_regions() {
    int64_t n = -1;
    EXPECT_EQ(rg_households_count(&n, nullptr, nullptr, nullptr, store), RG_OK);
    return n;
  }
  int64_t count_members() {
    int64_t n = -1;
    EXPECT_EQ(rg_households_count(nullptr, nullptr, &n, nullptr, store), RG_OK);
    return n;
  }
  int64_t open_case() {
    int64_t id = 0;
    EXPECT_EQ(
        rg_case_open(&id, store, household_key, RG_CHANNEL_CADRE_VISIT, kDay2024_06_01, "走访", 6),
        RG_OK)
        << last_message();
    return id;
  }
};

// ----- text ------------------------------------------------------------------------------------

TEST(CAbiArguments, NullTextWithALengthIsRefusedNamingTheArgument) {
  rg_money amount = 7;
  EXPECT_TRUE(refused(rg_money_parse(&amount, nullptr, 3, 0),
                      {"rg_money_parse", "'text'", "NULL with length 3"}));
  EXPECT_EQ(amount, 7);
  rg_date date = 9;
  EXPECT_TRUE(refused(rg_date_parse(&date, nullptr, 10), {"rg_date_parse", "'text'"}));
  EXPECT_EQ(date, 9);

  StoreFixture f;
  int64_t case_id = 0;
  EXPECT_TRUE(refused(rg_case_open(&case_id, f.store, f.household_key, RG_CHANNEL_CADRE_VISIT,
                                   kDay2024_06_01, nullptr, 5),
                      {"rg_case_open", "'note'", "NULL with length 5"}));
  EXPECT_EQ(case_id, 0);
  rg_case_info info;
  info.struct_size = sizeof info;
  EXPECT_EQ(rg_case_get(&info, f.store, 1), RG_ENOTFOUND) << "no case was opened";
}

TEST(CAbiArguments, NullTextWithLengthZeroIsEmptyText) {
  StoreFixture f;
  int64_t case_id = 0;
  EXPECT_EQ(rg_case_open(&case_id, f.store, f.household_key, RG_CHANNEL_CADRE_VISIT, kDay2024_06_01,
                         nullptr, 0),
            RG_OK)
      << last_message();
  EXPECT_GT(case_id, 0);
}

// ----- struct_size -----------------------------------------------------------------------------

TEST(CAbiArguments, StructLargerThanTheLibrarysIsAcceptedAndItsExtraBytesIgnored) {
  TempDir dir;
  struct {
    rg_store_options options;
    unsigned char newer_fields[24];
  } bigger;
  rg_store_options_init(&bigger.options);
  std::memset(bigger.newer_fields, 0xAB, sizeof bigger.newer_fields);
  bigger.options.struct_size = sizeof bigger;
  const std::string path = dir.file("bigger.db");
  rg_store* store = nullptr;
  ASSERT_EQ(rg_store_open(&store, path.data(), path.size(), &bigger.options), RG_OK)
      << last_message();

  struct {
    rg_household_record record;
    unsigned char newer_fields[16];
  } household{};
  rg_household_record_init(&household.record);
  household.record.struct_size = sizeof household;
  std::strcpy(household.record.household_id, "H9");
  household.record.region_code = kVillage;
  ASSERT_EQ(rg_households_put_region(store, kVillage, "红星村", std::strlen("红星村"), 0, 0, 0),
            RG_OK);
  EXPECT_EQ(rg_households_put(store, &household.record), RG_OK) << last_message();
  rg_store_close(store);

  // The asset calls used to demand struct_size == sizeof: a newer caller's larger struct now
  // passes.
  rg_asset_policy p;
  rg_asset_policy_init(&p);
  EXPECT_EQ(p.struct_size, sizeof(rg_asset_policy));
  StoreFixture f;
  rg_ledger* ledger = nullptr;
  rg_assets* assets = nullptr;
  ASSERT_EQ(rg_ledger_open(&ledger, f.store), RG_OK) << last_message();
  ASSERT_EQ(rg_assets_open(&assets, ledger), RG_OK) << last_message();
  struct {
    rg_asset_policy policy;
    unsigned char newer_fields[8];
  } bigger_policy{};
  rg_asset_policy_init(&bigger_policy.policy);
  bigger_policy.policy.struct_size = sizeof bigger_policy;
  EXPECT_EQ(rg_assets_set_policy(assets, &bigger_policy.policy), RG_OK) << last_message();
  struct {
    rg_asset_warning_options options;
    unsigned char newer_fields[8];
  } bigger_warnings{};
  rg_asset_warning_options_init(&bigger_warnings.options);
  bigger_warnings.options.struct_size = sizeof bigger_warnings;
  bigger_warnings.options.as_of = kDay2024_06_01;
  size_t count = 99;
  EXPECT_EQ(rg_assets_warnings(nullptr, 0, &count, assets, &bigger_warnings.options), RG_OK)
      << last_message();
  EXPECT_EQ(count, 0u);
  rg_assets_close(assets);
  rg_ledger_close(ledger);
}

TEST(CAbiArguments, StructSmallerThanTheLibrarysIsRefusedNamingTheStructAndBothSizes) {
  TempDir dir;
  rg_store_options options;
  rg_store_options_init(&options);
  options.struct_size = sizeof options - 1;
  const std::string path = dir.file("smaller.db");
  rg_store* store = nullptr;
  const std::string have = std::to_string(sizeof options - 1);
  const std::string want = std::to_string(sizeof options);
  EXPECT_TRUE(
      refused(rg_store_open(&store, path.data(), path.size(), &options),
              {"rg_store_open", "rg_store_options.struct_size is", have.c_str(), want.c_str()}));
  EXPECT_EQ(store, nullptr);

  StoreFixture f;
  rg_household_record h;
  rg_household_record_init(&h);
  std::strcpy(h.household_id, "H2");
  h.region_code = kVillage;
  h.struct_size = 8;
  EXPECT_TRUE(refused(rg_households_put(f.store, &h),
                      {"rg_households_put", "rg_household_record.struct_size is 8"}));
  int64_t households = 0;
  ASSERT_EQ(rg_households_count(nullptr, &households, nullptr, nullptr, f.store), RG_OK);
  EXPECT_EQ(households, 1) << "nothing written";

  rg_ledger* ledger = nullptr;
  rg_assets* assets = nullptr;
  ASSERT_EQ(rg_ledger_open(&ledger, f.store), RG_OK);
  ASSERT_EQ(rg_assets_open(&assets, ledger), RG_OK);
  rg_asset_policy p;
  rg_asset_policy_init(&p);
  p.struct_size = 4;
  EXPECT_TRUE(refused(rg_assets_set_policy(assets, &p),
                      {"rg_assets_set_policy", "rg_asset_policy.struct_size is 4"}));
  rg_assets_close(assets);
  rg_ledger_close(ledger);
}

// ----- enum values -----------------------------------------------------------------------------

TEST(CAbiArguments, RoundingOutOfRangeIsRefusedNamingTheValue) {
  rg_money out = 5;
  char text[32] = "unchanged";
  EXPECT_TRUE(refused(rg_money_format(text, sizeof text, nullptr, 10000, 2, 4, 0),
                      {"rg_money_format", "rounding 4 is not an RG_ROUND_* value (0..3)"}));
  EXPECT_STREQ(text, "unchanged");
  EXPECT_TRUE(refused(rg_money_div(&out, 10000, 3, 2, -1), {"rg_money_div", "rounding -1"}));
  EXPECT_TRUE(
      refused(rg_money_mul_ratio(&out, 10000, 1, 3, 2, 7), {"rg_money_mul_ratio", "rounding 7"}));
  EXPECT_EQ(out, 5);
  const rg_money incomes[] = {1, 2};
  size_t length = 0;
  EXPECT_TRUE(
      refused(rg_measures_fgt(text, sizeof text, &length, incomes, nullptr, 2, 10, 0, 0, 2, 9),
              {"rg_measures_fgt", "rounding 9"}));
}

TEST(CAbiArguments, CaseChannelOutOfRangeIsRefusedNamingTheValue) {
  StoreFixture f;
  int64_t case_id = 0;
  EXPECT_TRUE(refused(rg_case_open(&case_id, f.store, f.household_key, 9, kDay2024_06_01, "x", 1),
                      {"rg_case_open: channel 9 is not an RG_CHANNEL_* value (1..7)"}));
  EXPECT_EQ(case_id, 0);
  rg_case_info info;
  info.struct_size = sizeof info;
  EXPECT_EQ(rg_case_get(&info, f.store, 1), RG_ENOTFOUND) << "no case was opened";
}

TEST(CAbiArguments, CaseStepFieldsOutOfRangeAreRefusedNamingTheValueAndTheCaseStays) {
  StoreFixture f;
  const int64_t case_id = f.open_case();
  rg_case_info before;
  before.struct_size = sizeof before;
  ASSERT_EQ(rg_case_get(&before, f.store, case_id), RG_OK);

  rg_case_step step;
  rg_case_step_init(&step);
  step.date = kDay2024_06_01 + 1;
  step.actor = "王干部";
  step.actor_len = std::strlen(step.actor);
  step.consent_signed = 1;
  step.step = 11;  // 10 is RG_STEP_REASSESS (issue 16)
  EXPECT_TRUE(refused(rg_case_advance(nullptr, f.store, nullptr, case_id, &step),
                      {"argument 'policy' is NULL"}));
  rg_policy* policy = nullptr;
  ASSERT_EQ(rg::test::fixture_c_policy(&policy, "50", 2024), RG_OK) << last_message();
  EXPECT_TRUE(refused(rg_case_advance(nullptr, f.store, policy, case_id, &step),
                      {"rg_case_advance", "step->step 11 is not an RG_STEP_* value (1..10)"}));
  step.step = RG_STEP_VERIFY;
  step.category = 4;
  EXPECT_TRUE(refused(rg_case_advance(nullptr, f.store, policy, case_id, &step),
                      {"step->category 4 is not an RG_CATEGORY_* value (0..3)"}));
  step.category = 0;
  step.level = 9;
  EXPECT_TRUE(refused(rg_case_advance(nullptr, f.store, policy, case_id, &step),
                      {"step->level 9 is not an RG_LEVEL_* value (0..3)"}));
  step.level = 0;
  // Any elimination kind other than 0 (not given) and RG_ELIMINATION_* is refused: it used to
  // become "aided".
  step.elimination_kind = 3;
  EXPECT_TRUE(refused(rg_case_advance(nullptr, f.store, policy, case_id, &step),
                      {"step->elimination_kind 3 is not an RG_ELIMINATION_* value (1..2)"}));

  rg_case_info after;
  after.struct_size = sizeof after;
  ASSERT_EQ(rg_case_get(&after, f.store, case_id), RG_OK);
  EXPECT_EQ(after.state, RG_CASE_CLUE);
  EXPECT_EQ(after.events, before.events);

  step.elimination_kind = 0;
  uint8_t state = 0;
  EXPECT_EQ(rg_case_advance(&state, f.store, policy, case_id, &step), RG_OK) << last_message();
  EXPECT_EQ(state, RG_CASE_VERIFIED);
  rg_policy_free(policy);
}

// At the elimination approval the kind is required: 0 used to become "aided" silently.
TEST(CAbiArguments, EliminationApprovalWithoutAnEliminationKindIsRefused) {
  StoreFixture f;
  const int64_t case_id = f.open_case();
  rg_policy* policy = nullptr;
  ASSERT_EQ(rg::test::fixture_c_policy(&policy, "50", 2024), RG_OK);
  const auto advance = [&](uint8_t which, rg_date date,
                           const std::function<void(rg_case_step&)>& fill = {}) {
    rg_case_step s;
    rg_case_step_init(&s);
    s.step = which;
    s.date = date;
    s.actor = "王干部";
    s.actor_len = std::strlen(s.actor);
    if (fill) fill(s);
    return rg_case_advance(nullptr, f.store, policy, case_id, &s);
  };
  const rg_date day = kDay2024_06_01;
  ASSERT_EQ(advance(RG_STEP_VERIFY, day + 1, [](rg_case_step& s) { s.consent_signed = 1; }), RG_OK)
      << last_message();
  ASSERT_EQ(advance(RG_STEP_COMPARE, day + 2), RG_OK) << last_message();
  const auto votes = [](rg_case_step& s) {
    s.votes_for = 21;
    s.votes_against = 2;
  };
  ASSERT_EQ(advance(RG_STEP_REVIEW, day + 3, votes), RG_OK) << last_message();
  const auto notice = [](rg_date start) {
    return [start](rg_case_step& s) {
      s.notice_start = start;
      s.notice_end = start + 4;
    };
  };
  ASSERT_EQ(advance(RG_STEP_NOTICE, day + 4, notice(day + 4)), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_TOWNSHIP_APPROVE, day + 10), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_COUNTY_APPROVE, day + 12,
                    [](rg_case_step& s) {
                      s.category = RG_CATEGORY_MARGINAL;
                      s.level = RG_LEVEL_RED;
                      s.risk_mask = 1u << RG_RISK_ILLNESS;
                      s.contact_name = "李镇长";
                      s.contact_name_len = std::strlen(s.contact_name);
                      s.contact_phone = "13800000000";
                      s.contact_phone_len = 11;
                    }),
            RG_OK)
      << last_message();
  ASSERT_EQ(advance(RG_STEP_START_ELIMINATION, day + 150), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_REVIEW, day + 151, votes), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_NOTICE, day + 152, notice(day + 152)), RG_OK) << last_message();
  ASSERT_EQ(advance(RG_STEP_TOWNSHIP_APPROVE, day + 157), RG_OK) << last_message();

  EXPECT_TRUE(refused(
      advance(RG_STEP_COUNTY_APPROVE, day + 160),
      {"rg_case_advance: step->elimination_kind 0 is not an RG_ELIMINATION_* value (1..2)"}));
  rg_case_info info;
  info.struct_size = sizeof info;
  ASSERT_EQ(rg_case_get(&info, f.store, case_id), RG_OK);
  EXPECT_EQ(info.state, RG_CASE_ELIMINATION_TOWNSHIP_APPROVED);
  // With a kind the call reaches the gate (refused here on its own rules, not on the argument).
  EXPECT_NE(advance(RG_STEP_COUNTY_APPROVE, day + 160,
                    [](rg_case_step& s) { s.elimination_kind = RG_ELIMINATION_NATURAL; }),
            RG_EINVAL)
      << last_message();
  rg_policy_free(policy);
}

TEST(CAbiArguments, MeasureAndAlertEnumsOutOfRangeAreRefusedNamingTheValue) {
  StoreFixture f;
  const int64_t case_id = f.open_case();
  int64_t measure_id = 0;
  EXPECT_TRUE(
      refused(rg_case_add_measure(&measure_id, f.store, case_id, 17, kDay2024_06_01, RG_DATE_NONE,
                                  0, RG_MEASURE_PLANNED, "x", 1, "a", 1),
              {"rg_case_add_measure: category 17 is not an RG_MEASURE_* category value (1..16)"}));
  EXPECT_TRUE(
      refused(rg_case_add_measure(&measure_id, f.store, case_id, RG_MEASURE_HEALTH, kDay2024_06_01,
                                  RG_DATE_NONE, 0, 4, "x", 1, "a", 1),
              {"rg_case_add_measure: status 4 is not an RG_MEASURE_* status value (1..3)"}));
  EXPECT_EQ(measure_id, 0);
  EXPECT_TRUE(refused(rg_case_set_measure_status(f.store, 1, 0, kDay2024_06_01, "a", 1),
                      {"rg_case_set_measure_status: status 0"}));
  rg_alert_list* list = nullptr;
  EXPECT_TRUE(refused(rg_alerts_list(&list, f.store, 4),
                      {"rg_alerts_list: state 4 is not an RG_ALERT_* state value (1..3)"}));
  EXPECT_EQ(list, nullptr);
  ASSERT_EQ(rg_alerts_list(&list, f.store, 0), RG_OK) << "0 still lists every state";
  rg_alert_list_free(list);
}

TEST(CAbiArguments, RegionAndMemberCodesOutOfRangeAreRefusedNamingTheValue) {
  StoreFixture f;
  EXPECT_TRUE(refused(
      rg_households_put_region(f.store, 500112001002ULL, "新村", std::strlen("新村"), 0, 4, 0),
      {"rg_households_put_region: key_assist 4 is not an RG_KEY_ASSIST_* value (0..3)"}));
  EXPECT_TRUE(refused(
      rg_households_put_region(f.store, 500112001002ULL, "新村", std::strlen("新村"), 2, 0, 0),
      {"former_poverty_county must be 0 or 1, got 2"}));
  EXPECT_EQ(f.count_regions(), 1);

  rg_household_record h;
  rg_household_record_init(&h);
  std::strcpy(h.household_id, "H3");
  h.region_code = kVillage;
  h.type = 4;
  EXPECT_TRUE(refused(rg_households_put(f.store, &h),
                      {"rg_households_put: type 4 is not an RG_HOUSEHOLD_* value (1..3)"}));

  rg_member_record m;
  rg_member_record_init(&m);
  std::strcpy(m.person_id, "P1");
  std::strcpy(m.household_id, "H1");
  m.relation = 8;
  EXPECT_TRUE(refused(rg_members_put(f.store, &m),
                      {"rg_members_put: relation 8 is not an RG_RELATION_* value (1..7, 9)"}));
  m.relation = RG_RELATION_HEAD;
  m.sex = 3;
  EXPECT_TRUE(refused(rg_members_put(f.store, &m), {"sex 3 is not an RG_SEX_* value (1..2)"}));
  m.sex = RG_SEX_FEMALE;
  m.labour = 0;
  EXPECT_TRUE(
      refused(rg_members_put(f.store, &m), {"labour 0 is not an RG_LABOUR_* value (1..5)"}));
  EXPECT_EQ(f.count_members(), 0);
  m.labour = RG_LABOUR_ORDINARY;
  EXPECT_EQ(rg_members_put(f.store, &m), RG_OK) << last_message();

  rg_income_record income;
  rg_income_record_init(&income);
  std::strcpy(income.household_id, "H1");
  income.kind = 4;
  rg_money per_capita = 0;
  EXPECT_TRUE(refused(rg_income_compute(&per_capita, nullptr, &income, nullptr),
                      {"rg_income_compute: kind 4 is not an RG_INCOME_* value (1..3)"}));
}

TEST(CAbiArguments, RiskEnumsOutOfRangeAreRefusedNamingTheValue) {
  rg_policy* policy = nullptr;
  ASSERT_EQ(rg::test::fixture_c_policy(&policy, "50", 2024), RG_OK);
  rg_household_facts facts;
  rg_household_facts_init(&facts);
  facts.region_code = kVillage;
  facts.kind = 4;
  facts.members = 1;
  facts.income_period_end = kDay2024_06_01 - 30;
  rg_assessment a;
  a.struct_size = sizeof a;
  a.score = -77;
  EXPECT_TRUE(refused(rg_risk_assess(&a, &facts, policy, kDay2024_06_01),
                      {"kind 4 is not an RG_HOUSEHOLD_* value (1..3)"}));
  EXPECT_EQ(a.score, -77) << "out unchanged";
  facts.kind = RG_HOUSEHOLD_ORDINARY;
  size_t length = 0;
  EXPECT_TRUE(refused(rg_risk_explain(nullptr, 0, &length, &facts, policy, kDay2024_06_01, 2),
                      {"rg_risk_explain: language 2 is not an RG_LANGUAGE_* value (0..1)"}));
  rg_elimination_result r;
  r.struct_size = sizeof r;
  rg_case_facts c{};
  c.struct_size = sizeof c;
  c.identified = kDay2024_06_01 - 200;
  c.income_stable_since = RG_DATE_NONE;
  EXPECT_TRUE(refused(
      rg_risk_check_elimination(&r, nullptr, 0, nullptr, &c, &facts, policy, kDay2024_06_01, 3, 0),
      {"rg_risk_check_elimination: kind 3 is not an RG_ELIMINATION_* value (1..2)"}));
  rg_policy_free(policy);
}

// The summary rows' category and level used to be taken modulo 4 (5 became 1): now refused.
TEST(CAbiArguments, SummaryRowCategoryAndLevelOutOfRangeAreRefusedNotTakenModulo4) {
  const uint64_t region[] = {kVillage, kVillage};
  const uint8_t kind[] = {RG_HOUSEHOLD_ORDINARY, RG_HOUSEHOLD_FORMERLY_POOR};
  const int32_t members[] = {3, 4};
  const uint8_t within[] = {1, 1};
  uint8_t category[] = {RG_CATEGORY_MARGINAL, 5};
  uint8_t level[] = {RG_LEVEL_RED, RG_LEVEL_BLUE};
  rg_summary_households rows;
  rg_summary_households_init(&rows);
  rows.count = 2;
  rows.region = region;
  rows.kind = kind;
  rows.members = members;
  rows.within_monitoring = within;
  rows.category = category;
  rows.level = level;
  rg_summary* summary = nullptr;
  EXPECT_TRUE(refused(
      rg_summary_from_households(&summary, &rows),
      {"rg_summary_from_households: row 1: category 5 is not an RG_CATEGORY_* value (0..3)"}));
  EXPECT_EQ(summary, nullptr);
  category[1] = RG_CATEGORY_SUDDEN_SEVERE;
  level[0] = 4;
  EXPECT_TRUE(refused(rg_summary_from_households(&summary, &rows),
                      {"row 0: level 4 is not an RG_LEVEL_* value (0..3)"}));
  EXPECT_EQ(summary, nullptr);
  level[0] = RG_LEVEL_RED;
  ASSERT_EQ(rg_summary_from_households(&summary, &rows), RG_OK) << last_message();

  rg_summary* rolled = nullptr;
  EXPECT_TRUE(refused(rg_summary_roll_up(&rolled, summary, 6),
                      {"rg_summary_roll_up: level 6 is not an RG_REGION_* value (1..5)"}));
  EXPECT_EQ(rolled, nullptr);
  size_t length = 0;
  EXPECT_TRUE(refused(
      rg_report_render(nullptr, 0, &length, summary, kDay2024_06_01, 0, RG_REPORT_JSON, nullptr, 0),
      {"rg_report_render: detail_level 0 is not an RG_REGION_* value (1..5)"}));
  rg_summary_free(summary);
}

TEST(CAbiArguments, LedgerAndProjectEnumsOutOfRangeAreRefusedNamingTheValue) {
  StoreFixture f;
  rg_ledger* ledger = nullptr;
  ASSERT_EQ(rg_ledger_open(&ledger, f.store), RG_OK);
  size_t count = 7;
  EXPECT_TRUE(refused(rg_ledger_totals(nullptr, 0, &count, ledger, 5, 0, kDay2024_06_01),
                      {"rg_ledger_totals: by 5 is not an RG_TOTALS_BY_* value (1..4)"}));
  rg_project p{};
  p.id = 7;
  p.region = kVillage;
  p.fiscal_year = 2024;
  p.type = 8;
  EXPECT_TRUE(
      refused(rg_project_add(ledger, &p, "路", std::strlen("路"), kDay2024_06_01),
              {"rg_project_add: project->type 8 is not an RG_PROJECT_TYPE_* value (1..7)"}));
  uint8_t status = 0;
  EXPECT_EQ(rg_project_status(&status, ledger, 7), RG_ENOTFOUND) << "nothing added";
  p.type = RG_PROJECT_TYPE_RURAL_CONSTRUCTION;
  ASSERT_EQ(rg_project_add(ledger, &p, "路", std::strlen("路"), kDay2024_06_01), RG_OK)
      << last_message();
  EXPECT_TRUE(
      refused(rg_project_transition(ledger, 7, 9, kDay2024_06_01 + 1),
              {"rg_project_transition: status 9 is not an RG_PROJECT_* status value (1..8)"}));
  ASSERT_EQ(rg_project_status(&status, ledger, 7), RG_OK);
  EXPECT_EQ(status, RG_PROJECT_RESERVE);
  EXPECT_TRUE(
      refused(rg_project_set_public_notice(ledger, 7, 2), {"on_notice must be 0 or 1, got 2"}));
  rg_ledger_close(ledger);
}

TEST(CAbiArguments, AssetEnumsOutOfRangeAreRefusedNamingTheValue) {
  StoreFixture f;
  rg_ledger* ledger = nullptr;
  rg_assets* assets = nullptr;
  ASSERT_EQ(rg_ledger_open(&ledger, f.store), RG_OK);
  ASSERT_EQ(rg_assets_open(&assets, ledger), RG_OK);

  rg_asset_draft d{};
  d.id = 1;
  d.region = kVillage;
  d.value = 100000 * RG_MONEY_UNITS_PER_YUAN;
  d.name = "光伏";
  d.name_len = std::strlen(d.name);
  d.asset_class = RG_ASSET_CLASS_OPERATING;
  d.subtype = 16;
  d.management.mode = RG_OPERATION_LEASE;
  const auto capitalise = [&] { return rg_assets_capitalise(assets, 7, kDay2024_06_01, &d, 1); };
  EXPECT_TRUE(refused(
      capitalise(),
      {"rg_assets_capitalise: drafts[0].subtype 16 is not an RG_ASSET_SUBTYPE_* value (1..15)"}));
  d.subtype = RG_ASSET_SUBTYPE_PHOTOVOLTAIC;
  d.asset_class = 0;
  EXPECT_TRUE(
      refused(capitalise(), {"drafts[0].asset_class 0 is not an RG_ASSET_CLASS_* value (1..3)"}));
  d.asset_class = RG_ASSET_CLASS_OPERATING;
  d.owner = 7;
  EXPECT_TRUE(refused(capitalise(), {"drafts[0].owner 7 is not an RG_PARTY_* value (1..6)"}));
  d.owner = 0;
  d.rights[RG_RIGHT_OWNERSHIP] =
      RG_PARTY_VILLAGE_COLLECTIVE;  // the others still 0: not all defaults
  EXPECT_TRUE(refused(capitalise(), {"drafts[0].rights[1] 0 is not an RG_PARTY_* value (1..6)"}));
  d.rights[RG_RIGHT_OWNERSHIP] = 0;
  d.management.mode = 6;
  EXPECT_TRUE(
      refused(capitalise(), {"drafts[0].management.mode 6 is not an RG_OPERATION_* value (1..5)"}));
  d.management.mode = RG_OPERATION_LEASE;
  d.management.farmer_link = 5;
  EXPECT_TRUE(
      refused(capitalise(),
              {"drafts[0].management.farmer_link 5 is not an RG_FARMER_LINK_* value (0..4)"}));
  rg_asset_info info;
  EXPECT_EQ(rg_assets_get(&info, assets, 1), RG_ENOTFOUND) << "nothing registered";

  EXPECT_TRUE(refused(rg_assets_set_status(assets, 1, 9, kDay2024_06_01),
                      {"rg_assets_set_status: status 9 is not an RG_ASSET_STATUS_* value (1..8)"}));
  EXPECT_TRUE(refused(
      rg_assets_request_disposal(assets, 1, RG_DISPOSAL_REASON_DISASTER, 7, 0, kDay2024_06_01),
      {"rg_assets_request_disposal: disposal method 7 is not an RG_DISPOSAL_METHOD_* value "
       "(1..6)"}));
  EXPECT_TRUE(
      refused(rg_assets_approve_disposal(assets, 1, 5, kDay2024_06_01, "", 0),
              {"rg_assets_approve_disposal: level 5 is not an RG_APPROVAL_* value (1..4)"}));
  size_t count = 0;
  EXPECT_TRUE(refused(rg_assets_totals(nullptr, 0, &count, assets, 4, 0),
                      {"rg_assets_totals: by 4 is not an RG_ASSET_TOTALS_BY_* value (1..3)"}));

  const uint64_t households[] = {static_cast<uint64_t>(f.household_key)};
  rg_distribution_purpose purpose{};
  purpose.households = households;
  purpose.household_count = 1;
  purpose.weight = 1;
  purpose.purpose = 13;
  rg_distribution_plan plan;
  rg_distribution_plan_init(&plan);
  plan.plan_id = 1;
  plan.asset_id = 1;
  plan.year = 2024;
  plan.purposes = &purpose;
  plan.purpose_count = 1;
  plan.decision_date = plan.notice_start = plan.notice_end = kDay2024_06_01;
  EXPECT_TRUE(refused(
      rg_assets_add_distribution(assets, &plan),
      {"rg_assets_add_distribution: purposes[0].purpose 13 is not an RG_PURPOSE_* value (1..12)"}));
  rg_assets_close(assets);
  rg_ledger_close(ledger);
}

TEST(CAbiArguments, CsvImportModeOutOfRangeIsRefusedNamingTheValue) {
  StoreFixture f;
  rg_csv_files files{};
  files.struct_size = sizeof files;
  rg_csv_import_options options;
  rg_csv_import_options_init(&options);
  options.mode = 2;
  EXPECT_TRUE(
      refused(rg_households_import_csv(nullptr, f.store, &files, &options),
              {"rg_households_import_csv: options->mode 2 is not an RG_CSV_* value (0..1)"}));
  EXPECT_EQ(f.count_regions(), 1);
}

}  // namespace
}  // namespace rg::test
