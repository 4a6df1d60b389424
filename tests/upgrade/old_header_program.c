/* A caller compiled against the FIRST public header (ruralguard-0.1.0.h, a frozen copy of the
 * 0.1.0 include/ruralguard/ruralguard.h) and linked at run time against the current
 * libruralguard.so. It must keep working unchanged for as long as the major version is 0: a
 * changed signature, struct layout or status value shows up here as a failure or a crash.
 * Compiled as C99 with -pedantic -Werror, with ONLY this directory on the include path. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ruralguard-0.1.0.h"

static int failures = 0;

#define CHECK(cond)                                                             \
  do {                                                                          \
    if (!(cond)) {                                                              \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                               \
    }                                                                           \
  } while (0)

static void versions_and_status_names(void) {
  /* Same major version: the library promises this header's ABI. */
  CHECK(rg_version_number() / 10000 == RG_VERSION_MAJOR);
  CHECK(rg_version_number() >= RG_VERSION_NUMBER);
  CHECK(rg_version_string() != NULL && rg_version_string()[0] != '\0');
  CHECK(strcmp(rg_status_name(RG_EPARSE), "RG_EPARSE") == 0);
  CHECK(strcmp(rg_status_name(RG_EBUSY), "RG_EBUSY") == 0);
  CHECK(strcmp(rg_status_name(RG_EINTERNAL), "RG_EINTERNAL") == 0);
}

static void money_and_errors(void) {
  rg_money a = 0, b = 0, c = 0;
  char buf[48];
  size_t len = 0;
  rg_money parts[3];
  const int64_t weights[3] = {1, 1, 1};
  CHECK(rg_money_parse(&a, "9819.05万", strlen("9819.05万"), 0) == RG_OK);
  CHECK(a == (rg_money)98190500 * RG_MONEY_UNITS_PER_YUAN);
  CHECK(rg_money_parse(&b, "1,234.5", 7, RG_MONEY_PARSE_THOUSANDS) == RG_OK && b == 12345000);
  CHECK(rg_money_add(&c, a, b) == RG_OK && c == a + b);
  CHECK(rg_money_format(buf, sizeof buf, &len, b, 2, RG_ROUND_HALF_UP, RG_MONEY_FORMAT_THOUSANDS) == RG_OK);
  CHECK(strcmp(buf, "1,234.50") == 0 && len == 8);
  CHECK(rg_money_mul_ratio(&c, 10000, 1, 3, 2, RG_ROUND_HALF_UP) == RG_OK && c == 3300);
  CHECK(rg_money_allocate_fen(parts, 1000000, weights, 3) == RG_OK);
  CHECK(parts[0] + parts[1] + parts[2] == 1000000);
  CHECK(rg_money_parse(&a, "12,3x", 5, 0) == RG_EPARSE);
  CHECK(strlen(rg_last_error_message()) > 0);
  CHECK(rg_money_parse(NULL, "1", 1, 0) == RG_EINVAL);
  CHECK(rg_money_parse(&a, "0.00001", 7, 0) == RG_EPRECISION);
  CHECK(rg_money_add(&c, (rg_money)INT64_MAX, 1) == RG_EOVERFLOW);
}

static void dates_and_regions(void) {
  rg_date d = 0, e = 0;
  char buf[11];
  uint64_t code = 0, parent = 0;
  uint8_t level = 0;
  CHECK(rg_date_parse(&d, "2023-01-31", 10) == RG_OK);
  CHECK(rg_date_add_months(&e, d, 1) == RG_OK);
  CHECK(rg_date_format(buf, sizeof buf, e) == RG_OK && strcmp(buf, "2023-02-28") == 0);
  CHECK(rg_date_parse(&d, "2023-02-29", 10) == RG_ERANGE);
  CHECK(rg_date_parse(&d, "2024/02/03", 10) == RG_EPARSE);
  CHECK(rg_region_parse(&code, &level, "500112001001", 12) == RG_OK && level == RG_REGION_VILLAGE);
  CHECK(rg_region_parent(&parent, code) == RG_OK && parent == 500112001000ULL);
}

static void remove_store(const char* path) {
  char extra[256];
  remove(path);
  sprintf(extra, "%s-wal", path);
  remove(extra);
  sprintf(extra, "%s-shm", path);
  remove(extra);
  sprintf(extra, "%s.idkey", path);
  remove(extra);
}

