/* The C ABI exercised from a C99 compiler (-std=c99 -pedantic -Werror). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ruralguard/ruralguard.h"

static int failures = 0;

#define CHECK(cond)                                                    \
  do {                                                                 \
    if (!(cond)) {                                                     \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                      \
    }                                                                  \
  } while (0)

#define PIN(name, value) CHECK((name) == (value) && strcmp(rg_status_name(name), #name) == 0)

static void status_codes_are_pinned(void) {
  CHECK(RG_OK == 0 && strcmp(rg_status_name(RG_OK), "RG_OK") == 0);
  PIN(RG_EINVAL, -1);
  PIN(RG_EPARSE, -2);
  PIN(RG_EOVERFLOW, -3);
  PIN(RG_ERANGE, -4);
  PIN(RG_EPRECISION, -5);
  PIN(RG_ENOTFOUND, -6);
  PIN(RG_EEXISTS, -7);
  PIN(RG_ECONFLICT, -8);
  PIN(RG_ESTATE, -9);
  PIN(RG_ELIMIT, -10);
  PIN(RG_EIO, -11);
  PIN(RG_ECORRUPT, -12);
  PIN(RG_EBUSY, -13);
  PIN(RG_EVERSION, -14);
  PIN(RG_EBALANCE, -15);
  PIN(RG_EREFUSED, -16);
  PIN(RG_EBUFFER, -17);
  PIN(RG_ENOMEM, -18);
  PIN(RG_EINTERNAL, -99);
  CHECK(strcmp(rg_status_name(-12345), "RG_E?") == 0);
  CHECK(RG_ROUND_HALF_UP == 0 && RG_ROUND_HALF_EVEN == 1 && RG_ROUND_DOWN == 2 && RG_ROUND_UP == 3);
  CHECK(RG_REGION_PROVINCE == 1 && RG_REGION_VILLAGE == 5);
}

static void versions_match_the_header(void) {
  char expected[32];
  CHECK(rg_version_number() == RG_VERSION_NUMBER);
  sprintf(expected, "%d.%d.%d", RG_VERSION_MAJOR, RG_VERSION_MINOR, RG_VERSION_PATCH);
  CHECK(strcmp(rg_version_string(), expected) == 0);
}

static void money_round_trip(void) {
  rg_money a = 0, b = 0, sum = 0;
  char buf[48];
  size_t len = 0;
  CHECK(rg_money_parse(&a, "36.82亿", strlen("36.82亿"), 0) == RG_OK);
  CHECK(a == (rg_money)3682000000LL * RG_MONEY_UNITS_PER_YUAN);
  CHECK(rg_money_parse(&b, "0.125", 5, 0) == RG_OK);
  CHECK(rg_money_add(&sum, a, b) == RG_OK);
  CHECK(rg_money_format(buf, sizeof buf, &len, sum, 2, RG_ROUND_HALF_UP, RG_MONEY_FORMAT_THOUSANDS) == RG_OK);
  CHECK(strcmp(buf, "3,682,000,000.13") == 0 && len == strlen(buf));
  CHECK(rg_money_format(buf, 4, NULL, sum, 2, RG_ROUND_HALF_UP, 0) == RG_EBUFFER);
  CHECK(rg_money_mul_ratio(&sum, b, 1, 1, 2, RG_ROUND_HALF_EVEN) == RG_OK && sum == 1200);
  CHECK(rg_money_div(&sum, 1000000, 3, 2, RG_ROUND_HALF_UP) == RG_OK && sum == 333300);
}

static void money_errors_are_named(void) {
  rg_money out = 42;
  CHECK(rg_money_parse(&out, "12,34", 5, 0) == RG_EPARSE && out == 42);
  CHECK(strstr(rg_last_error_message(), "12,34") != NULL);
  CHECK(rg_money_parse(&out, "1e5", 3, 0) == RG_EPARSE);
  CHECK(rg_money_parse(&out, "", 0, 0) == RG_EPARSE);
  CHECK(rg_money_parse(&out, NULL, 0, 0) == RG_EPARSE);
  CHECK(rg_money_parse(&out, "123456789012345678901234567890", 30, 0) == RG_EOVERFLOW);
  CHECK(rg_money_parse(&out, "0.00001", 7, 0) == RG_EPRECISION);
  CHECK(rg_money_check_fen(1234500) == RG_OK);
  CHECK(rg_money_check_fen(1234501) == RG_EPRECISION);
  CHECK(strstr(rg_last_error_message(), "not a whole number of fen") != NULL);
  CHECK(rg_money_add(&out, INT64_MAX, 1) == RG_EOVERFLOW);
  CHECK(rg_money_mul_ratio(&out, 1, 1, 0, 2, RG_ROUND_UP) == RG_EINVAL);
  CHECK(rg_money_mul_ratio(&out, 1, 1, 1, 2, 7) == RG_EINVAL);
  CHECK(rg_money_format(NULL, 10, NULL, 1, 2, RG_ROUND_UP, 0) == RG_EINVAL);
  CHECK(rg_money_parse(&out, "1", 1, 0x80u) == RG_EINVAL);
}

static void null_pointers_never_crash(void) {
  int64_t w[3] = {1, 1, 1};
  rg_money parts[3];
  CHECK(rg_money_parse(NULL, "1", 1, 0) == RG_EINVAL);
  CHECK(strstr(rg_last_error_message(), "out") != NULL);
  CHECK(rg_money_parse((rg_money*)parts, NULL, 3, 0) == RG_EINVAL);
  CHECK(rg_money_add(NULL, 1, 2) == RG_EINVAL);
  CHECK(rg_money_sub(NULL, 1, 2) == RG_EINVAL);
  CHECK(rg_money_mul_ratio(NULL, 1, 1, 1, 2, 0) == RG_EINVAL);
  CHECK(rg_money_div(NULL, 1, 1, 2, 0) == RG_EINVAL);
  CHECK(rg_money_allocate(NULL, 100, w, 3) == RG_EINVAL);
  CHECK(rg_money_allocate(parts, 100, NULL, 3) == RG_EINVAL);
  CHECK(rg_money_allocate_fen(parts, 100, w, 0) == RG_EINVAL);
  CHECK(rg_date_parse(NULL, "2024-01-01", 10) == RG_EINVAL);
  CHECK(rg_date_from_ymd(NULL, 2024, 1, 1) == RG_EINVAL);
  CHECK(rg_date_to_ymd(NULL, NULL, NULL, 0) == RG_EINVAL);
  CHECK(rg_date_format(NULL, 11, 0) == RG_EINVAL);
  CHECK(rg_date_add_months(NULL, 0, 1) == RG_EINVAL);
  CHECK(rg_region_parse(NULL, NULL, "500112001001", 12) == RG_EINVAL);
  CHECK(rg_region_parent(NULL, 500112001001ULL) == RG_EINVAL);
  CHECK(rg_region_is_within(NULL, 500112001001ULL, "50", 2) == RG_EINVAL);
}

static void allocation_sums_exactly(void) {
  int64_t w[3] = {1, 1, 1};
  rg_money parts[3] = {0, 0, 0};
  CHECK(rg_money_allocate_fen(parts, 1000000, w, 3) == RG_OK);
  CHECK(parts[0] == 333400 && parts[1] == 333300 && parts[2] == 333300);
  CHECK(rg_money_allocate_fen(parts, 1000001, w, 3) == RG_EPRECISION);
  CHECK(rg_money_allocate(parts, 1000001, w, 3) == RG_OK);
  CHECK(parts[0] + parts[1] + parts[2] == 1000001);
  w[1] = -1;
  CHECK(rg_money_allocate(parts, 100, w, 3) == RG_EINVAL);
}

static void dates_and_regions(void) {
  rg_date d = 0, e = 0;
  int32_t y = 0, m = 0, day = 0;
  char buf[11];
  uint64_t code = 0, parent = 0;
  uint8_t level = 0, within = 0;
  CHECK(rg_date_parse(&d, "2024-01-31", 10) == RG_OK);
  CHECK(rg_date_add_months(&e, d, 1) == RG_OK);
  CHECK(rg_date_format(buf, sizeof buf, e) == RG_OK && strcmp(buf, "2024-02-29") == 0);
  CHECK(rg_date_to_ymd(&y, &m, &day, e) == RG_OK && y == 2024 && m == 2 && day == 29);
  CHECK(rg_date_parse(&d, "2023-02-29", 10) == RG_ERANGE);
  CHECK(rg_date_parse(&d, "2024-2-3", 8) == RG_EPARSE);
  CHECK(rg_date_parse(&d, "2024-13-01", 10) == RG_ERANGE);
  CHECK(rg_date_format(buf, 5, 0) == RG_EBUFFER);
  CHECK(rg_region_parse(&code, &level, "500112001001", 12) == RG_OK);
  CHECK(code == 500112001001ULL && level == RG_REGION_VILLAGE);
  CHECK(rg_region_parent(&parent, code) == RG_OK && parent == 500112001000ULL);
  CHECK(rg_region_is_within(&within, code, "500112", 6) == RG_OK && within == 1);
  CHECK(rg_region_parse(&code, &level, "500112000001", 12) == RG_ERANGE);
  CHECK(strstr(rg_last_error_message(), "township") != NULL);
  CHECK(rg_region_parse(&code, &level, "5001", 4) == RG_EPARSE);
  CHECK(rg_region_parent(&parent, 500000000000ULL) == RG_ERANGE);
}

static void store_open_and_close(void) {
  rg_store* store = NULL;
  rg_store_options options;
  int32_t version = 0;
  char path[64];
  sprintf(path, "/tmp/rg_c_api_test_%ld.db", (long)rg_version_number() + (long)sizeof(options));
  remove(path);
  rg_store_options_init(&options);
  CHECK(options.struct_size == sizeof(options) && options.synchronous_full == 1);
  CHECK(rg_store_open(&store, path, strlen(path), &options) == RG_OK && store != NULL);
  CHECK(rg_store_schema_version(&version, store) == RG_OK && version >= 1);
  rg_store_close(store);
  rg_store_close(NULL);
  CHECK(rg_store_open(&store, "/nonexistent-dir/x.db", 21, NULL) == RG_EIO && store == NULL);
  CHECK(strstr(rg_last_error_message(), "/nonexistent-dir/x.db") != NULL);
  options.struct_size = 4;
  CHECK(rg_store_open(&store, path, strlen(path), &options) == RG_EINVAL);
  CHECK(rg_store_open(NULL, path, strlen(path), NULL) == RG_EINVAL);
  CHECK(rg_store_schema_version(&version, NULL) == RG_EINVAL);
  remove(path);
}

static void risk_from_c(void) {
  rg_policy* policy = NULL;
  rg_household_facts facts;
  rg_assessment a;
  rg_date as_of = 0, period_end = 0;
  rg_money threshold = 0;
  size_t len = 0, failed = 99;
  char text[2048];
  uint64_t regions[3] = {530122001001ULL, 530122001002ULL, 530122001003ULL};
  uint8_t kinds[3] = {RG_HOUSEHOLD_FORMERLY_POOR, RG_HOUSEHOLD_ORDINARY, RG_HOUSEHOLD_ORDINARY};
  rg_money pci[3] = {6000LL * 10000, 15000LL * 10000, 8699LL * 10000};
  rg_money net[3] = {24000LL * 10000, 60000LL * 10000, 34796LL * 10000};
  rg_date ends[3];
  int32_t members[3] = {4, 4, 4}, labour[3] = {0, 2, 2}, zero_members[3] = {4, 0, 4};
  uint8_t within[3] = {9, 9, 9}, level[3] = {9, 9, 9};
  int32_t status[3] = {9, 9, 9};
  rg_household_columns in;
  rg_assessment_columns out;

  CHECK(rg_policy_default(&policy, "53", 2, 2025) == RG_OK && policy != NULL);
  CHECK(rg_policy_threshold(&threshold, policy, regions[0]) == RG_OK && threshold == 8700LL * 10000);
  {
    /* Issue 16 (DOMAIN.md 1.2): no sourced policy for Guangdong 2024, so no silent 6,000 floor:
     * RG_ENOTFOUND naming the province and the year. */
    rg_policy* guangdong = NULL;
    CHECK(rg_policy_default(&guangdong, "44", 2, 2024) == RG_ENOTFOUND && guangdong == NULL);
    CHECK(strstr(rg_last_error_message(), "no policy for province 44 year 2024") != NULL);
  }
  CHECK(rg_date_from_ymd(&as_of, 2025, 3, 1) == RG_OK);
  CHECK(rg_date_from_ymd(&period_end, 2024, 12, 31) == RG_OK);
  rg_household_facts_init(&facts);
  facts.kind = RG_HOUSEHOLD_FORMERLY_POOR;
  facts.region_code = regions[0];
  facts.per_capita_income = pci[0];
  facts.net_income = net[0];
  facts.income_period_end = period_end;
  facts.members = 4;
  facts.weak_labour = 1;
  memset(&a, 0, sizeof a);
  a.struct_size = sizeof a;
  CHECK(rg_risk_assess(&a, &facts, policy, as_of) == RG_OK);
  CHECK(a.within_monitoring == 1 && a.category == RG_CATEGORY_UNSTABLE_FORMERLY_POOR);
  CHECK(a.level == RG_LEVEL_RED && a.score == 60 && a.reason_count == 3);
  CHECK((a.risk_mask >> RG_RISK_LACK_OF_LABOUR) & 1u);
  CHECK(rg_risk_explain(text, 8, &len, &facts, policy, as_of, 1) == RG_EBUFFER && len > 8);
  CHECK(rg_risk_explain(text, sizeof text, &len, &facts, policy, as_of, 1) == RG_OK);
  CHECK(strstr(text, "unstable formerly poor household") != NULL);
  CHECK(rg_risk_assess(&a, &facts, policy, period_end - 1) == RG_ERANGE);
  CHECK(rg_risk_assess(NULL, &facts, policy, as_of) == RG_EINVAL);
  CHECK(rg_risk_assess(&a, &facts, NULL, as_of) == RG_EINVAL);

  ends[0] = ends[1] = ends[2] = period_end;
  memset(&in, 0, sizeof in);
  in.struct_size = sizeof in;
  in.count = 3;
  in.region_code = regions;
  in.kind = kinds;
  in.per_capita_income = pci;
  in.net_income = net;
  in.income_period_end = ends;
  in.members = members;
  in.labour_capable = labour;
  memset(&out, 0, sizeof out);
  out.struct_size = sizeof out;
  out.within_monitoring = within;
  out.level = level;
  out.status = status;
  CHECK(rg_risk_assess_batch(&failed, &out, &in, policy, as_of) == RG_OK && failed == 0);
  CHECK(within[0] == 1 && within[1] == 0 && within[2] == 1);
  CHECK(level[0] == RG_LEVEL_RED && level[1] == RG_LEVEL_NONE && status[1] == 0);
  in.members = zero_members;
  CHECK(rg_risk_assess_batch(&failed, &out, &in, policy, as_of) == RG_OK && failed == 1);
  CHECK(status[1] == RG_ERANGE && status[0] == 0);
  in.members = NULL;
  CHECK(rg_risk_assess_batch(&failed, &out, &in, policy, as_of) == RG_EINVAL);
  CHECK(strstr(rg_last_error_message(), "members") != NULL);
  in.members = members;
  in.struct_size = 8;
  CHECK(rg_risk_assess_batch(&failed, &out, &in, policy, as_of) == RG_EINVAL);
  CHECK(rg_policy_to_json(NULL, 0, &len, policy) == RG_EBUFFER && len > 100);
  rg_policy_free(policy);
  rg_policy_free(NULL);
  CHECK(rg_policy_from_json(&policy, "{}", 2) == RG_EPARSE && policy == NULL);
  CHECK(strstr(rg_last_error_message(), "format: missing field") != NULL);
}

