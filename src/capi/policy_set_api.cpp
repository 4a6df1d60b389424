// C ABI: policy sets and regimes (issue 16; DOMAIN.md 1.2, DOMAIN-2026 §7.3).
#include <climits>
#include <span>

#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "capi/policy_set_handle.hpp"
#include "capi/text_out.hpp"
#include "ruralguard/assessment_store.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/household_table.hpp"
#include "ruralguard/policy_set.hpp"
#include "ruralguard/policy_set_store.hpp"


namespace {

using rg::capi::guard;

// The batch columns as rg_risk_assess_batch reads them (risk_api.cpp keeps its own copy; the two
// may share one helper after issue 16 is merged).
template <typename T>
std::span<const T> column(const T* data, std::size_t n, const char* name, bool required, const char* func) {
  if (data == nullptr) {
    if (required) {
      throw rg::Error(rg::ErrorCode::kInvalidArgument,
                      std::string(func) + ": required column '" + name + "' is NULL");
    }
    return {};
  }
  return {data, n};
}

template <typename T>
std::span<T> out_column(T* data, std::size_t n) {
  return data == nullptr ? std::span<T>() : std::span<T>(data, n);
}

rg::HouseholdFacts facts_of(const rg_household_facts& c, const char* func) {
  rg::capi::check_struct_size(c.struct_size, sizeof(rg_household_facts), "rg_household_facts", func);
  rg::HouseholdFacts f;
  f.region_code = c.region_code;
  f.kind = rg::capi::engine_checked_enum<rg::HouseholdKind>(c.kind);
  f.guarantee_failures = c.guarantee_failures;
  f.events = c.events;
  f.per_capita_income = rg::Money::from_units(c.per_capita_income);
  if (c.previous_per_capita_income != RG_MONEY_UNKNOWN) {
    f.previous_per_capita_income = rg::Money::from_units(c.previous_per_capita_income);
  }
  f.net_income = rg::Money::from_units(c.net_income);
  f.medical_out_of_pocket = rg::Money::from_units(c.medical_out_of_pocket);
  f.education_out_of_pocket = rg::Money::from_units(c.education_out_of_pocket);
  f.income_period_end = rg::Date::from_days_since_epoch(c.income_period_end);
  f.members = c.members;
  f.labour_capable = c.labour_capable;
  f.weak_labour = c.weak_labour;
  f.seriously_ill = c.seriously_ill;
  f.chronically_ill = c.chronically_ill;
  f.disabled = c.disabled;
  return f;
}

}  // namespace

