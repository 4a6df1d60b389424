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
  reports_from_c();
  if (failures != 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("C ABI checks passed\n");
  return 0;
}
