/* Embedding the household store and risk screening from C, the path a vendor's system takes:
 * the county's CSV files (here written by the synthetic generator, standing in for the vendor's
 * export) are imported into the store in one transaction, loaded as columns, and assessed in one
 * batch call against the province's policy; the program prints the monitoring picture.
 * Usage: county_example [directory]   (default: the current directory; it writes county.db and
 * four CSV files there) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ruralguard/ruralguard.h"

#define TRY(call)                                                                                 \
  do {                                                                                            \
    rg_status s_ = (call);                                                                        \
    if (s_ != RG_OK) {                                                                            \
      fprintf(stderr, "%s failed: %s: %s\n", #call, rg_status_name(s_), rg_last_error_message()); \
      return 1;                                                                                   \
    }                                                                                             \
  } while (0)

/* Every import error names file, line, column and rule; a vendor would show or log them. */
static void on_csv_error(void* context, const rg_csv_error* e) {
  (void)context;
  fprintf(stderr, "%s:%lld: column %d (%s): %s [%s]\n", e->file, (long long)e->line, (int)e->column,
          e->column_name, e->message, e->rule);
}

int main(int argc, char** argv) {
  const char* dir = argc > 1 ? argv[1] : ".";
  char paths[5][1024];
  const char* names[5] = {"county.db", "regions.csv", "households.csv", "members.csv", "income.csv"};
  for (int i = 0; i < 5; ++i) snprintf(paths[i], sizeof paths[i], "%s/%s", dir, names[i]);
  for (int i = 0; i < 5; ++i) remove(paths[i]); /* start from nothing */

  rg_csv_files files;
  memset(&files, 0, sizeof files);
  files.struct_size = sizeof files;
  files.regions = paths[1];
  files.regions_len = strlen(paths[1]);
  files.households = paths[2];
  files.households_len = strlen(paths[2]);
  files.members = paths[3];
  files.members_len = strlen(paths[3]);
  files.income = paths[4];
  files.income_len = strlen(paths[4]);

  /* 1. The vendor's export: 2,000 households of a county in Chongqing. */
  rg_synthetic_county_options county;
  rg_synthetic_county_options_init(&county);
  county.households = 2000;
  county.villages = 20;
  county.seed = 7;
  TRY(rg_synthetic_county_write_csv(NULL, &files, &county));

  /* 2. Import: all or nothing, errors reported through the callback. */
  rg_store* store = NULL;
  TRY(rg_store_open(&store, paths[0], strlen(paths[0]), NULL));
  rg_csv_import_options options;
  rg_csv_import_options_init(&options);
  options.on_error = on_csv_error;
  rg_csv_import_result imported;
  memset(&imported, 0, sizeof imported);
  imported.struct_size = sizeof imported;
  TRY(rg_households_import_csv(&imported, store, &files, &options));
  printf("imported %lld households, %lld members, %lld income statements\n", (long long)imported.imported[1],
         (long long)imported.imported[2], (long long)imported.imported[3]);

  /* 3. Columns for the batch: the table's view mirrors rg_household_columns field for field. */
  rg_date as_of;
  TRY(rg_date_from_ymd(&as_of, 2025, 3, 31));
  rg_household_table* table = NULL;
  TRY(rg_household_table_load(&table, store, as_of, NULL, 0));
  rg_household_table_view v;
  memset(&v, 0, sizeof v);
  v.struct_size = sizeof v;
  TRY(rg_household_table_view_get(&v, table));

  rg_household_columns in;
  memset(&in, 0, sizeof in);
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

  /* 4. One batch call against the built-in policy for Chongqing (50), 2024. */
  rg_policy* policy = NULL;
  TRY(rg_policy_default(&policy, "53", 2, 2025));
  uint8_t* within = calloc(v.count, 1);
  uint8_t* level = calloc(v.count, 1);
  uint8_t* category = calloc(v.count, 1);
  int32_t* status = calloc(v.count, sizeof *status);
  if (v.count > 0 && (within == NULL || level == NULL || category == NULL || status == NULL)) {
    fprintf(stderr, "out of memory\n");
    return 1;
  }
  rg_assessment_columns out;
  memset(&out, 0, sizeof out);
  out.struct_size = sizeof out;
  out.within_monitoring = within;
  out.level = level;
  out.category = category;
  out.status = status;
  size_t failed = 0;
  TRY(rg_risk_assess_batch(&failed, &out, &in, policy, as_of));

  size_t monitored = 0, by_level[4] = {0, 0, 0, 0}, by_category[4] = {0, 0, 0, 0};
  for (size_t i = 0; i < v.count; ++i) {
    if (status[i] != 0) continue; /* a row with bad data: its status says why */
    monitored += within[i];
    if (level[i] < 4) ++by_level[level[i]];
    if (within[i] && category[i] < 4) ++by_category[category[i]];
  }
  printf("assessed %zu households as of 2025-03-31 (%zu rows refused)\n", v.count, failed);
  printf("within monitoring: %zu (unstable formerly poor %zu, marginal %zu, sudden severe %zu)\n", monitored,
         by_category[RG_CATEGORY_UNSTABLE_FORMERLY_POOR], by_category[RG_CATEGORY_MARGINAL],
         by_category[RG_CATEGORY_SUDDEN_SEVERE]);
  printf("warning levels: red %zu, yellow %zu, blue %zu\n", by_level[RG_LEVEL_RED], by_level[RG_LEVEL_YELLOW],
         by_level[RG_LEVEL_BLUE]);

  /* The first red household, by its vendor id. */
  for (size_t i = 0; i < v.count; ++i) {
    if (status[i] == 0 && level[i] == RG_LEVEL_RED) {
      char id[RG_HOUSEHOLD_ID_MAX + 1];
      TRY(rg_household_table_household_id(id, sizeof id, table, i));
      printf("first red household: %s\n", id);
      break;
    }
  }

  free(within);
  free(level);
  free(category);
  free(status);
  rg_policy_free(policy);
  rg_household_table_free(table);
  rg_store_close(store);
  return 0;
}
