// C ABI: stored policies and assessment runs.
#include <algorithm>

#include "capi/args.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "capi/limits.hpp"
#include "ruralguard/assessment_store.hpp"

using rg::capi::guard;

namespace {

template <typename T>
std::span<const T> required(const T* data, std::size_t n, const char* name) {
  if (data == nullptr && n != 0) {
    throw rg::Error(rg::ErrorCode::kInvalidArgument, std::string("rg_risk_run_record: results column '") + name +
                                                         "' is NULL");
  }
  return {data, n};
}

}  // namespace

extern "C" {

rg_status rg_store_save_policy(rg_store* store, const rg_policy* policy) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(policy);
  return guard([&] { rg::save_policy(store->store, policy->policy); });
}

rg_status rg_store_load_policy(rg_policy** out_policy, rg_store* store, const char* id, size_t id_len, int32_t version) {
  RG_CHECK_ARG(out_policy);
  *out_policy = nullptr;
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    const auto text = rg::capi::text_arg(id, id_len, "id", func);
    std::optional<int32_t> v;
    if (version > 0) v = version;
    *out_policy = new rg_policy(rg::load_policy(store->store, std::string(text), v));
  });
}

rg_status rg_risk_run_record(int64_t* out_run_id, rg_store* store, const rg_policy* policy, rg_date as_of,
                             const uint64_t* household_keys, size_t count, const rg_assessment_columns* results,
                             const char* label, size_t label_len) {
  RG_CHECK_ARG(out_run_id);
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(policy);
  RG_CHECK_ARG(results);
  if (household_keys == nullptr && count != 0) return rg::capi::null_argument(__func__, "household_keys");
  return guard([&, func = __func__] {
    const auto text = rg::capi::text_arg(label, label_len, "label", func);
    rg::capi::check_length(label_len, RG_RUN_LABEL_MAX, func, "label", "RG_RUN_LABEL_MAX");
    rg::capi::check_struct_size(results->struct_size, sizeof(rg_assessment_columns),
                                "rg_assessment_columns", func);
    rg::RunResults r;
    r.household_key = {household_keys, count};
    r.within_monitoring = required(results->within_monitoring, count, "within_monitoring");
    r.category = required(results->category, count, "category");
    r.level = required(results->level, count, "level");
    r.risk_mask = required(results->risk_mask, count, "risk_mask");
    r.score = required(results->score, count, "score");
    r.next_visit = required(results->next_visit, count, "next_visit");
    *out_run_id = rg::record_assessment_run(
        store->store, policy->policy, rg::Date::from_days_since_epoch(as_of), r, std::string(text));
  });
}

rg_status rg_risk_run_diff(rg_run_diff** out_diff, rg_store* store, int64_t earlier, int64_t later) {
  RG_CHECK_ARG(out_diff);
  *out_diff = nullptr;
  RG_CHECK_ARG(store);
  return guard([&] { *out_diff = new rg_run_diff{rg::diff_assessment_runs(store->store, earlier, later)}; });
}

rg_status rg_run_diff_counts(size_t* out_entered, size_t* out_left, size_t* out_level_changed, const rg_run_diff* diff) {
  RG_CHECK_ARG(diff);
  if (out_entered != nullptr) *out_entered = diff->diff.entered.size();
  if (out_left != nullptr) *out_left = diff->diff.left.size();
  if (out_level_changed != nullptr) *out_level_changed = diff->diff.level_changed.size();
  return RG_OK;
}

rg_status rg_run_diff_copy(uint64_t* entered, uint64_t* left, uint64_t* changed_keys, uint8_t* level_from,
                           uint8_t* level_to, const rg_run_diff* diff) {
  RG_CHECK_ARG(diff);
  const auto& d = diff->diff;
  if (entered != nullptr) std::copy(d.entered.begin(), d.entered.end(), entered);
  if (left != nullptr) std::copy(d.left.begin(), d.left.end(), left);
  for (std::size_t i = 0; i < d.level_changed.size(); ++i) {
    if (changed_keys != nullptr) changed_keys[i] = d.level_changed[i].household_key;
    if (level_from != nullptr) level_from[i] = static_cast<uint8_t>(d.level_changed[i].from);
    if (level_to != nullptr) level_to[i] = static_cast<uint8_t>(d.level_changed[i].to);
  }
  return RG_OK;
}

void rg_run_diff_free(rg_run_diff* diff) { delete diff; }

}  // extern "C"