static void cases_from_c(void) {
  rg_store* store = NULL;
  rg_policy* policy = NULL;
  rg_case_step step;
  rg_case_info info;
  rg_case_report report;
  rg_ingest_result result;
  rg_department_records records;
  int64_t case_id = 0, keys[2] = {1, 2};
  uint8_t depts[2] = {RG_DEPT_MEDICAL_INSURANCE, RG_DEPT_MEDICAL_INSURANCE};
  uint8_t metrics[2] = {RG_METRIC_INPATIENT_OOP_YTD, RG_METRIC_INPATIENT_OOP_YTD};
  rg_money amounts[2] = {30000LL * 10000, 10LL * 10000};
  rg_date periods[2] = {20000, 20000};
  int32_t status[2] = {9, 9};
  char path[64];
  sprintf(path, "/tmp/rg_c_cases_%ld.db", (long)sizeof(step));
  remove(path);
  CHECK(rg_store_open(&store, path, strlen(path), NULL) == RG_OK);
  CHECK(rg_policy_default(&policy, "53", 2, 2025) == RG_OK);
  CHECK(rg_case_open(&case_id, store, 77, RG_CHANNEL_HOTLINE_12317, 20000, "call", 4) == RG_ENOTFOUND);
  CHECK(strstr(rg_last_error_message(), "household key 77") != NULL);
  memset(&info, 0, sizeof info);
  info.struct_size = sizeof info;
  CHECK(rg_case_get(&info, store, 1) == RG_ENOTFOUND);
  rg_case_step_init(&step);
  CHECK(step.struct_size == sizeof step && step.notice_start == RG_DATE_NONE);
  step.step = RG_STEP_VERIFY;
  CHECK(rg_case_advance(NULL, store, policy, 1, &step) == RG_ENOTFOUND);
  step.step = 42;
  CHECK(rg_case_advance(NULL, store, policy, 1, &step) == RG_EINVAL);
  CHECK(rg_case_advance(NULL, store, policy, 1, NULL) == RG_EINVAL);
  memset(&records, 0, sizeof records);
  records.struct_size = sizeof records;
  records.count = 2;
  records.household_key = keys;
  records.department = depts;
  records.metric = metrics;
  records.amount = amounts;
  records.period = periods;
  memset(&result, 0, sizeof result);
  result.struct_size = sizeof result;
  CHECK(rg_cases_ingest(&result, status, store, policy, &records) == RG_OK);
  CHECK(result.records == 2 && result.below_threshold == 1 && result.clues_raised == 0);
  CHECK(status[0] == RG_ENOTFOUND && status[1] == 0);
  records.period = NULL;
  CHECK(rg_cases_ingest(&result, status, store, policy, &records) == RG_EINVAL);
  memset(&report, 0, sizeof report);
  report.struct_size = sizeof report;
  CHECK(rg_cases_report(&report, store, policy, 20100) == RG_OK && report.under_monitoring == 0);
  rg_policy_free(policy);
  rg_store_close(store);
  remove(path);
}

