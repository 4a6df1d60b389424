// C ABI: policies.
#include "capi/args.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "capi/text_out.hpp"
#include "ruralguard/policy.hpp"

using rg::capi::guard;

extern "C" {

rg_status rg_policy_default(rg_policy** out_policy, const char* province, size_t province_len, int32_t year) {
  RG_CHECK_ARG(out_policy);
  *out_policy = nullptr;
  return guard([&, func = __func__] {
    rg::Policy p =
        rg::default_policy(rg::capi::text_arg(province, province_len, "province", func), year);
    p.validate();
    *out_policy = new rg_policy(std::move(p));
  });
}

rg_status rg_policy_from_json(rg_policy** out_policy, const char* json, size_t json_len) {
  RG_CHECK_ARG(out_policy);
  *out_policy = nullptr;
  return guard([&, func = __func__] {
    *out_policy =
        new rg_policy(rg::policy_from_json(rg::capi::text_arg(json, json_len, "json", func)));
  });
}

rg_status rg_policy_to_json(char* out, size_t out_capacity, size_t* out_length, const rg_policy* policy) {
  RG_CHECK_ARG(out_length);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    rg::capi::copy_text_out(rg::policy_to_json(policy->policy), out, out_capacity, out_length,
                            func);
  });
}

rg_status rg_policy_threshold(rg_money* out_threshold, const rg_policy* policy, uint64_t region_code) {
  RG_CHECK_ARG(out_threshold);
  RG_CHECK_ARG(policy);
  return guard([&] { *out_threshold = policy->policy.threshold.for_region(region_code).units(); });
}

void rg_policy_free(rg_policy* policy) { delete policy; }

}  // extern "C"
