// Named limits of the store entry points: file paths, household and member keys, phone, region
// name, policy and run keys, monitoring-case texts and department-record batches. Each limit is
// accepted at its value and refused one past it with RG_ELIMIT / Error(kLimit), writing nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "capi/handles.hpp"
#include "test_support/fixture_policy.hpp"
#include "capi/limits_support.hpp"
#include "domain/people.hpp"
#include "ruralguard/assessment_store.hpp"
#include "ruralguard/assistance.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/households_repo.hpp"
#include "store/store_impl.hpp"
#include "test_support/temp_dir.hpp"

namespace rg::test {
namespace {

constexpr rg_date kDay2024_06_01 = 19875;  // days since 1970-01-01

// A path of exactly `bytes` bytes naming dir/<name>: "./" elements pad it without changing the
// file it names.
std::string path_of_length(const TempDir& dir, std::size_t bytes) {
  const std::string head = dir.path().string() + "/";
  std::string name = "limit.db";
  if ((bytes - head.size() - name.size()) % 2 != 0) name = "limit1.db";
  std::string path = head;
  while (path.size() + name.size() < bytes) path += "./";
  return path + name;
}

struct Fixture {
  TempDir dir;
  rg_store* store = nullptr;
  int64_t household_key = 0;

  Fixture() {
    const std::string path = dir.file("limits.db");
    EXPECT_EQ(rg_store_open(&store, path.data(), path.size(), nullptr), RG_OK) << last_message();
    HouseholdRepository repo(store->store);
    repo.upsert_region(make_region(RegionCode::parse("500112001001"), "红星村"));
    household_key = repo.upsert_household(household("H1"));
  }
  ~Fixture() { rg_store_close(store); }
  Fixture(const Fixture&) = delete;
  Fixture& operator=(const Fixture&) = delete;