/* The ledger from C: fixed-size records in, per-record results out. */
static rg_transfer c_transfer(uint64_t id, uint64_t debit, uint64_t credit, rg_money amount, uint16_t code,
                              uint16_t flags, rg_date date) {
  rg_transfer t;
  memset(&t, 0, sizeof t);
  t.id_lo = id;
  t.debit_account_id = debit;
  t.credit_account_id = credit;
  t.amount = amount;
  t.code = code;
  t.flags = flags;
  t.effective_date = date;
  return t;
}

static void remove_db(const char* path) {
  char extra[96];
  remove(path);
  sprintf(extra, "%s-wal", path);
  remove(extra);
  sprintf(extra, "%s-shm", path);
  remove(extra);
}

static void ledger_from_c(void) {
  const rg_money yi = (rg_money)100000000 * RG_MONEY_UNITS_PER_YUAN;
  rg_store* store = NULL;
  rg_ledger* ledger = NULL;
  rg_account accounts[3];
  rg_project project;
  rg_transfer batch[6];
  uint32_t results[6];
  size_t committed = 0, count = 0, csv_len = 0;
  rg_balance balance;
  rg_progress_row rows[4];
  rg_industry_share share;
  rg_history_entry history[4];
  rg_totals_row totals[4];
  rg_project_count_row counts[2];
  rg_waiting_funds waiting[2];
  uint8_t head[32];
  uint64_t length = 0, bad = 1;
  uint8_t status = 0;
  rg_date jun = 0, feb = 0;
  char path[80];
  sprintf(path, "/tmp/rg_c_ledger_test_%ld.db", (long)time(NULL));
  remove_db(path);

  CHECK(sizeof(rg_account) == 32 && sizeof(rg_transfer) == 136);
  CHECK(strcmp(rg_transfer_result_name(RG_TRANSFER_EXCEEDS_CREDITS), "exceeds_credits") == 0);
  CHECK(strcmp(rg_account_result_name(RG_ACCOUNT_EXISTS), "exists") == 0);
  CHECK(strcmp(rg_transfer_result_name(9999), "unknown") == 0);
  CHECK(rg_date_from_ymd(&jun, 2024, 6, 1) == RG_OK && rg_date_from_ymd(&feb, 2024, 2, 1) == RG_OK);

  CHECK(rg_store_open(&store, path, strlen(path), NULL) == RG_OK);
  CHECK(rg_ledger_open(&ledger, store) == RG_OK && ledger != NULL);
  CHECK(rg_ledger_open(NULL, store) == RG_EINVAL);

  memset(accounts, 0, sizeof accounts);
  accounts[0].id = 1; accounts[0].holder_id = 500112000000ull; accounts[0].fiscal_year = 2024;
  accounts[0].level = RG_FUND_CENTRAL; accounts[0].kind = RG_ACCOUNT_KIND_SOURCE; accounts[0].holder_kind = RG_HOLDER_REGION;
  accounts[1] = accounts[0];
  accounts[1].id = 10; accounts[1].kind = RG_ACCOUNT_KIND_BUDGET;
  accounts[1].flags = RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS;
  accounts[2] = accounts[0];
  accounts[2].id = 30; accounts[2].kind = RG_ACCOUNT_KIND_PAYEE; accounts[2].holder_kind = RG_HOLDER_PAYEE; accounts[2].holder_id = 1;
  CHECK(rg_ledger_create_accounts(results, ledger, accounts, 3) == RG_OK);
  CHECK(results[0] == RG_ACCOUNT_OK && results[1] == RG_ACCOUNT_OK && results[2] == RG_ACCOUNT_OK);
  accounts[1].fiscal_year = 2025;
  CHECK(rg_ledger_create_accounts(results, ledger, accounts, 2) == RG_OK);
  CHECK(results[0] == RG_ACCOUNT_EXISTS && results[1] == RG_ACCOUNT_EXISTS_WITH_DIFFERENT_FISCAL_YEAR);

  memset(&project, 0, sizeof project);
  project.id = 7001;
  project.region = 500112001001ull;
  project.fiscal_year = 2024;
  project.type = RG_PROJECT_TYPE_INDUSTRY;
  project.planned[0] = 25 * yi;
  project.public_notice = 1;
  CHECK(rg_project_add(ledger, &project, "花椒基地", strlen("花椒基地"), feb) == RG_OK);
  CHECK(rg_project_transition(ledger, 7001, RG_PROJECT_APPROVED, feb) == RG_ESTATE);
  CHECK(strstr(rg_last_error_message(), "reserve") != NULL);
  CHECK(rg_project_transition(ledger, 7001, RG_PROJECT_ADMITTED, feb) == RG_OK);

  /* Disbursing before approval is refused; the linked allocation with it rolls back. */
  batch[0] = c_transfer(1, 1, 10, (rg_money)3682 * yi / 100, RG_CODE_ALLOCATE, RG_TRANSFER_LINKED, feb);
  batch[1] = c_transfer(2, 10, 30, (rg_money)224 * yi / 10, RG_CODE_DISBURSE, 0, jun);
  batch[1].project_id = 7001;
  memcpy(batch[1].memo, "0123456789012345678901234567890123456789012345678901234567890123", RG_TRANSFER_MEMO_MAX);
  CHECK(rg_ledger_create_transfers(results, &committed, ledger, batch, 2) == RG_OK);
  CHECK(committed == 0 && results[0] == RG_TRANSFER_LINKED_EVENT_FAILED &&
        results[1] == RG_TRANSFER_PROJECT_NOT_APPROVED);
  CHECK(rg_project_transition(ledger, 7001, RG_PROJECT_APPROVED, feb) == RG_OK);
  CHECK(rg_project_status(&status, ledger, 7001) == RG_OK && status == RG_PROJECT_APPROVED);

  /* Bad records beside good ones: each named, nothing of them written. */
  batch[2] = c_transfer(3, 1, 10, 150, RG_CODE_ALLOCATE, 0, feb);       /* 1.5 fen */
  batch[3] = c_transfer(4, 10, 10, 100, RG_CODE_REALLOCATE, 0, feb);    /* same account */
  batch[4] = c_transfer(5, 1, 404, 100, RG_CODE_ALLOCATE, 0, feb);      /* unknown account */
  batch[5] = c_transfer(6, 1, 10, 100, RG_CODE_ALLOCATE, 0, 2000000000); /* no such date */
  CHECK(rg_ledger_create_transfers(results, &committed, ledger, batch, 6) == RG_OK);
  CHECK(committed == 2 && results[0] == RG_TRANSFER_OK && results[1] == RG_TRANSFER_OK);
  CHECK(results[2] == RG_TRANSFER_AMOUNT_NOT_WHOLE_FEN && results[3] == RG_TRANSFER_ACCOUNTS_MUST_BE_DIFFERENT);
  CHECK(results[4] == RG_TRANSFER_CREDIT_ACCOUNT_NOT_FOUND && results[5] == RG_TRANSFER_EFFECTIVE_DATE_OUT_OF_RANGE);
  /* Replaying is idempotent; a changed amount is named. */
  CHECK(rg_ledger_create_transfers(results, &committed, ledger, batch, 2) == RG_OK);
  CHECK(committed == 0 && results[0] == RG_TRANSFER_EXISTS && results[1] == RG_TRANSFER_EXISTS);
  batch[0].amount += 100;
  CHECK(rg_ledger_create_transfers(results, NULL, ledger, batch, 2) == RG_OK);
  CHECK(results[0] == RG_TRANSFER_EXISTS_WITH_DIFFERENT_AMOUNT && results[1] == RG_TRANSFER_LINKED_EVENT_FAILED);

  CHECK(rg_ledger_balance(&balance, ledger, 10) == RG_OK);
  CHECK(balance.credits_posted == (rg_money)3682 * yi / 100 && balance.debits_posted == (rg_money)224 * yi / 10);
  CHECK(rg_ledger_balance_as_of(&balance, ledger, 10, feb) == RG_OK && balance.debits_posted == 0);
  CHECK(rg_ledger_balance(&balance, ledger, 404) == RG_ENOTFOUND);

  CHECK(rg_ledger_progress(rows, 4, &count, ledger, jun) == RG_OK && count == 1);
  CHECK(rows[0].level == RG_FUND_CENTRAL && rows[0].has_progress == 1);
  CHECK(strcmp(rows[0].progress_percent, "60.84%") == 0);
  CHECK(rg_ledger_progress(rows, 0, &count, ledger, jun) == RG_EBUFFER && count == 1);
  CHECK(rg_ledger_industry_share(&share, ledger, 2024, 55, 100, jun) == RG_OK);
  CHECK(share.has_share == 1 && share.below_required == 0 && strcmp(share.share_percent, "100.00%") == 0);
  CHECK(rg_ledger_notice_csv(NULL, 0, &csv_len, ledger, RG_NOTICE_DISBURSEMENTS, jun) == RG_EBUFFER && csv_len > 0);

  CHECK(rg_ledger_history(history, 4, &count, ledger, 10, feb, jun) == RG_OK && count == 2);
  CHECK(history[1].sequence == 2 && history[1].is_debit == 1 && history[1].transfer.project_id == 7001);
  CHECK(memcmp(history[1].transfer.memo, batch[1].memo, RG_TRANSFER_MEMO_MAX) == 0);
  CHECK(rg_ledger_totals(totals, 4, &count, ledger, RG_TOTALS_BY_REGION_PREFIX, 6, jun) == RG_OK && count == 1);
  CHECK(totals[0].key == 500112 && totals[0].disbursed == (rg_money)224 * yi / 10);
  CHECK(rg_ledger_totals(totals, 4, &count, ledger, RG_TOTALS_BY_REGION_PREFIX, 5, jun) == RG_EINVAL);
  CHECK(rg_ledger_project_counts(counts, 2, &count, ledger, 2024) == RG_OK && count == 1);
  CHECK(counts[0].type == RG_PROJECT_TYPE_INDUSTRY && counts[0].projects == 1 && strcmp(counts[0].completion_percent, "0.00%") == 0);
  CHECK(rg_ledger_funds_waiting(waiting, 2, &count, ledger, jun, 30) == RG_OK && count == 0);
  CHECK(rg_ledger_funds_waiting(waiting, 2, &count, ledger, jun, -1) == RG_EINVAL);
  CHECK(rg_project_set_public_notice(ledger, 7001, 0) == RG_OK);
  CHECK(rg_project_set_public_notice(ledger, 404, 1) == RG_ENOTFOUND);
  CHECK(rg_ledger_chain_head(head, &length, ledger) == RG_OK && length == 2);
  CHECK(rg_ledger_verify(&bad, ledger) == RG_OK && bad == 0);

  CHECK(rg_ledger_create_transfers(NULL, NULL, ledger, batch, 1) == RG_EINVAL);
  CHECK(rg_ledger_create_transfers(results, NULL, ledger, batch, RG_LEDGER_BATCH_MAX + 1) == RG_ELIMIT);
  CHECK(rg_ledger_create_transfers(results, NULL, NULL, batch, 1) == RG_EINVAL);
  CHECK(rg_ledger_close_account(ledger, 30) == RG_OK);
  CHECK(rg_ledger_close_account(ledger, 30) == RG_ESTATE);

  rg_ledger_close(ledger);
  rg_ledger_close(NULL);
  rg_store_close(store);
  remove_db(path);
}

