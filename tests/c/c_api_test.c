/* The C ABI exercised from a C99 compiler (-std=c99 -pedantic -Werror). */
#include <stdio.h>
#include <string.h>

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
  CHECK(strcmp(m_back.id_number, "1101**********002X") == 0); /* masked, never clear */
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

int main(void) {
  status_codes_are_pinned();
  versions_match_the_header();
  money_round_trip();
  money_errors_are_named();
  null_pointers_never_crash();
  allocation_sums_exactly();
  dates_and_regions();
  store_open_and_close();
  households_null_arguments_are_refused();
  households_records_round_trip();
  households_csv_validation_and_columns();
  if (failures != 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("C ABI checks passed\n");
  return 0;
}