extern "C" {

rg_status rg_policy_set_from_json(rg_policy_set** out_set, const char* json, size_t json_len) {
  RG_CHECK_ARG(out_set);
  *out_set = nullptr;
  return guard([&, func = __func__] {
    *out_set = new rg_policy_set(rg::policy_set_from_json(rg::capi::text_arg(json, json_len, "json", func)));
  });
}

rg_status rg_policy_set_builtin(rg_policy_set** out_set) {
  RG_CHECK_ARG(out_set);
  *out_set = nullptr;
  return guard([&] { *out_set = new rg_policy_set(rg::builtin_policy_catalogue()); });
}

rg_status rg_policy_set_to_json(char* out, size_t out_capacity, size_t* out_length, const rg_policy_set* set) {
  RG_CHECK_ARG(out_length);
  RG_CHECK_ARG(set);
  return guard([&, func = __func__] {
    rg::capi::copy_text_out(rg::policy_set_to_json(set->set), out, out_capacity, out_length, func);
  });
}

rg_status rg_policy_set_counts(size_t* out_count, size_t* out_changes, const rg_policy_set* set) {
  RG_CHECK_ARG(set);
  return guard([&] {
    if (out_count != nullptr) *out_count = set->set.size();
    if (out_changes != nullptr) *out_changes = set->set.changes().size();
  });
}

rg_status rg_policy_set_lookup(rg_policy** out_policy, const rg_policy_set* set, uint64_t region_code,
                               rg_date income_period_end) {
  RG_CHECK_ARG(out_policy);
  *out_policy = nullptr;
  RG_CHECK_ARG(set);
  return guard([&] {
    *out_policy = new rg_policy(set->set.lookup(region_code, rg::Date::from_days_since_epoch(income_period_end)));
  });
}

void rg_policy_set_free(rg_policy_set* set) { delete set; }

rg_status rg_policy_regime(int32_t* out_regime, const rg_policy* policy) {
  RG_CHECK_ARG(out_regime);
  RG_CHECK_ARG(policy);
  return guard([&] { *out_regime = static_cast<int32_t>(rg::regime_rules(policy->policy).regime); });
}

rg_status rg_policy_compare(char* out, size_t out_capacity, size_t* out_length, const rg_household_facts* facts,
                            const rg_policy* before, rg_date before_as_of, const rg_policy* after,
                            rg_date after_as_of, int32_t format, int32_t language) {
  RG_CHECK_ARG(out_length);
  RG_CHECK_ARG(facts);
  RG_CHECK_ARG(before);
  RG_CHECK_ARG(after);
  return guard([&, func = __func__] {
    if (format != RG_COMPARE_TEXT && format != RG_COMPARE_JSON) {
      throw rg::Error(rg::ErrorCode::kInvalidArgument, std::string(func) + ": format " + std::to_string(format) +
                                                           " is not an RG_COMPARE_* value (0..1)");
    }
    const auto lang = rg::capi::enum_arg<rg::Language>(language, "language", func);
    const rg::PolicyComparison c =
        rg::compare_policies(facts_of(*facts, func), before->policy, rg::Date::from_days_since_epoch(before_as_of),
                             after->policy, rg::Date::from_days_since_epoch(after_as_of));
    const std::string text = format == RG_COMPARE_JSON ? rg::comparison_json(c)
                                                       : rg::comparison_text(c, static_cast<int>(lang));
    rg::capi::copy_text_out(text, out, out_capacity, out_length, func);
  });
}

rg_status rg_risk_assess_batch_set(size_t* out_failed, const rg_assessment_columns* out, const rg_household_columns* in,
                                   const rg_policy_set* set, rg_date as_of) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(in);
  RG_CHECK_ARG(set);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(in->struct_size, sizeof(rg_household_columns), "rg_household_columns", func);
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_assessment_columns), "rg_assessment_columns", func);
    const std::size_t n = in->count;
    if (n > RG_BATCH_ROWS_MAX) {
      throw rg::Error(rg::ErrorCode::kLimit, std::string(func) + ": count " + std::to_string(n) +
                                                 " exceeds RG_BATCH_ROWS_MAX (" + std::to_string(RG_BATCH_ROWS_MAX) + ")");
    }
    rg::HouseholdColumns cols;
    cols.region_code = column(in->region_code, n, "region_code", true, func);
    cols.kind = column(in->kind, n, "kind", true, func);
    cols.per_capita_income = column(in->per_capita_income, n, "per_capita_income", true, func);
    cols.previous_per_capita_income =
        column(in->previous_per_capita_income, n, "previous_per_capita_income", false, func);
    cols.net_income = column(in->net_income, n, "net_income", true, func);
    cols.medical_out_of_pocket = column(in->medical_out_of_pocket, n, "medical_out_of_pocket", false, func);
    cols.education_out_of_pocket = column(in->education_out_of_pocket, n, "education_out_of_pocket", false, func);
    cols.income_period_end = column(in->income_period_end, n, "income_period_end", true, func);
    cols.members = column(in->members, n, "members", true, func);
    cols.labour_capable = column(in->labour_capable, n, "labour_capable", true, func);
    cols.weak_labour = column(in->weak_labour, n, "weak_labour", false, func);
    cols.seriously_ill = column(in->seriously_ill, n, "seriously_ill", false, func);
    cols.chronically_ill = column(in->chronically_ill, n, "chronically_ill", false, func);
    cols.disabled = column(in->disabled, n, "disabled", false, func);
    cols.guarantee_failures = column(in->guarantee_failures, n, "guarantee_failures", false, func);
    cols.events = column(in->events, n, "events", false, func);
    rg::AssessmentColumns res;
    res.within_monitoring = out_column(out->within_monitoring, n);
    res.category = out_column(out->category, n);
    res.risk_mask = out_column(out->risk_mask, n);
    res.score = out_column(out->score, n);
    res.level = out_column(out->level, n);
    res.next_visit = out_column(out->next_visit, n);
    res.status = out_column(out->status, n);
    const std::size_t failed = rg::assess_batch(cols, set->set, rg::Date::from_days_since_epoch(as_of), res);
    if (out_failed != nullptr) *out_failed = failed;
  });
}

rg_status rg_store_assess_run(int64_t* out_run_id, size_t* out_monitored, rg_store* store, const rg_policy_set* set,
                              rg_date as_of, const char* label, size_t label_len) {
  RG_CHECK_ARG(out_run_id);
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(set);
  return guard([&, func = __func__] {
    const std::string run_label(rg::capi::text_arg(label, label_len, "label", func));
    if (run_label.size() > RG_RUN_LABEL_MAX) {
      throw rg::Error(rg::ErrorCode::kLimit, std::string(func) + ": label of " + std::to_string(run_label.size()) +
                                                 " bytes is longer than RG_RUN_LABEL_MAX (" +
                                                 std::to_string(RG_RUN_LABEL_MAX) + ")");
    }
    const rg::Date date = rg::Date::from_days_since_epoch(as_of);
    rg::HouseholdColumnOptions load;
    load.as_of = date;
    load.income_policies = rg::income_item_policies(set->set);
    const rg::HouseholdColumnData c = rg::load_household_columns(store->store, load);
    const rg::TableAssessment t = rg::assess_table(c, set->set, date);
    std::vector<uint64_t> keys(c.household_key.begin(), c.household_key.end());
    for (const rg::Policy& p : t.policies) rg::save_policy(store->store, p);
    *out_run_id = rg::record_assessment_run(
        store->store, t.policy, date,
        rg::RunResults{keys, t.within_monitoring, t.category, t.level, t.risk_mask, t.score, t.next_visit}, run_label);
    if (out_monitored != nullptr) {
      std::size_t monitored = 0;
      for (auto w : t.within_monitoring) monitored += w != 0;
      *out_monitored = monitored;
    }
  });
}

rg_status rg_store_save_policy_set(rg_store* store, const rg_policy_set* set) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(set);
  return guard([&] { rg::save_policy_set(store->store, set->set); });
}

rg_status rg_store_load_policy_set(rg_policy_set** out_set, rg_store* store, const char* id, size_t id_len,
                                   int32_t version) {
  RG_CHECK_ARG(out_set);
  *out_set = nullptr;
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    const std::string key(rg::capi::text_arg(id, id_len, "id", func));
    *out_set = new rg_policy_set(rg::load_policy_set(store->store, key, version == 0 ? std::nullopt
                                                                                      : std::optional<int32_t>(version)));
  });
}

}  // extern "C"