static void poverty_measures_from_c(void) {
  /* FGT: incomes 1, 2, 3, 4 yuan, line 3 yuan, strictly below: P0 1/2, P1 1/4, P2 5/36. */
  const rg_money incomes[4] = {1 * RG_MONEY_UNITS_PER_YUAN, 2 * RG_MONEY_UNITS_PER_YUAN,
                               3 * RG_MONEY_UNITS_PER_YUAN, 4 * RG_MONEY_UNITS_PER_YUAN};
  const int64_t members[4] = {1, 2, 3, 4};
  const rg_money line = 3 * RG_MONEY_UNITS_PER_YUAN;
  /* Alkire-Foster published example, achievements in tenths. */
  const int64_t tenths[16] = {131, 140, 40, 10, 152, 70, 50, 0, 125, 100, 10, 0, 200, 110, 30, 10};
  const int64_t cutoffs[4] = {130, 120, 30, 10};
  const int64_t zero_weight[4] = {1, 0, 1, 1};
  char buf[96];
  size_t len = 0;
  rg_af_input in;

  CHECK(rg_measures_fgt(buf, sizeof buf, &len, incomes, NULL, 4, line, 0, 0, RG_MEASURES_FRACTION, 0) == RG_OK);
  CHECK(strcmp(buf, "1/2") == 0 && len == 3);
  CHECK(rg_measures_fgt(buf, sizeof buf, &len, incomes, NULL, 4, line, 1, 0, RG_MEASURES_FRACTION, 0) == RG_OK);
  CHECK(strcmp(buf, "1/4") == 0);
  CHECK(rg_measures_fgt(buf, sizeof buf, &len, incomes, NULL, 4, line, 2, 0, RG_MEASURES_FRACTION, 0) == RG_OK);
  CHECK(strcmp(buf, "5/36") == 0);
  CHECK(rg_measures_fgt(buf, sizeof buf, &len, incomes, NULL, 4, line, 2, 0, 4, RG_ROUND_HALF_UP) == RG_OK);
  CHECK(strcmp(buf, "0.1389") == 0);
  CHECK(rg_measures_fgt(buf, sizeof buf, &len, incomes, NULL, 4, line, 0, RG_MEASURES_AT_OR_BELOW,
                        RG_MEASURES_FRACTION, 0) == RG_OK);
  CHECK(strcmp(buf, "3/4") == 0);
  CHECK(rg_measures_fgt(buf, sizeof buf, &len, incomes, members, 4, line, 1, 0, RG_MEASURES_FRACTION, 0) == RG_OK);
  CHECK(strcmp(buf, "2/15") == 0);
  /* Two-call sizing: the length comes back with RG_EBUFFER. */
  len = 0;
  CHECK(rg_measures_fgt(NULL, 0, &len, incomes, NULL, 4, line, 2, 0, RG_MEASURES_FRACTION, 0) == RG_EBUFFER);
  CHECK(len == 4);
  CHECK(rg_measures_fgt(buf, sizeof buf, &len, NULL, NULL, 4, line, 0, 0, 2, 0) == RG_EINVAL);
  CHECK(rg_measures_fgt(buf, sizeof buf, &len, incomes, NULL, 4, 0, 0, 0, 2, 0) == RG_EINVAL);
  CHECK(strstr(rg_last_error_message(), "poverty line must be positive") != NULL);
  CHECK(rg_measures_fgt(buf, sizeof buf, &len, incomes, NULL, 4, line, RG_FGT_ALPHA_MAX + 1, 0, 2, 0) == RG_EINVAL);
  CHECK(rg_measures_fgt(buf, sizeof buf, &len, incomes, NULL, (size_t)RG_FGT_ENTRIES_MAX + 1, line, 0, 0, 2, 0) ==
        RG_ELIMIT);

  rg_af_input_init(&in);
  in.people = 4;
  in.indicators = 4;
  in.achievements = tenths;
  in.cutoffs = cutoffs;
  in.denominator = 10;
  CHECK(in.k_numerator == 1 && in.k_denominator == 2 && in.weights == NULL);
  CHECK(rg_measures_alkire_foster(buf, sizeof buf, &len, &in, RG_MEASURES_FRACTION, 0) == RG_OK);
  CHECK(strcmp(buf, "1/2 3/4 3/8 171/832 21475/129792") == 0);
  CHECK(rg_measures_alkire_foster(buf, sizeof buf, &len, &in, 3, RG_ROUND_HALF_UP) == RG_OK);
  CHECK(strcmp(buf, "0.500 0.750 0.375 0.206 0.165") == 0);
  in.flags = RG_MEASURES_ORDINAL;
  CHECK(rg_measures_alkire_foster(buf, sizeof buf, &len, &in, RG_MEASURES_FRACTION, 0) == RG_OK);
  CHECK(strcmp(buf, "1/2 3/4 3/8 NA NA") == 0);
  in.flags = 0;
  CHECK(rg_measures_alkire_foster(buf, 8, &len, &in, RG_MEASURES_FRACTION, 0) == RG_EBUFFER);
  CHECK(len == strlen("1/2 3/4 3/8 171/832 21475/129792"));
  in.weights = zero_weight;
  CHECK(rg_measures_alkire_foster(buf, sizeof buf, &len, &in, RG_MEASURES_FRACTION, 0) == RG_EINVAL);
  CHECK(strstr(rg_last_error_message(), "weights[1] must be positive") != NULL);
  in.weights = NULL;
  in.k_numerator = 0;
  CHECK(rg_measures_alkire_foster(buf, sizeof buf, &len, &in, RG_MEASURES_FRACTION, 0) == RG_EINVAL);
  in.k_numerator = 1;
  in.indicators = RG_AF_INDICATORS_MAX + 1;
  CHECK(rg_measures_alkire_foster(buf, sizeof buf, &len, &in, RG_MEASURES_FRACTION, 0) == RG_ELIMIT);
  in.indicators = 4;
  in.struct_size = 0;
  CHECK(rg_measures_alkire_foster(buf, sizeof buf, &len, &in, RG_MEASURES_FRACTION, 0) == RG_EINVAL);
  CHECK(rg_measures_alkire_foster(buf, sizeof buf, &len, NULL, RG_MEASURES_FRACTION, 0) == RG_EINVAL);
}

/* Households through the C ABI: records, ID numbers, transactions, CSV, validation, columns. */
static void remove_store_files(const char* path) {
  char other[128];
  remove(path);
  sprintf(other, "%s-wal", path);
  remove(other);
  sprintf(other, "%s-shm", path);
  remove(other);
  sprintf(other, "%s.idkey", path);
  remove(other);
}

static void write_text_file(const char* path, const char* text) {
  FILE* f = fopen(path, "wb");
  if (f == NULL) {
    ++failures;
    return;
  }
  fputs(text, f);
  fclose(f);
}

struct error_log {
  int count;
  int64_t first_line;
  int32_t first_column;
  char first_rule[32];
};

static void collect_error(void* context, const rg_csv_error* error) {
  struct error_log* log = (struct error_log*)context;
  if (log->count++ == 0) {
    log->first_line = error->line;
    log->first_column = error->column;
    strncpy(log->first_rule, error->rule, sizeof log->first_rule - 1);
  }
}

static void count_finding(void* context, const rg_dq_finding* finding) {
  int* n = (int*)context;
  if (finding->rule >= 1 && finding->rule <= RG_DQ_RULES && finding->message_en[0] != '\0') ++*n;
}

