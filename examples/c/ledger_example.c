/* Embedding the fund ledger from C: a county receives central linkage funds (衔接资金),
 * approves a project, disburses to it, and prints its disbursement progress (支出进度).
 * Usage: ledger_example [database-path]   (default: ledger_example.db in the current directory) */
#include <stdio.h>
#include <string.h>

#include "ruralguard/ruralguard.h"

#define TRY(call)                                                                   \
  do {                                                                              \
    rg_status s_ = (call);                                                          \
    if (s_ != RG_OK) {                                                              \
      fprintf(stderr, "%s failed: %s: %s\n", #call, rg_status_name(s_), rg_last_error_message()); \
      return 1;                                                                     \
    }                                                                               \
  } while (0)

static rg_account account(uint64_t id, uint8_t kind, uint8_t holder_kind, uint64_t holder, uint16_t flags) {
  rg_account a;
  memset(&a, 0, sizeof a);
  a.id = id;
  a.kind = kind;
  a.holder_kind = holder_kind;
  a.holder_id = holder;
  a.flags = flags;
  a.level = RG_FUND_CENTRAL;
  a.fiscal_year = 2024;
  return a;
}

static rg_transfer transfer(uint64_t id, uint64_t debit, uint64_t credit, const char* yuan, uint16_t code,
                            rg_date date, uint64_t project, const char* memo) {
  rg_transfer t;
  memset(&t, 0, sizeof t);
  t.id_hi = 2024;
  t.id_lo = id;
  t.debit_account_id = debit;
  t.credit_account_id = credit;
  if (rg_money_parse(&t.amount, yuan, strlen(yuan), 0) != RG_OK) t.amount = 0;
  t.code = code;
  t.effective_date = date;
  t.project_id = project;
  strncpy(t.memo, memo, RG_TRANSFER_MEMO_MAX);
  return t;
}

int main(int argc, char** argv) {
  const char* path = argc > 1 ? argv[1] : "ledger_example.db";
  rg_store* store = NULL;
  rg_ledger* ledger = NULL;
  rg_account accounts[3];
  rg_project project;
  rg_transfer batch[3];
  uint32_t results[3];
  rg_progress_row rows[8];
  size_t committed = 0, count = 0, i;
  rg_date feb = 0, mar = 0, jun = 0;
  char allocated[48], disbursed[48];

  TRY(rg_date_from_ymd(&feb, 2024, 2, 1));
  TRY(rg_date_from_ymd(&mar, 2024, 3, 1));
  TRY(rg_date_from_ymd(&jun, 2024, 6, 30));
  TRY(rg_store_open(&store, path, strlen(path), NULL));
  TRY(rg_ledger_open(&ledger, store));

  /* Central funds enter the county; the county budget may never spend more than it received. */
  accounts[0] = account(1, RG_ACCOUNT_KIND_SOURCE, RG_HOLDER_REGION, 500112000000ull, 0);
  accounts[1] = account(10, RG_ACCOUNT_KIND_BUDGET, RG_HOLDER_REGION, 500112000000ull,
                        RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS);
  accounts[2] = account(30, RG_ACCOUNT_KIND_PAYEE, RG_HOLDER_PAYEE, 1, 0);
  TRY(rg_ledger_create_accounts(results, ledger, accounts, 3));

  memset(&project, 0, sizeof project);
  project.id = 7001;
  project.region = 500112001001ull;
  project.fiscal_year = 2024;
  project.type = RG_PROJECT_TYPE_INDUSTRY;
  project.public_notice = 1;
  if (rg_project_add(ledger, &project, "花椒种植基地", strlen("花椒种植基地"), feb) == RG_OK) {
    TRY(rg_project_transition(ledger, 7001, RG_PROJECT_ADMITTED, feb));
    TRY(rg_project_transition(ledger, 7001, RG_PROJECT_APPROVED, mar));
  }

  /* Running the example twice changes nothing: the transfer ids make every write idempotent. */
  batch[0] = transfer(1, 1, 10, "36.82亿", RG_CODE_ALLOCATE, feb, 0, "2024年中央衔接资金");
  batch[1] = transfer(2, 10, 30, "22.4亿", RG_CODE_DISBURSE, jun, 7001, "花椒基地建设");
  batch[2] = transfer(3, 10, 30, "20亿", RG_CODE_DISBURSE, jun, 7001, "超支: 会被拒绝");
  TRY(rg_ledger_create_transfers(results, &committed, ledger, batch, 3));
  for (i = 0; i < 3; ++i) printf("transfer %lu: %s\n", (unsigned long)batch[i].id_lo, rg_transfer_result_name(results[i]));
  printf("committed %lu transfer(s)\n", (unsigned long)committed);

  TRY(rg_ledger_progress(rows, 8, &count, ledger, jun));
  for (i = 0; i < count; ++i) {
    TRY(rg_money_format(allocated, sizeof allocated, NULL, rows[i].allocated, 2, RG_ROUND_HALF_UP, RG_MONEY_FORMAT_THOUSANDS));
    TRY(rg_money_format(disbursed, sizeof disbursed, NULL, rows[i].disbursed, 2, RG_ROUND_HALF_UP, RG_MONEY_FORMAT_THOUSANDS));
    printf("level %u, %ld: allocated %s yuan, disbursed %s yuan, progress %s\n", (unsigned)rows[i].level,
           (long)rows[i].fiscal_year, allocated, disbursed, rows[i].has_progress ? rows[i].progress_percent : "-");
  }
  TRY(rg_ledger_verify(NULL, ledger));
  printf("hash chain verified\n");
  rg_ledger_close(ledger);
  rg_store_close(store);
  return 0;
}
