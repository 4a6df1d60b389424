// C ABI: risk assessment and elimination.
#include <climits>

#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "capi/text_out.hpp"
#include "ruralguard/elimination.hpp"
#include "ruralguard/risk.hpp"

using rg::capi::guard;

namespace {

rg::HouseholdFacts to_facts(const rg_household_facts& c, const char* function) {
  rg::capi::check_struct_size(c.struct_size, sizeof(rg_household_facts), "rg_household_facts",
                              function);
  rg::HouseholdFacts f;
  f.region_code = c.region_code;
  // Checked by the engine in the batch's order (RG_EINVAL naming the value), so the single call
  // and a batch row of the same facts give the same status.
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

template <typename T>
std::span<const T> column(const T* data, std::size_t n, const char* name, bool required) {
  if (data == nullptr) {
    if (required) {
      throw rg::Error(rg::ErrorCode::kInvalidArgument,
                      std::string("rg_risk_assess_batch: required column '") + name + "' is NULL");
    }
    return {};
  }
  return {data, n};
}

template <typename T>
std::span<T> out_column(T* data, std::size_t n) {
  return data == nullptr ? std::span<T>() : std::span<T>(data, n);
}

}  // namespace

extern "C" {

void rg_household_facts_init(rg_household_facts* facts) {
  if (!rg::capi::init_struct(facts)) return;
  facts->previous_per_capita_income = RG_MONEY_UNKNOWN;
}

rg_status rg_risk_assess(rg_assessment* out, const rg_household_facts* facts, const rg_policy* policy, rg_date as_of) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(facts);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_assessment), "rg_assessment", func);
    const rg::Assessment a =
        rg::assess(to_facts(*facts, func), policy->policy, rg::Date::from_days_since_epoch(as_of));
    rg_assessment r{};
    r.struct_size = sizeof(rg_assessment);
    r.within_monitoring = a.within_monitoring ? 1 : 0;
    r.category = static_cast<uint8_t>(a.category);
    r.level = static_cast<uint8_t>(a.level);
    r.risk_mask = a.risk_mask;
    r.score = a.score;
    r.next_visit = a.next_visit ? a.next_visit->days_since_epoch() : RG_DATE_NONE;
    r.threshold = a.threshold.units();
    const std::size_t n = std::min<std::size_t>(a.reasons.size(), RG_REASONS_MAX);
    r.reason_count = static_cast<uint8_t>(n);
    for (std::size_t i = 0; i < n; ++i) {
      const auto& src = a.reasons[i];
      r.reasons[i] = rg_reason{static_cast<uint8_t>(src.code), static_cast<uint8_t>(src.risk), src.detail, 0,
                               src.points, src.value.units(), src.limit.units()};
    }
    *out = r;
  });
}

rg_status rg_risk_explain(char* out, size_t out_capacity, size_t* out_length, const rg_household_facts* facts,
                          const rg_policy* policy, rg_date as_of, int32_t language) {
  RG_CHECK_ARG(out_length);
  RG_CHECK_ARG(facts);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    const auto lang = rg::capi::enum_arg<rg::Language>(language, "language", func);
    const rg::Assessment a =
        rg::assess(to_facts(*facts, func), policy->policy, rg::Date::from_days_since_epoch(as_of));
    rg::capi::copy_text_out(rg::explain(a, lang), out, out_capacity, out_length, func);
  });
}