static void households_null_arguments_are_refused(void) {
  rg_household_record h;
  rg_member_record m;
  rg_income_record inc;
  rg_money out = 0;
  size_t count = 0;
  rg_household_table* table = NULL;
  rg_household_record_init(&h);
  rg_member_record_init(&m);
  rg_income_record_init(&inc);
  rg_household_record_init(NULL);
  rg_member_record_init(NULL);
  rg_income_record_init(NULL);
  rg_csv_import_options_init(NULL);
  rg_synthetic_county_options_init(NULL);
  CHECK(rg_store_begin(NULL) == RG_EINVAL);
  CHECK(rg_store_commit(NULL) == RG_EINVAL);
  CHECK(rg_store_rollback(NULL) == RG_EINVAL);
  CHECK(rg_store_set_id_key(NULL, NULL, 0) == RG_EINVAL);
  CHECK(rg_households_put_region(NULL, 500112001001ULL, "x", 1, 0, 0, 0) == RG_EINVAL);
  CHECK(rg_households_put(NULL, &h) == RG_EINVAL);
  CHECK(rg_households_get(NULL, NULL, "H1", 2) == RG_EINVAL);
  CHECK(rg_members_put(NULL, &m) == RG_EINVAL);
  CHECK(rg_members_get(&m, NULL, "P1", 2) == RG_EINVAL);
  CHECK(rg_members_find_by_id_number(NULL, NULL, NULL, 0) == RG_EINVAL);
  CHECK(rg_members_list(NULL, 0, &count, NULL, "H1", 2) == RG_EINVAL);
  CHECK(rg_income_put(NULL, &inc) == RG_EINVAL);
  CHECK(rg_income_compute(&out, NULL, NULL, NULL) == RG_EINVAL);
  inc.struct_size = 4;
  inc.family_size = 1;
  CHECK(rg_income_compute(&out, NULL, &inc, NULL) == RG_EINVAL);
  CHECK(strstr(rg_last_error_message(), "struct_size") != NULL);
  CHECK(rg_households_count(NULL, NULL, NULL, NULL, NULL) == RG_EINVAL);
  CHECK(rg_households_import_csv(NULL, NULL, NULL, NULL) == RG_EINVAL);
  CHECK(rg_households_export_csv(NULL, NULL) == RG_EINVAL);
  CHECK(rg_households_validate(NULL, NULL, NULL, 0, NULL, NULL, 0) == RG_EINVAL);
  CHECK(rg_synthetic_county_generate(NULL, NULL, NULL) == RG_EINVAL);
  CHECK(rg_synthetic_county_write_csv(NULL, NULL, NULL) == RG_EINVAL);
  CHECK(rg_household_table_load(&table, NULL, 0, NULL, 0) == RG_EINVAL && table == NULL);
  CHECK(rg_household_table_view_get(NULL, NULL) == RG_EINVAL);
  CHECK(rg_household_table_household_id(NULL, 0, NULL, 0) == RG_EINVAL);
}

static void households_records_round_trip(void) {
  rg_store* store = NULL;
  rg_household_record h, h_back;
  rg_member_record m, m_back, list[4];
  rg_income_record inc;
  rg_money per_capita = 0, net = 0;
  uint8_t counted[RG_TRANSFER_ITEMS];
  int64_t regions = 0, households = 0, members = 0, incomes = 0;
  size_t count = 0, i;
  const char* id_number = "11010519491231002X";
  const char* path = "/tmp/rg_c_households_test.db";
  remove_store_files(path);
  CHECK(rg_store_open(&store, path, strlen(path), NULL) == RG_OK);
  CHECK(rg_households_put_region(store, 500112001001ULL, "一村", strlen("一村"), 0, 0, 0) == RG_OK);
  CHECK(rg_households_put_region(store, 500112001001ULL, "x", 1, 2, 0, 0) == RG_EINVAL);

  rg_household_record_init(&h);
  strcpy(h.household_id, "H1");
  strcpy(h.phone, "13800000000");
  h.region_code = 500112001001ULL;
  h.type = RG_HOUSEHOLD_FORMERLY_POOR;
  h.unsafe_house = 1;
  CHECK(rg_store_begin(store) == RG_OK);
  CHECK(rg_store_begin(store) == RG_ESTATE);
  CHECK(rg_households_put(store, &h) == RG_OK);
  rg_member_record_init(&m);
  strcpy(m.person_id, "P1");
  strcpy(m.household_id, "H1");
  strcpy(m.id_number, id_number);
  m.relation = 1;
  m.medical_resident = 1;
  CHECK(rg_date_from_ymd(&m.birth_date, 1949, 12, 31) == RG_OK);
  CHECK(rg_members_put(store, &m) == RG_OK);
  strcpy(m.person_id, "P2");
  m.id_number[0] = '\0';
  m.relation = 3;
  CHECK(rg_members_put(store, &m) == RG_OK);
  CHECK(rg_store_commit(store) == RG_OK);
  CHECK(rg_store_commit(store) == RG_ESTATE);

  h.region_code = 500112001009ULL;
  strcpy(h.household_id, "H2");
  CHECK(rg_households_put(store, &h) == RG_ENOTFOUND);
  CHECK(strstr(rg_last_error_message(), "500112001009") != NULL);
  h.household_id[0] = 'X';
  memset(h.household_id, 'x', sizeof h.household_id); /* no NUL inside the array */
  CHECK(rg_households_put(store, &h) == RG_EINVAL);

  h_back.struct_size = sizeof h_back;
  CHECK(rg_households_get(&h_back, store, "H1", 2) == RG_OK);
  CHECK(h_back.type == RG_HOUSEHOLD_FORMERLY_POOR && h_back.unsafe_house == 1 && h_back.water_safe == 1);
  CHECK(strcmp(h_back.phone, "13800000000") == 0);
  CHECK(rg_households_get(&h_back, store, "H9", 2) == RG_ENOTFOUND);

  m_back.struct_size = sizeof m_back;
  CHECK(rg_members_find_by_id_number(&m_back, store, id_number, strlen(id_number)) == RG_OK);
  CHECK(strcmp(m_back.person_id, "P1") == 0);
  CHECK(strcmp(m_back.id_number, "1101*************X") == 0); /* masked, never clear */
  CHECK(m_back.id_status == 0);
  CHECK(rg_members_get(&m_back, store, "P2", 2) == RG_OK && m_back.relation == 3 && m_back.id_status == 3);
  CHECK(rg_members_find_by_id_number(&m_back, store, "110105194912310037", 18) == RG_ENOTFOUND);
  CHECK(strstr(rg_last_error_message(), "110105194912310037") == NULL);

  for (i = 0; i < 4; ++i) list[i].struct_size = sizeof list[i];
  CHECK(rg_members_list(list, 1, &count, store, "H1", 2) == RG_EBUFFER && count == 2);
  CHECK(rg_members_list(list, 4, &count, store, "H1", 2) == RG_OK && count == 2);
  CHECK(strcmp(list[0].person_id, "P1") == 0 && strcmp(list[1].person_id, "P2") == 0);

  rg_income_record_init(&inc);
  strcpy(inc.household_id, "H1");
  inc.family_size = 2;
  CHECK(rg_date_from_ymd(&inc.period_start, 2023, 1, 1) == RG_OK);
  CHECK(rg_date_from_ymd(&inc.period_end, 2023, 12, 31) == RG_OK);
  inc.wage = 200000001; /* 20000.0001 yuan */
  inc.transfers[RG_TRANSFER_CONDOLENCE] = 5000000;
  CHECK(rg_income_put(store, &inc) == RG_OK);
  /* (20000.0001) / 2 = 10000.00005 -> 10000.00 (rounded once, to fen); condolence excluded. */
  CHECK(rg_income_compute(&per_capita, &net, &inc, NULL) == RG_OK);
  CHECK(per_capita == 100000000 && net == 200000001);
  memset(counted, 1, sizeof counted);
  CHECK(rg_income_compute(&per_capita, NULL, &inc, counted) == RG_OK && per_capita == 102500000);
  inc.family_size = 0;
  CHECK(rg_income_put(store, &inc) == RG_ERANGE);
  CHECK(rg_income_compute(&per_capita, NULL, &inc, NULL) == RG_ERANGE);

  CHECK(rg_households_count(&regions, &households, &members, &incomes, store) == RG_OK);
  CHECK(regions == 1 && households == 1 && members == 2 && incomes == 1);
  CHECK(rg_households_count(NULL, NULL, NULL, NULL, store) == RG_EINVAL);
  CHECK(rg_store_set_id_key(store, (const uint8_t*)"short", 5) == RG_EINVAL);
  rg_store_close(store);
  remove_store_files(path);
}