static void store_households_policy_and_runs(const char* path) {
  rg_store* store = NULL;
  rg_store_options options;
  rg_household_record h, back;
  rg_member_record m, found;
  rg_policy* policy = NULL;
  rg_policy* loaded = NULL;
  rg_policy* missing = NULL;
  int32_t version = 0;
  int64_t regions = 0, households = 0, members = 0, incomes = 0, run_id = 0;
  rg_money threshold = 0;
  rg_date as_of = 0, period_end = 0;
  /* Batch assessment of three households through the struct-of-arrays ABI. */
  uint64_t region[3] = {500112001001ULL, 500112001001ULL, 500112001001ULL};
  uint8_t kind[3] = {RG_HOUSEHOLD_FORMERLY_POOR, RG_HOUSEHOLD_ORDINARY, RG_HOUSEHOLD_ORDINARY};
  rg_money pci[3] = {5000LL * 10000, 15000LL * 10000, 8000LL * 10000}; /* 2024 floor: 6,000 */
  rg_money net[3] = {24000LL * 10000, 60000LL * 10000, 32000LL * 10000};
  rg_date ends[3];
  int32_t member_count[3] = {4, 4, 4}, labour[3] = {0, 2, 2};
  uint8_t within[3], category[3], level[3];
  uint32_t mask[3];
  int32_t score[3], next_visit[3], status[3];
  uint64_t keys[3] = {1, 2, 3};
  size_t failed = 99;
  rg_household_columns in;
  rg_assessment_columns out;

  rg_store_options_init(&options);
  CHECK(options.struct_size == sizeof options);
  options.busy_timeout_ms = 2000;
  CHECK(rg_store_open(&store, path, strlen(path), &options) == RG_OK && store != NULL);
  if (store == NULL) return;
  CHECK(rg_store_schema_version(&version, store) == RG_OK && version >= 6);

  CHECK(rg_households_put_region(store, 500112001001ULL, "红星村", strlen("红星村"), 0, 0, 0) == RG_OK);
  rg_household_record_init(&h);
  strcpy(h.household_id, "H1");
  strcpy(h.phone, "13800000000");
  h.region_code = 500112001001ULL;
  h.type = RG_HOUSEHOLD_FORMERLY_POOR;
  CHECK(rg_households_put(store, &h) == RG_OK);
  rg_member_record_init(&m);
  strcpy(m.person_id, "P1");
  strcpy(m.household_id, "H1");
  strcpy(m.id_number, "11010519491231002X");
  m.relation = 1;
  CHECK(rg_date_from_ymd(&m.birth_date, 1949, 12, 31) == RG_OK);
  CHECK(rg_members_put(store, &m) == RG_OK);
  memset(&back, 0, sizeof back);
  back.struct_size = sizeof back;
  CHECK(rg_households_get(&back, store, "H1", 2) == RG_OK);
  CHECK(back.type == RG_HOUSEHOLD_FORMERLY_POOR && strcmp(back.phone, "13800000000") == 0);
  CHECK(rg_households_get(&back, store, "H9", 2) == RG_ENOTFOUND);
  CHECK(strstr(rg_last_error_message(), "H9") != NULL);
  memset(&found, 0, sizeof found);
  found.struct_size = sizeof found;
  CHECK(rg_members_find_by_id_number(&found, store, "11010519491231002X", 18) == RG_OK);
  CHECK(strcmp(found.person_id, "P1") == 0);
  /* masked, never clear (0.1.0 showed the last 4 characters; since migration 8 only the last) */
  CHECK(strcmp(found.id_number, "1101*************X") == 0);
  CHECK(rg_households_count(&regions, &households, &members, &incomes, store) == RG_OK);
  CHECK(regions == 1 && households == 1 && members == 1 && incomes == 0);

  CHECK(rg_policy_default(&policy, "53", 2, 2025) == RG_OK && policy != NULL);
  CHECK(rg_policy_threshold(&threshold, policy, 500112001001ULL) == RG_OK && threshold > 0);
  CHECK(rg_store_save_policy(store, policy) == RG_OK);
  CHECK(rg_store_load_policy(&loaded, store, "default-53-2025", strlen("default-53-2025"), 0) == RG_OK);
  CHECK(rg_store_load_policy(&missing, store, "nope", 4, 0) == RG_ENOTFOUND && missing == NULL);

  CHECK(rg_date_from_ymd(&as_of, 2024, 3, 1) == RG_OK && rg_date_from_ymd(&period_end, 2023, 12, 31) == RG_OK);
  ends[0] = ends[1] = ends[2] = period_end;
  memset(&in, 0, sizeof in);
  in.struct_size = sizeof in;
  in.count = 3;
  in.region_code = region;
  in.kind = kind;
  in.per_capita_income = pci;
  in.net_income = net;
  in.income_period_end = ends;
  in.members = member_count;
  in.labour_capable = labour;
  memset(&out, 0, sizeof out);
  out.struct_size = sizeof out;
  out.within_monitoring = within;
  out.category = category;
  out.risk_mask = mask;
  out.score = score;
  out.level = level;
  out.next_visit = next_visit;
  out.status = status;
  CHECK(rg_risk_assess_batch(&failed, &out, &in, loaded != NULL ? loaded : policy, as_of) == RG_OK && failed == 0);
  CHECK(within[0] == 1 && within[1] == 0 && status[0] == 0 && level[0] != RG_LEVEL_NONE);
  CHECK(rg_risk_run_record(&run_id, store, policy, as_of, keys, 3, &out, "Q1", 2) == RG_OK && run_id > 0);
  in.members = NULL;
  CHECK(rg_risk_assess_batch(&failed, &out, &in, policy, as_of) == RG_EINVAL);
  CHECK(strstr(rg_last_error_message(), "members") != NULL);

  rg_policy_free(loaded);
  rg_policy_free(policy);
  rg_store_close(store);
}