  int64_t count(const char* table) {
    return rg::store::database_of(store->store).sql().execAndGet(std::string("SELECT COUNT(*) FROM ") + table).getInt64();
  }
};

TEST(Limits, DatabasePathOf4096BytesOpensAndOneMoreByteIsRefused) {
  TempDir dir;
  const std::string at_limit = path_of_length(dir, RG_PATH_MAX);
  ASSERT_EQ(at_limit.size(), RG_PATH_MAX);
  {
    Store store(at_limit);
    EXPECT_GT(store.schema_version(), 0);
  }
  const std::string past = path_of_length(dir, RG_PATH_MAX + 1);
  ASSERT_EQ(past.size(), RG_PATH_MAX + 1);
  rg_store* store = reinterpret_cast<rg_store*>(&dir);  // must be reset to NULL
  EXPECT_C_LIMIT(rg_store_open(&store, past.data(), past.size(), nullptr), "kPathBytesMax", "4097 bytes");
  EXPECT_EQ(store, nullptr);
  EXPECT_FALSE(std::filesystem::exists(dir.file("limit1.db")) && std::filesystem::exists(dir.file("limit.db")));
}

TEST(Limits, CsvPathOnePastTheLimitIsRefusedBeforeAnyFileIsWritten) {
  Fixture f;
  const std::string past = path_of_length(f.dir, RG_PATH_MAX + 1);
  const std::string ok = f.dir.file("households.csv");
  rg_csv_files files{};
  files.struct_size = sizeof files;
  files.households = ok.data();
  files.households_len = ok.size();
  files.members = past.data();
  files.members_len = past.size();
  EXPECT_C_LIMIT(rg_households_export_csv(f.store, &files), "kPathBytesMax", "4097 bytes");
  EXPECT_FALSE(std::filesystem::exists(ok));
}

TEST(Limits, HouseholdIdOf64BytesIsStoredAndFoundAnd65AreRefused) {
  Fixture f;
  HouseholdRepository repo(f.store->store);
  const std::string id(RG_HOUSEHOLD_ID_MAX, 'h');
  repo.upsert_household(household(id));
  rg_household_record out;
  rg_household_record_init(&out);
  ASSERT_EQ(rg_households_get(&out, f.store, id.data(), id.size()), RG_OK) << last_message();
  EXPECT_EQ(std::string(out.household_id), id);

  const std::string past = id + "h";
  const Outcome put = outcome_of([&] { repo.upsert_household(household(past)); });
  EXPECT_EQ(put.code, ErrorCode::kLimit) << put.message;
  EXPECT_NE(put.message.find("1..64"), std::string::npos) << put.message;
  EXPECT_EQ(f.count("rg_households"), 2);
  EXPECT_C_LIMIT(rg_households_get(&out, f.store, past.data(), past.size()), "RG_HOUSEHOLD_ID_MAX", "65 bytes");
  std::size_t members = 0;
  EXPECT_C_LIMIT(rg_members_list(nullptr, 0, &members, f.store, past.data(), past.size()), "RG_HOUSEHOLD_ID_MAX",
                 "65 bytes");
}

TEST(Limits, PhoneOf32BytesIsStoredAnd33AreRefused) {
  Fixture f;
  HouseholdRepository repo(f.store->store);
  Household h = household("H2");
  h.phone.assign(RG_PHONE_MAX, '1');
  repo.upsert_household(h);
  h.household_id = "H3";
  h.phone.push_back('1');
  const Outcome o = outcome_of([&] { repo.upsert_household(h); });
  EXPECT_EQ(o.code, ErrorCode::kLimit) << o.message;
  EXPECT_NE(o.message.find("32"), std::string::npos) << o.message;
  EXPECT_EQ(f.count("rg_households"), 2);
}

TEST(Limits, PersonIdOf64BytesIsStoredAndFoundAnd65AreRefused) {
  Fixture f;
  HouseholdRepository repo(f.store->store);
  const std::string id(RG_HOUSEHOLD_ID_MAX, 'p');
  repo.upsert_member(adult(id, "H1"));
  rg_member_record out;
  rg_member_record_init(&out);
  ASSERT_EQ(rg_members_get(&out, f.store, id.data(), id.size()), RG_OK) << last_message();
  EXPECT_EQ(std::string(out.person_id), id);

  const std::string past = id + "p";
  const Outcome put = outcome_of([&] { repo.upsert_member(adult(past, "H1")); });
  EXPECT_EQ(put.code, ErrorCode::kLimit) << put.message;
  EXPECT_EQ(f.count("rg_members"), 1);
  EXPECT_C_LIMIT(rg_members_get(&out, f.store, past.data(), past.size()), "RG_HOUSEHOLD_ID_MAX", "65 bytes");
}

TEST(Limits, IdNumberLookupOf32BytesIsAskedAnd33AreRefused) {
  Fixture f;
  rg_member_record out;
  rg_member_record_init(&out);
  const std::string at_limit(RG_ID_NUMBER_MAX, '1');
  EXPECT_EQ(rg_members_find_by_id_number(&out, f.store, at_limit.data(), at_limit.size()), RG_ENOTFOUND);
  const std::string past = at_limit + "1";
  EXPECT_C_LIMIT(rg_members_find_by_id_number(&out, f.store, past.data(), past.size()), "RG_ID_NUMBER_MAX",
                 "33 bytes");
  EXPECT_EQ(last_message().find(past), std::string::npos);  // personal data stays out of messages
}

TEST(Limits, RegionNameOf200BytesIsStoredAnd201AreRefused) {
  Fixture f;
  const std::string name(RG_REGION_NAME_MAX, 'r');
  ASSERT_EQ(rg_households_put_region(f.store, 500112001002ull, name.data(), name.size(), 0, 0, 0), RG_OK)
      << last_message();
  const std::string past = name + "r";
  EXPECT_C_LIMIT(rg_households_put_region(f.store, 500112001003ull, past.data(), past.size(), 0, 0, 0),
                 "RG_REGION_NAME_MAX", "201 bytes");
  EXPECT_EQ(f.count("rg_regions"), 2);
}

TEST(Limits, PolicyLookupIdOf64BytesIsAskedAnd65AreRefused) {
  Fixture f;
  rg_policy* policy = nullptr;
  const std::string id(RG_POLICY_ID_MAX, 'x');
  EXPECT_EQ(rg_store_load_policy(&policy, f.store, id.data(), id.size(), 0), RG_ENOTFOUND);
  const std::string past = id + "x";
  EXPECT_C_LIMIT(rg_store_load_policy(&policy, f.store, past.data(), past.size(), 0), "kPolicyIdBytesMax",
                 "65 bytes");
  EXPECT_EQ(policy, nullptr);
}

TEST(Limits, RunLabelOf256BytesIsStoredAnd257AreRefused) {
  Fixture f;
  const Policy policy = rg::test::fixture_policy("50", 2024);
  const std::vector<uint64_t> keys{1};
  const std::vector<uint8_t> flag{0};
  const std::vector<uint32_t> mask{0};
  const std::vector<int32_t> score{0};
  const std::vector<int32_t> visit{INT32_MIN};
  const RunResults results{keys, flag, flag, flag, mask, score, visit};
  const Date as_of = Date::from_ymd(2024, 12, 31);
  record_assessment_run(f.store->store, policy, as_of, results, std::string(RG_RUN_LABEL_MAX, 'l'));
  EXPECT_CPP_LIMIT(outcome_of([&] {
                     record_assessment_run(f.store->store, policy, as_of, results, std::string(RG_RUN_LABEL_MAX + 1, 'l'));
                   }),
                   "kRunLabelBytesMax", "257 bytes");
  EXPECT_EQ(f.count("rg_assessment_runs"), 1);

  // The C call refuses the label before copying it.
  rg_policy* c_policy = nullptr;
  ASSERT_EQ(rg::test::fixture_c_policy(&c_policy, "50", 2024), RG_OK);
  uint8_t within = 0, category = 0, level = 0;
  uint32_t risk_mask = 0;
  int32_t c_score = 0, next_visit = INT32_MIN;
  rg_assessment_columns c_results{};
  c_results.struct_size = sizeof c_results;
  c_results.within_monitoring = &within;
  c_results.category = &category;
  c_results.level = &level;
  c_results.risk_mask = &risk_mask;
  c_results.score = &c_score;
  c_results.next_visit = &next_visit;
  const uint64_t key = 2;
  const std::string label(RG_RUN_LABEL_MAX + 1, 'l');
  int64_t run_id = 0;
  EXPECT_C_LIMIT(rg_risk_run_record(&run_id, f.store, c_policy, 20089, &key, 1, &c_results, label.data(), label.size()),
                 "RG_RUN_LABEL_MAX", "257 bytes");
  EXPECT_EQ(f.count("rg_assessment_runs"), 1);
  ASSERT_EQ(rg_risk_run_record(&run_id, f.store, c_policy, 20089, &key, 1, &c_results, label.data(), RG_RUN_LABEL_MAX),
            RG_OK)
      << last_message();
  EXPECT_EQ(f.count("rg_assessment_runs"), 2);
  rg_policy_free(c_policy);
}

TEST(Limits, CaseNoteOf2000BytesOpensACaseAnd2001AreRefused) {
  Fixture f;
  int64_t case_id = 0;
  const std::string past(RG_CASE_TEXT_MAX + 1, 'n');
  EXPECT_C_LIMIT(rg_case_open(&case_id, f.store, f.household_key, RG_CHANNEL_SELF_DECLARED, kDay2024_06_01, past.data(),
                              past.size()),
                 "kCaseTextBytesMax", "2001 bytes");
  EXPECT_EQ(f.count("rg_cases"), 0);
  ASSERT_EQ(rg_case_open(&case_id, f.store, f.household_key, RG_CHANNEL_SELF_DECLARED, kDay2024_06_01, past.data(),
                         RG_CASE_TEXT_MAX),
            RG_OK)
      << last_message();
  EXPECT_EQ(f.count("rg_cases"), 1);

  // Visit texts.
  CaseRepository repo(f.store->store);
  Visit v{case_id, Date::from_ymd(2024, 6, 2), "王干部", std::string(RG_CASE_TEXT_MAX, 'v')};
  repo.record_visit(v);
  v.findings.push_back('v');
  EXPECT_CPP_LIMIT(outcome_of([&] { repo.record_visit(v); }), "kCaseTextBytesMax", "2001 bytes");
  EXPECT_EQ(f.count("rg_visits"), 1);

  // Contact person fields are checked before the step is tried (here it is not allowed: kState).
  StepInput step;
  step.step = CaseStep::kCountyApprove;
  step.date = Date::from_ymd(2024, 6, 3);
  step.actor = "县审批";
  step.contact = ContactPerson{std::string(RG_CASE_TEXT_MAX, 'c'), "13800000000", "乡科级领导干部"};
  const Policy policy = rg::test::fixture_policy("50", 2024);
  EXPECT_EQ(outcome_of([&] { repo.advance(case_id, step, policy); }).code, ErrorCode::kState);
  step.contact->name.push_back('c');
  EXPECT_CPP_LIMIT(outcome_of([&] { repo.advance(case_id, step, policy); }), "kCaseTextBytesMax", "2001 bytes");
  step.contact->name = "李镇长";
  step.contact->phone.assign(RG_CASE_TEXT_MAX + 1, '1');
  EXPECT_CPP_LIMIT(outcome_of([&] { repo.advance(case_id, step, policy); }), "contact phone", "2001 bytes");
}

TEST(Limits, MeasureContentOf1000BytesIsValidAnd1001AreRefused) {
  Measure m;
  m.case_id = 1;
  m.category = MeasureCategory::kIndustry;
  m.content.assign(RG_MEASURE_CONTENT_MAX, 'm');
  m.start = Date::from_ymd(2024, 6, 1);
  EXPECT_TRUE(outcome_of([&] { validate_measure(m); }).ok);
  m.content.push_back('m');
  EXPECT_CPP_LIMIT(outcome_of([&] { validate_measure(m); }), "kMeasureContentBytesMax", "1001 bytes");
}

TEST(Limits, DepartmentRecordCountPassesAtTheLimitAndIsRefusedOnePast) {
  Fixture f;
  rg_policy* policy = nullptr;
  ASSERT_EQ(rg::test::fixture_c_policy(&policy, "50", 2024), RG_OK);
  rg_department_records records{};
  records.struct_size = sizeof records;
  rg_ingest_result result{};
  result.struct_size = sizeof result;
  records.count = RG_INGEST_RECORDS_MAX;  // no columns: passes the count, stops at the columns
  EXPECT_EQ(rg_cases_ingest(&result, nullptr, f.store, policy, &records), RG_EINVAL);
  EXPECT_NE(last_message().find("required column"), std::string::npos) << last_message();
  records.count = RG_INGEST_RECORDS_MAX + 1;
  EXPECT_C_LIMIT(rg_cases_ingest(&result, nullptr, f.store, policy, &records), "RG_INGEST_RECORDS_MAX", "10000001");
  EXPECT_EQ(f.count("rg_clues"), 0);
  rg_policy_free(policy);
}

}  // namespace
}  // namespace rg::test