static void households_csv_validation_and_columns(void) {
  rg_store* store = NULL;
  rg_csv_files files;
  rg_csv_import_options options;
  rg_csv_import_result result;
  rg_synthetic_county_options county;
  rg_synthetic_county_summary summary;
  rg_household_table* table = NULL;
  rg_household_table_view view;
  struct error_log log;
  int64_t counts[RG_DQ_RULES + 1];
  int64_t total = 0, sum = 0;
  int findings = 0;
  size_t i;
  char id[RG_HOUSEHOLD_ID_MAX + 1];
  const char* code = NULL;
  uint8_t severity = 0;
  rg_date as_of = 0;
  const char* path = "/tmp/rg_c_households_csv.db";
  const char* hh = "/tmp/rg_c_households_bad.csv";
  remove_store_files(path);
  CHECK(rg_store_open(&store, path, strlen(path), NULL) == RG_OK);

  rg_synthetic_county_options_init(&county);
  county.households = 400;
  county.error_permille = 100;
  summary.struct_size = sizeof summary;
  CHECK(rg_synthetic_county_generate(&summary, store, &county) == RG_OK);
  CHECK(summary.households == 400 && summary.regions == 314 && summary.injected_errors > 10);

  CHECK(rg_date_from_ymd(&as_of, 2024, 12, 31) == RG_OK);
  CHECK(rg_households_validate(counts, &total, store, as_of, count_finding, &findings, 1000000) == RG_OK);
  for (i = 1; i <= RG_DQ_RULES; ++i) sum += counts[i];
  CHECK(total >= summary.injected_errors && sum == total && findings == total);
  CHECK(rg_dq_rule_info(&code, NULL, &severity, NULL, NULL, 2) == RG_OK);
  CHECK(strcmp(code, "DQ002") == 0 && severity == RG_DQ_ERROR);
  CHECK(rg_dq_rule_info(&code, NULL, NULL, NULL, NULL, 99) == RG_ENOTFOUND);

  CHECK(rg_household_table_load(&table, store, as_of, "500230", 6) == RG_OK && table != NULL);
  view.struct_size = sizeof view;
  CHECK(rg_household_table_view_get(&view, table) == RG_OK);
  CHECK(view.count == 400);
  for (i = 0; i < view.count; ++i) {
    CHECK(view.members[i] >= 1 && view.region_code[i] / 1000000 == 500230);
    CHECK(view.has_income[i] == 1 && view.income_period_end[i] <= as_of);
    CHECK(view.kind[i] >= 1 && view.kind[i] <= 3);
  }
  CHECK(rg_household_table_household_id(id, sizeof id, table, 0) == RG_OK && strlen(id) == 17);
  CHECK(rg_household_table_household_id(id, sizeof id, table, 400) == RG_ERANGE);
  CHECK(rg_household_table_household_id(id, 3, table, 0) == RG_EBUFFER);
  view.struct_size = 8;
  CHECK(rg_household_table_view_get(&view, table) == RG_EINVAL);
  rg_household_table_free(table);
  rg_household_table_free(NULL);
  CHECK(rg_household_table_load(&table, store, as_of, "5x", 2) == RG_EPARSE && table == NULL);

  /* A malformed file: rejected with the line and column of each error, nothing written. */
  write_text_file(hh,
                  "household_id,region,type\r\n"
                  "N1,500230001001,ordinary\r\n"
                  "N2,500230001001,\"ordinary\"x\r\n");
  memset(&files, 0, sizeof files);
  files.struct_size = sizeof files;
  files.households = hh;
  files.households_len = strlen(hh);
  rg_csv_import_options_init(&options);
  memset(&log, 0, sizeof log);
  options.on_error = collect_error;
  options.context = &log;
  result.struct_size = sizeof result;
  CHECK(rg_households_import_csv(&result, store, &files, &options) == RG_EPARSE);
  CHECK(result.committed == 0 && result.rows[1] == 2 && result.rejected[1] == 1 && result.errors_total == 1);
  CHECK(log.count == 1 && log.first_line == 3 && log.first_column == 3 && strcmp(log.first_rule, "csv.quotes") == 0);
  CHECK(strstr(rg_last_error_message(), ":3: column 3") != NULL);
  options.mode = RG_CSV_COMMIT_VALID_ROWS;
  CHECK(rg_households_import_csv(&result, store, &files, &options) == RG_OK);
  CHECK(result.committed == 1 && result.imported[1] == 1);
  CHECK(rg_households_count(NULL, &total, NULL, NULL, store) == RG_OK && total == 401);
  rg_store_close(store);
  remove_store_files(path);
  remove(hh);
  remove("/tmp/rg_c_households_bad.csv.rejects.csv");
}

static rg_date ymd(int y, int m, int d) {
  rg_date out = 0;
  CHECK(rg_date_from_ymd(&out, y, m, d) == RG_OK);
  return out;
}

