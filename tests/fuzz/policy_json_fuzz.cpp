// libFuzzer target: policy files (rg_policy_from_json). Properties: an accepted policy writes
// JSON that loads again and writes the identical text (a fixed point), keeps its thresholds,
// and assesses a household the same way as the original; a refused file has an error message.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "fuzz_check.hpp"
#include "ruralguard/ruralguard.h"

namespace {

std::string to_json(const rg_policy* policy) {
  std::size_t length = 0;
  const rg_status probe = rg_policy_to_json(nullptr, 0, &length, policy);
  FUZZ_CHECK(probe == RG_EBUFFER || probe == RG_EINVAL, "size probe: %s", rg_status_name(probe));
  std::string text(length + 1, '\0');
  FUZZ_CHECK(rg_policy_to_json(text.data(), text.size(), &length, policy) == RG_OK, "to_json: %s",
             rg_last_error_message());
  text.resize(length);
  return text;
}

int32_t assess_score(const rg_policy* policy, rg_status* status) {
  rg_household_facts facts;
  rg_household_facts_init(&facts);
  facts.kind = RG_HOUSEHOLD_FORMERLY_POOR;
  facts.region_code = 500112001001ull;
  facts.per_capita_income = 7000 * int64_t{RG_MONEY_UNITS_PER_YUAN};
  facts.net_income = 21000 * int64_t{RG_MONEY_UNITS_PER_YUAN};
  facts.medical_out_of_pocket = 9000 * int64_t{RG_MONEY_UNITS_PER_YUAN};
  facts.members = 3;
  facts.labour_capable = 1;
  facts.seriously_ill = 1;
  (void)rg_date_from_ymd(&facts.income_period_end, 2024, 6, 30);
  rg_date as_of = 0;
  (void)rg_date_from_ymd(&as_of, 2024, 9, 1);
  rg_assessment out;
  std::memset(&out, 0, sizeof out);
  out.struct_size = sizeof out;
  *status = rg_risk_assess(&out, &facts, policy, as_of);
  return *status == RG_OK ? out.score * 16 + out.level * 4 + out.category : -1;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  rg_policy* policy = nullptr;
  const rg_status status = rg_policy_from_json(&policy, reinterpret_cast<const char*>(data), size);
  if (status != RG_OK) {
    FUZZ_CHECK(policy == nullptr, "policy set on error");
    FUZZ_CHECK(status == RG_EPARSE || status == RG_ERANGE || status == RG_EVERSION || status == RG_ELIMIT,
               "status %s", rg_status_name(status));
    FUZZ_CHECK(rg_last_error_message()[0] != '\0', "error without a message");
    return 0;
  }
  const std::string first = to_json(policy);
  rg_policy* again = nullptr;
  FUZZ_CHECK(rg_policy_from_json(&again, first.data(), first.size()) == RG_OK,
             "written policy does not load: %s\n%s", rg_last_error_message(), first.c_str());
  const std::string second = to_json(again);
  FUZZ_CHECK(first == second, "not a fixed point:\n%s\n---\n%s", first.c_str(), second.c_str());
  rg_money t1 = 0, t2 = 0;
  FUZZ_CHECK(rg_policy_threshold(&t1, policy, 500112001001ull) == RG_OK &&
                 rg_policy_threshold(&t2, again, 500112001001ull) == RG_OK && t1 == t2,
             "thresholds %lld vs %lld", static_cast<long long>(t1), static_cast<long long>(t2));
  rg_status s1 = RG_OK, s2 = RG_OK;
  const int32_t a1 = assess_score(policy, &s1);
  const int32_t a2 = assess_score(again, &s2);
  FUZZ_CHECK(s1 == s2 && a1 == a2, "assessment differs: %d/%d vs %d/%d", s1, a1, s2, a2);
  rg_policy_free(again);
  rg_policy_free(policy);
  return 0;
}
