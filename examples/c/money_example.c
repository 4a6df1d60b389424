/* Parse two amounts, compute disbursement progress exactly, split a payment by weights. */
#include <stdio.h>
#include <string.h>
#include <ruralguard/ruralguard.h>

int main(void) {
  rg_money allocated, spent, percent, parts[3];
  const int64_t weights[3] = {1, 1, 1};
  char text[48];
  if (rg_money_parse(&allocated, "36.82亿", strlen("36.82亿"), 0) != RG_OK ||
      rg_money_parse(&spent, "22.4亿", strlen("22.4亿"), 0) != RG_OK) {
    fprintf(stderr, "error: %s\n", rg_last_error_message());
    return 1;
  }
  /* 100 x spent / allocated, exact, rounded once to 2 places */
  if (rg_money_mul_ratio(&percent, 100 * RG_MONEY_UNITS_PER_YUAN, spent, allocated, 2,
                         RG_ROUND_HALF_UP) != RG_OK ||
      rg_money_format(text, sizeof text, NULL, percent, 2, RG_ROUND_HALF_UP, 0) != RG_OK)
    return 1;
  printf("disbursement progress %s%%\n", text); /* 60.84% */
  if (rg_money_allocate_fen(parts, 100 * RG_MONEY_UNITS_PER_YUAN, weights, 3) != RG_OK) return 1;
  for (int i = 0; i < 3; ++i) {
    if (rg_money_format(text, sizeof text, NULL, parts[i], 2, RG_ROUND_HALF_UP, 0) == RG_OK)
      printf("part %d: %s\n", i + 1, text); /* 33.34, 33.33, 33.33 */
  }
  return 0;
}