static void assets_from_c(void) {
  const rg_money yuan = RG_MONEY_UNITS_PER_YUAN;
  static uint64_t households[1234];
  static int64_t sizes[1234];
  static rg_distribution_share shares[1234 + 37 + 1];
  rg_store* store = NULL;
  rg_ledger* ledger = NULL;
  rg_assets* assets = NULL;
  rg_account accounts[7];
  uint32_t results[7];
  rg_project project;
  rg_transfer batch[2];
  rg_money settled = 0, values[2], sums[3] = {0, 0, 0}, total = 0;
  const int64_t weights[2] = {9, 1};
  rg_asset_draft drafts[2];
  rg_asset_info info;
  rg_asset_event events[16];
  rg_asset_policy policy;
  rg_distribution_purpose purposes[3];
  rg_distribution_plan plan;
  rg_asset_warning_options options;
  rg_asset_warning warnings[8];
  rg_asset_totals_row totals[4];
  rg_asset_income_row years[2];
  rg_balance balance;
  size_t count = 0, i = 0, csv_len = 0;
  uint8_t paid = 0;
  int unregistered = 0, below_plan = 0;
  const char* doc = "村民代表大会决议〔2025〕2号";
  char path[80];
  sprintf(path, "/tmp/rg_c_assets_test_%ld.db", (long)time(NULL));
  remove_db(path);

  CHECK(rg_store_open(&store, path, strlen(path), NULL) == RG_OK);
  CHECK(rg_ledger_open(&ledger, store) == RG_OK);
  CHECK(rg_assets_open(&assets, NULL) == RG_EINVAL && assets == NULL);
  CHECK(rg_assets_open(&assets, ledger) == RG_OK && assets != NULL);

  memset(accounts, 0, sizeof accounts);
  for (i = 0; i < 7; ++i) {
    accounts[i].fiscal_year = 2024;
    accounts[i].level = RG_FUND_CENTRAL;
    accounts[i].kind = RG_ACCOUNT_KIND_PAYEE;
    accounts[i].holder_kind = RG_HOLDER_PAYEE;
    accounts[i].holder_id = i + 1;
  }
  accounts[0].id = 1; accounts[0].kind = RG_ACCOUNT_KIND_SOURCE; accounts[0].holder_kind = RG_HOLDER_REGION;
  accounts[0].holder_id = 500112000000ull;
  accounts[1].id = 10; accounts[1].kind = RG_ACCOUNT_KIND_BUDGET; accounts[1].holder_kind = RG_HOLDER_REGION;
  accounts[1].holder_id = 500112000000ull; accounts[1].flags = RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS;
  accounts[2].id = 30;
  accounts[3].id = 40; accounts[3].kind = RG_ACCOUNT_KIND_INCOME; accounts[3].holder_kind = RG_HOLDER_PROJECT;
  accounts[3].holder_id = 7001; accounts[3].flags = RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS;
  accounts[4].id = 41;
  accounts[5].id = 50;
  accounts[6].id = 51;
  CHECK(rg_ledger_create_accounts(results, ledger, accounts, 7) == RG_OK);
  for (i = 0; i < 7; ++i) CHECK(results[i] == RG_ACCOUNT_OK);

  memset(&project, 0, sizeof project);
  project.id = 7001;
  project.region = 500112001001ull;
  project.fiscal_year = 2024;
  project.type = RG_PROJECT_TYPE_INDUSTRY;
  CHECK(rg_project_add(ledger, &project, "村级光伏电站", strlen("村级光伏电站"), ymd(2024, 1, 2)) == RG_OK);
  CHECK(rg_project_transition(ledger, 7001, RG_PROJECT_ADMITTED, ymd(2024, 1, 3)) == RG_OK);
  CHECK(rg_project_transition(ledger, 7001, RG_PROJECT_APPROVED, ymd(2024, 1, 4)) == RG_OK);
  batch[0] = c_transfer(1, 1, 10, 200000 * yuan, RG_CODE_ALLOCATE, RG_TRANSFER_LINKED, ymd(2024, 1, 5));
  batch[1] = c_transfer(2, 10, 30, 123456 * yuan + 78 * RG_MONEY_UNITS_PER_FEN, RG_CODE_DISBURSE, 0, ymd(2024, 3, 1));
  batch[1].project_id = 7001;
  CHECK(rg_ledger_create_transfers(results, NULL, ledger, batch, 2) == RG_OK && results[1] == RG_TRANSFER_OK);
  CHECK(rg_project_transition(ledger, 7001, RG_PROJECT_UNDER_CONSTRUCTION, ymd(2024, 3, 2)) == RG_OK);

  /* A project still under construction is not capitalised; completed, it is, to the fen. */
  CHECK(rg_assets_settled_amount(&settled, assets, 7001, ymd(2024, 9, 1)) == RG_OK);
  CHECK(settled == 123456 * yuan + 78 * RG_MONEY_UNITS_PER_FEN);
  CHECK(rg_money_allocate_fen(values, settled, weights, 2) == RG_OK);
  memset(drafts, 0, sizeof drafts);
  drafts[0].id = 1; drafts[0].region = 500112001001ull; drafts[0].value = values[0];
  drafts[0].name = "光伏电站"; drafts[0].name_len = strlen(drafts[0].name);
  drafts[0].asset_class = RG_ASSET_CLASS_OPERATING; drafts[0].subtype = RG_ASSET_SUBTYPE_PHOTOVOLTAIC;
  drafts[0].management.custodian = "管护员"; drafts[0].management.custodian_len = strlen("管护员");
  drafts[0].management.mode = RG_OPERATION_LEASE; drafts[0].management.income_account_id = 40;
  drafts[0].management.farmer_link = RG_FARMER_LINK_DIVIDEND; drafts[0].management.farmer_link_households = 1234;
  drafts[1] = drafts[0];
  drafts[1].id = 2; drafts[1].value = values[1]; drafts[1].subtype = RG_ASSET_SUBTYPE_EQUITY;
  drafts[1].management.income_account_id = 0;
  CHECK(rg_assets_capitalise(assets, 7001, ymd(2024, 9, 1), drafts, 2) == RG_ESTATE);
  CHECK(rg_project_transition(ledger, 7001, RG_PROJECT_COMPLETED, ymd(2024, 8, 1)) == RG_OK);
  CHECK(rg_assets_capitalise(assets, 7404, ymd(2024, 9, 1), drafts, 2) == RG_ENOTFOUND);
  CHECK(strstr(rg_last_error_message(), "project 7404") != NULL);
  drafts[1].value += RG_MONEY_UNITS_PER_FEN;
  CHECK(rg_assets_capitalise(assets, 7001, ymd(2024, 9, 1), drafts, 2) == RG_EREFUSED);
  CHECK(strstr(rg_last_error_message(), "settled amount") != NULL);
  CHECK(rg_assets_get(&info, assets, 1) == RG_ENOTFOUND);
  drafts[1].value -= RG_MONEY_UNITS_PER_FEN;
  CHECK(rg_assets_capitalise(assets, 7001, ymd(2024, 9, 1), drafts, 2) == RG_OK);
  CHECK(rg_assets_get(&info, assets, 1) == RG_OK && info.status == RG_ASSET_STATUS_REGISTERED);
  CHECK(info.owner == RG_PARTY_VILLAGE_COLLECTIVE && info.rights[RG_RIGHT_MANAGEMENT] == RG_PARTY_OPERATOR);

  /* Lifecycle. */
  CHECK(rg_assets_hand_over(assets, 1, ymd(2024, 9, 2)) == RG_ESTATE);
  CHECK(rg_assets_confirm_ownership(assets, 1, ymd(2024, 9, 2), "证 1", strlen("证 1")) == RG_OK);
  CHECK(rg_assets_hand_over(assets, 1, ymd(2024, 9, 3)) == RG_OK);
  CHECK(rg_assets_set_status(assets, 1, RG_ASSET_STATUS_OPERATING, ymd(2024, 9, 4)) == RG_OK);

  /* Income: negative refused; 100,000.00 recorded. */
  CHECK(rg_assets_record_income(assets, 1, 0, 900, 41, -5 * yuan, ymd(2025, 3, 31)) == RG_EINVAL);
  CHECK(rg_assets_record_income(assets, 1, 0, 900, 41, 100000 * yuan, ymd(2025, 3, 31)) == RG_OK);

  /* Plan: 100,000.00 among three purposes, 1,234 households (sizes 1..6) and 37 job holders. */
  for (i = 0; i < 1234; ++i) {
    households[i] = 5001120010010000ull + i + 1;
    sizes[i] = (int64_t)(1 + i % 6);
  }
  memset(purposes, 0, sizeof purposes);
  purposes[0].households = households; purposes[0].household_weights = sizes; purposes[0].household_count = 1234;
  purposes[0].weight = 1; purposes[0].payee_account_id = 50; purposes[0].purpose = RG_PURPOSE_DIVIDENDS;
  purposes[1].households = households; purposes[1].household_count = 37;
  purposes[1].weight = 1; purposes[1].payee_account_id = 51; purposes[1].purpose = RG_PURPOSE_PUBLIC_WELFARE_JOBS;
  purposes[2].weight = 1; purposes[2].payee_account_id = 30; purposes[2].purpose = RG_PURPOSE_VILLAGE_RUNNING_COSTS;
  rg_distribution_plan_init(&plan);
  plan.year = 2025; plan.plan_id = 2025001; plan.asset_id = 1; plan.income = 100000 * yuan;
  plan.decision_document = doc; plan.decision_document_len = strlen(doc);
  plan.decision_date = ymd(2025, 4, 1); plan.attendees = 41; plan.votes_for = 37; plan.votes_against = 1;
  plan.notice_start = ymd(2025, 4, 2); plan.notice_end = ymd(2025, 4, 11);
  plan.first_transfer_id_hi = 2025; plan.first_transfer_id_lo = 1;
  plan.purposes = purposes; plan.purpose_count = 3;
  CHECK(rg_assets_add_distribution(assets, &plan) == RG_EREFUSED);
  CHECK(strstr(rg_last_error_message(), "forbidden") != NULL);
  CHECK(rg_assets_distribution_shares(shares, 0, &count, assets, 2025001) == RG_ENOTFOUND);
  purposes[2].purpose = RG_PURPOSE_UPKEEP;
  CHECK(rg_assets_add_distribution(assets, &plan) == RG_OK);
  CHECK(rg_assets_distribution_shares(shares, 0, &count, assets, 2025001) == RG_EBUFFER && count == 1234 + 37 + 1);
  CHECK(rg_assets_distribution_shares(shares, count, &count, assets, 2025001) == RG_OK);
  for (i = 0; i < count; ++i) {
    sums[shares[i].line] += shares[i].amount;
    total += shares[i].amount;
  }
  CHECK(total == 100000 * yuan);
  for (i = 0; i < 3; ++i) CHECK(sums[i] == shares[i == 0 ? 0 : i == 1 ? 1234 : 1271].line_amount);
  CHECK(rg_assets_post_distribution(&paid, assets, 2025001, ymd(2025, 4, 10)) == RG_EREFUSED && paid == 0);
  CHECK(rg_assets_post_distribution(&paid, assets, 2025001, ymd(2025, 4, 12)) == RG_OK && paid == 1);
  CHECK(rg_ledger_balance(&balance, ledger, 40) == RG_OK && balance.debits_posted == 100000 * yuan);
  CHECK(rg_assets_income_by_year(years, 2, &count, assets) == RG_OK && count == 1);
  CHECK(years[0].year == 2025 && years[0].income == 100000 * yuan && years[0].paid == 100000 * yuan);
  CHECK(rg_assets_notice_csv(NULL, 0, &csv_len, assets, 2025001) == RG_EBUFFER && csv_len > 0);

  /* Disposal: reason outside the list, then without approvals, both refused. */
  CHECK(rg_assets_confirm_ownership(assets, 2, ymd(2024, 9, 2), "证 2", strlen("证 2")) == RG_OK);
  CHECK(rg_assets_hand_over(assets, 2, ymd(2024, 9, 3)) == RG_OK);
  CHECK(rg_assets_request_disposal(assets, 2, 9, RG_DISPOSAL_METHOD_TRANSFER, 0, ymd(2025, 5, 1)) == RG_EINVAL);
  CHECK(strstr(rg_last_error_message(), "disposal reason 9") != NULL);
  CHECK(rg_assets_request_disposal(assets, 2, RG_DISPOSAL_REASON_AGREEMENT_EXPIRED, RG_DISPOSAL_METHOD_TRANSFER,
                                   5000 * yuan, ymd(2025, 5, 1)) == RG_OK);
  CHECK(rg_assets_dispose(assets, 2, ymd(2025, 5, 2)) == RG_EREFUSED);
  CHECK(rg_assets_approve_disposal(assets, 2, RG_APPROVAL_COUNTY, ymd(2025, 5, 2), "县", strlen("县")) == RG_ESTATE);
  CHECK(rg_assets_approve_disposal(assets, 2, RG_APPROVAL_OWNER, ymd(2025, 5, 2), "申请", strlen("申请")) == RG_OK);
  CHECK(rg_assets_approve_disposal(assets, 2, RG_APPROVAL_ASSEMBLY, ymd(2025, 5, 3), "决议", strlen("决议")) == RG_OK);
  CHECK(rg_assets_approve_disposal(assets, 2, RG_APPROVAL_TOWNSHIP, ymd(2025, 5, 4), "乡", strlen("乡")) == RG_OK);
  CHECK(rg_assets_approve_disposal(assets, 2, RG_APPROVAL_COUNTY, ymd(2025, 5, 5), "县", strlen("县")) == RG_OK);
  CHECK(rg_assets_dispose(assets, 2, ymd(2025, 5, 6)) == RG_OK);
  CHECK(rg_assets_events(events, 16, &count, assets, 2) == RG_OK && count == 9);
  CHECK(events[count - 1].kind == RG_ASSET_EVENT_DISPOSED && events[count - 1].to_status == RG_ASSET_STATUS_DISPOSED);

  /* Warnings: the station earned below a 120,000.00 plan once the plan is set; a second completed
   * project with no asset is found. */
  memset(&drafts[0].management.reserved, 0, sizeof drafts[0].management.reserved);
  drafts[0].management.planned_income_per_year = 120000 * yuan;
  CHECK(rg_assets_set_management(assets, 1, &drafts[0].management, ymd(2025, 6, 1)) == RG_OK);
  project.id = 7002;
  CHECK(rg_project_add(ledger, &project, "道路", strlen("道路"), ymd(2024, 1, 2)) == RG_OK);
  CHECK(rg_project_transition(ledger, 7002, RG_PROJECT_ADMITTED, ymd(2024, 1, 3)) == RG_OK);
  CHECK(rg_project_transition(ledger, 7002, RG_PROJECT_APPROVED, ymd(2024, 1, 4)) == RG_OK);
  CHECK(rg_project_transition(ledger, 7002, RG_PROJECT_UNDER_CONSTRUCTION, ymd(2024, 1, 5)) == RG_OK);
  CHECK(rg_project_transition(ledger, 7002, RG_PROJECT_COMPLETED, ymd(2024, 6, 5)) == RG_OK);
  rg_asset_warning_options_init(&options);
  options.as_of = ymd(2025, 12, 31);
  options.income_year = 2025;
  CHECK(rg_assets_warnings(warnings, 8, &count, assets, &options) == RG_OK);
  for (i = 0; i < count; ++i) {
    if (warnings[i].kind == RG_ASSET_WARNING_PROJECT_NOT_REGISTERED && warnings[i].project_id == 7002) ++unregistered;
    if (warnings[i].kind == RG_ASSET_WARNING_INCOME_BELOW_PLAN && warnings[i].asset_id == 1 &&
        warnings[i].actual == 100000 * yuan && warnings[i].expected == 120000 * yuan) {
      ++below_plan;
    }
  }
  CHECK(unregistered == 1 && below_plan == 1);
  options.struct_size = 0;
  CHECK(rg_assets_warnings(warnings, 8, &count, assets, &options) == RG_EINVAL);
  CHECK(rg_assets_totals(totals, 4, &count, assets, RG_ASSET_TOTALS_BY_STATUS, 0) == RG_OK && count == 2);
  CHECK(totals[0].key == RG_ASSET_STATUS_OPERATING && totals[0].value == values[0]);
  CHECK(rg_assets_totals(totals, 4, &count, assets, 9, 0) == RG_EINVAL);
  rg_asset_policy_init(&policy);
  CHECK(policy.struct_size == sizeof policy && policy.notice_days_min == 5);
  CHECK(rg_assets_set_policy(assets, &policy) == RG_OK);

  rg_assets_close(assets);
  rg_assets_close(NULL);
  rg_ledger_close(ledger);
  rg_store_close(store);
  remove_db(path);
}

