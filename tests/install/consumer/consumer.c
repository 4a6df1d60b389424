#include <ruralguard/ruralguard.h>
#include <string.h>
int main(void) {
  rg_money m;
  if (rg_version_number() / 10000 != RG_VERSION_MAJOR) return 1;
  return rg_money_parse(&m, "12.5万", strlen("12.5万"), 0) == RG_OK && m == 1250000000LL ? 0 : 1;
}