static void ledger_create_and_look_up(const char* path) {
  rg_store* store = NULL;
  rg_ledger* ledger = NULL;
  rg_account accounts[2];
  rg_transfer t;
  uint32_t results[2];
  size_t committed = 0;
  rg_balance balance;
  uint8_t head[32];
  uint64_t length = 0, bad = 1;
  rg_date feb = 0;
  CHECK(rg_date_from_ymd(&feb, 2024, 2, 1) == RG_OK);
  CHECK(rg_store_open(&store, path, strlen(path), NULL) == RG_OK);
  if (store == NULL) return;
  CHECK(rg_ledger_open(&ledger, store) == RG_OK && ledger != NULL);
  memset(accounts, 0, sizeof accounts);
  accounts[0].id = 1;
  accounts[0].holder_id = 500112000000ULL;
  accounts[0].fiscal_year = 2024;
  accounts[0].level = RG_FUND_CENTRAL;
  accounts[0].kind = RG_ACCOUNT_KIND_SOURCE;
  accounts[0].holder_kind = RG_HOLDER_REGION;
  accounts[1] = accounts[0];
  accounts[1].id = 10;
  accounts[1].kind = RG_ACCOUNT_KIND_BUDGET;
  accounts[1].flags = RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS;
  CHECK(rg_ledger_create_accounts(results, ledger, accounts, 2) == RG_OK);
  CHECK(results[0] == RG_ACCOUNT_OK && results[1] == RG_ACCOUNT_OK);
  memset(&t, 0, sizeof t);
  t.id_lo = 1;
  t.debit_account_id = 1;
  t.credit_account_id = 10;
  t.amount = (rg_money)3682 * RG_MONEY_UNITS_PER_YUAN;
  t.code = RG_CODE_ALLOCATE;
  t.effective_date = feb;
  CHECK(rg_ledger_create_transfers(results, &committed, ledger, &t, 1) == RG_OK);
  CHECK(committed == 1 && results[0] == RG_TRANSFER_OK);
  CHECK(rg_ledger_create_transfers(results, &committed, ledger, &t, 1) == RG_OK);
  CHECK(committed == 0 && results[0] == RG_TRANSFER_EXISTS);
  CHECK(rg_ledger_balance(&balance, ledger, 10) == RG_OK && balance.credits_posted == t.amount);
  CHECK(rg_ledger_balance(&balance, ledger, 404) == RG_ENOTFOUND);
  CHECK(rg_ledger_chain_head(head, &length, ledger) == RG_OK && length == 1);
  CHECK(rg_ledger_verify(&bad, ledger) == RG_OK && bad == 0);
  CHECK(strcmp(rg_transfer_result_name(RG_TRANSFER_EXISTS), "exists") == 0);
  rg_ledger_close(ledger);
  rg_store_close(store);
}

int main(void) {
  char path[128];
  sprintf(path, "/tmp/rg_old_header_%ld.db", (long)getpid());
  remove_store(path);
  versions_and_status_names();
  money_and_errors();
  dates_and_regions();
  store_households_policy_and_runs(path);
  ledger_create_and_look_up(path);
  remove_store(path);
  if (failures != 0) {
    fprintf(stderr, "%d checks failed\n", failures);
    return 1;
  }
  printf("old-header program: all checks passed against library %s\n", rg_version_string());
  return 0;
}