/* Reports: two partitions summarised separately merge into the summary of both, and render. */
static void reports_from_c(void) {
  const uint64_t region[4] = {500230001001ULL, 500230001001ULL, 500230002001ULL, 500230002001ULL};
  const uint8_t kind[4] = {RG_HOUSEHOLD_FORMERLY_POOR, RG_HOUSEHOLD_ORDINARY, RG_HOUSEHOLD_FORMERLY_POOR,
                           RG_HOUSEHOLD_FORMERLY_POOR_NO_POLICY};
  const int32_t members[4] = {3, 4, 2, 1};
  const rg_money income[4] = {100000000, 200000000, 70000000, 90000000}; /* 10000, 20000, 7000, 9000 yuan */
  const uint8_t within[4] = {1, 0, 1, 0};
  const uint8_t level[4] = {RG_LEVEL_RED, 0, RG_LEVEL_BLUE, 0};
  rg_summary_households rows;
  rg_summary *all = NULL, *first = NULL, *second = NULL, *county = NULL, *loaded = NULL;
  rg_region_figures f;
  size_t count = 0, len = 0;
  char small[8];
  char* text;
  rg_summary_households_init(&rows);
  rows.region = region;
  rows.kind = kind;
  rows.members = members;
  rows.per_capita_income = income;
  rows.within_monitoring = within;
  rows.level = level;
  rows.count = 4;
  CHECK(rg_summary_from_households(&all, &rows) == RG_OK);
  rows.count = 2;
  CHECK(rg_summary_from_households(&first, &rows) == RG_OK);
  rows.region = region + 2;
  rows.kind = kind + 2;
  rows.members = members + 2;
  rows.per_capita_income = income + 2;
  rows.within_monitoring = within + 2;
  rows.level = level + 2;
  CHECK(rg_summary_from_households(&second, &rows) == RG_OK);
  CHECK(rg_summary_merge(first, second) == RG_OK);
  CHECK(rg_summary_roll_up(&county, first, RG_REGION_COUNTY) == RG_OK);
  CHECK(rg_summary_count(&count, county) == RG_OK && count == 1);
  memset(&f, 0, sizeof f);
  f.struct_size = sizeof f;
  CHECK(rg_summary_figures(&f, county, 0) == RG_OK);
  CHECK(f.region == 500230000000ULL && f.households_by_type[RG_HOUSEHOLD_FORMERLY_POOR] == 2);
  CHECK(f.people_by_type[RG_HOUSEHOLD_ORDINARY] == 4 && f.monitored == 2 && f.monitored_by_level[RG_LEVEL_RED] == 1);
  /* formerly poor: 10000 x 3 + 7000 x 2 + 9000 x 1 = 53000 yuan over 6 people */
  CHECK(f.fp_people_with_income == 6 && f.fp_income_people_sum == (rg_money)530000000LL);
  CHECK(rg_summary_figures(&f, county, 1) == RG_ERANGE);
  /* The merged partitions equal the summary of all rows, also through the JSON form. */
  CHECK(rg_summary_to_json(small, sizeof small, &len, first) == RG_EBUFFER && len > sizeof small);
  text = (char*)malloc(len + 1);
  CHECK(text != NULL && rg_summary_to_json(text, len + 1, &len, first) == RG_OK);
  CHECK(text != NULL && rg_summary_from_json(&loaded, text, len) == RG_OK);
  free(text);
  CHECK(rg_summary_count(&count, all) == RG_OK && count == 2);
  CHECK(rg_report_render(NULL, 0, &len, all, 20088, RG_REGION_TOWNSHIP, RG_REPORT_JSON, NULL, 0) == RG_EBUFFER);
  text = (char*)malloc(len + 1);
  CHECK(text != NULL && rg_report_render(text, len + 1, &len, loaded, 20088, RG_REGION_TOWNSHIP, RG_REPORT_HTML,
                                         NULL, 0) == RG_OK);
  CHECK(text != NULL && strstr(text, "<svg") != NULL && strstr(text, "<script") == NULL);
  free(text);
  CHECK(rg_report_render(small, sizeof small, &len, all, 20088, RG_REGION_TOWNSHIP, 99, NULL, 0) == RG_EINVAL);
  CHECK(rg_report_render(small, sizeof small, &len, all, 20088, RG_REGION_TOWNSHIP, RG_REPORT_JSON, "{", 1) ==
        RG_EPARSE);
  CHECK(rg_indicators_default(NULL, 0, &len, 20088) == RG_EBUFFER && len > 100);
  CHECK(rg_summary_merge(NULL, all) == RG_EINVAL);
  rows.kind = kind;
  rows.region = region;
  rows.members = members;
  rows.struct_size = 0;
  CHECK(rg_summary_from_households(&second, &rows) == RG_EINVAL);
  rg_summary_free(all);
  rg_summary_free(first);
  rg_summary_free(second);
  rg_summary_free(county);
  rg_summary_free(loaded);
  rg_summary_free(NULL);
}

/* Named limits reach C callers as RG_*_MAX macros: one past each is RG_ELIMIT with a message
 * naming the value; at the limit the call goes on (docs/limits.md, tests/capi/limits_*). */
static void limits_from_c(void) {
  static char text[RG_POLICY_JSON_MAX + 1];
  rg_money amount = 0;
  rg_store* store = NULL;
  rg_policy* policy = NULL;
  memset(text, '0', sizeof text);
  text[0] = '7';
  text[1] = '.';
  CHECK(rg_money_parse(&amount, text, RG_MONEY_TEXT_MAX, 0) == RG_OK && amount == 70000);
  CHECK(rg_money_parse(&amount, text, RG_MONEY_TEXT_MAX + 1, 0) == RG_ELIMIT && amount == 70000);
  CHECK(strstr(rg_last_error_message(), "257 bytes") != NULL);
  memset(text, 'a', sizeof text);
  text[0] = '/';
  CHECK(rg_store_open(&store, text, RG_PATH_MAX + 1, NULL) == RG_ELIMIT && store == NULL);
  CHECK(strstr(rg_last_error_message(), "4097 bytes") != NULL);
  /* At the limit the path is tried (and fails: no such file name can exist). */
  CHECK(rg_store_open(&store, text, RG_PATH_MAX, NULL) != RG_ELIMIT && store == NULL);
  CHECK(rg_policy_from_json(&policy, text, RG_POLICY_JSON_MAX + 1) == RG_ELIMIT && policy == NULL);
  CHECK(rg_policy_from_json(&policy, text, RG_POLICY_JSON_MAX) == RG_EPARSE && policy == NULL);
}

int main(void) {
  status_codes_are_pinned();
  versions_match_the_header();
  money_round_trip();
  money_errors_are_named();
  null_pointers_never_crash();
  allocation_sums_exactly();
  dates_and_regions();
  store_open_and_close();
  risk_from_c();
  cases_from_c();
  ledger_from_c();
  poverty_measures_from_c();
  households_null_arguments_are_refused();
  households_records_round_trip();
  households_csv_validation_and_columns();
  assets_from_c();
  reports_from_c();
  limits_from_c();
  if (failures != 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("C ABI checks passed\n");
  return 0;
}