rg_status rg_risk_assess_batch(size_t* out_failed, const rg_assessment_columns* out, const rg_household_columns* in,
                               const rg_policy* policy, rg_date as_of) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(in);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(in->struct_size, sizeof(rg_household_columns),
                                "rg_household_columns", func);
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_assessment_columns),
                                "rg_assessment_columns", func);
    const std::size_t n = in->count;
    if (n > RG_BATCH_ROWS_MAX) {
      throw rg::Error(rg::ErrorCode::kLimit, "rg_risk_assess_batch: count " + std::to_string(n) +
                                                 " exceeds RG_BATCH_ROWS_MAX (" + std::to_string(RG_BATCH_ROWS_MAX) + ")");
    }
    rg::HouseholdColumns cols;
    cols.region_code = column(in->region_code, n, "region_code", true);
    cols.kind = column(in->kind, n, "kind", true);
    cols.per_capita_income = column(in->per_capita_income, n, "per_capita_income", true);
    cols.previous_per_capita_income = column(in->previous_per_capita_income, n, "previous_per_capita_income", false);
    cols.net_income = column(in->net_income, n, "net_income", true);
    cols.medical_out_of_pocket = column(in->medical_out_of_pocket, n, "medical_out_of_pocket", false);
    cols.education_out_of_pocket = column(in->education_out_of_pocket, n, "education_out_of_pocket", false);
    cols.income_period_end = column(in->income_period_end, n, "income_period_end", true);
    cols.members = column(in->members, n, "members", true);
    cols.labour_capable = column(in->labour_capable, n, "labour_capable", true);
    cols.weak_labour = column(in->weak_labour, n, "weak_labour", false);
    cols.seriously_ill = column(in->seriously_ill, n, "seriously_ill", false);
    cols.chronically_ill = column(in->chronically_ill, n, "chronically_ill", false);
    cols.disabled = column(in->disabled, n, "disabled", false);
    cols.guarantee_failures = column(in->guarantee_failures, n, "guarantee_failures", false);
    cols.events = column(in->events, n, "events", false);
    rg::AssessmentColumns res;
    res.within_monitoring = out_column(out->within_monitoring, n);
    res.category = out_column(out->category, n);
    res.risk_mask = out_column(out->risk_mask, n);
    res.score = out_column(out->score, n);
    res.level = out_column(out->level, n);
    res.next_visit = out_column(out->next_visit, n);
    res.status = out_column(out->status, n);
    const std::size_t failed = rg::assess_batch(cols, policy->policy, rg::Date::from_days_since_epoch(as_of), res);
    if (out_failed != nullptr) *out_failed = failed;
  });
}

rg_status rg_risk_check_elimination(rg_elimination_result* out, char* report, size_t report_capacity,
                                    size_t* report_length, const rg_case_facts* case_facts,
                                    const rg_household_facts* facts, const rg_policy* policy, rg_date as_of,
                                    int32_t kind, int32_t language) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(case_facts);
  RG_CHECK_ARG(facts);
  RG_CHECK_ARG(policy);
  if (report != nullptr) RG_CHECK_ARG(report_length);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_elimination_result),
                                "rg_elimination_result", func);
    rg::capi::check_struct_size(case_facts->struct_size, sizeof(rg_case_facts), "rg_case_facts",
                                func);
    const auto elimination_kind = rg::capi::enum_arg<rg::EliminationKind>(kind, "kind", func);
    const auto lang = rg::capi::enum_arg<rg::Language>(language, "language", func);
    rg::CaseFacts c;
    c.identified = rg::Date::from_days_since_epoch(case_facts->identified);
    c.measures_implemented = case_facts->measures_implemented;
    if (case_facts->income_stable_since != RG_DATE_NONE) {
      c.income_stable_since = rg::Date::from_days_since_epoch(case_facts->income_stable_since);
    }
    c.has_contact_person = case_facts->has_contact_person != 0;
    const auto check =
        rg::check_elimination(c, to_facts(*facts, func), policy->policy,
                              rg::Date::from_days_since_epoch(as_of), elimination_kind);
    rg_elimination_result r{};
    r.struct_size = sizeof(rg_elimination_result);
    r.eligible = check.eligible ? 1 : 0;
    r.kind = static_cast<uint8_t>(check.kind);
    std::string text;
    for (const auto& f : check.failures) {
      r.failed_conditions |= 1u << static_cast<unsigned>(f.condition);
      if (f.veto) r.vetoes |= 1u << static_cast<unsigned>(*f.veto);
      text += (lang == rg::Language::kZhCN ? f.message_zh : f.message_en) + "\n";
    }
    if (report != nullptr)
      rg::capi::copy_text_out(text, report, report_capacity, report_length, func);
    *out = r;
  });
}

}  // extern "C"
