// C ABI: procedure limits, working-day calendars, the role model, proposed category (issue 16).
#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "capi/text_out.hpp"
#include "ruralguard/cases_repo.hpp"

using rg::capi::guard;
using rg::capi::text_arg;

namespace {

const rg::WorkCalendar& calendar_arg(const rg_policy* policy, const char* calendar, size_t len,
                                     const char* func) {
  const std::string_view id = text_arg(calendar, len, "calendar", func);
  if (id.size() > rg::kCalendarIdBytesMax) {
    throw rg::Error(rg::ErrorCode::kLimit, std::string(func) + ": calendar id has " +
                                               std::to_string(id.size()) +
                                               " bytes, more than RG_CALENDAR_ID_MAX (" +
                                               std::to_string(rg::kCalendarIdBytesMax) + ")");
  }
  return rg::find_calendar(policy->policy.procedure.calendars, id);
}

}  // namespace

extern "C" {

rg_status rg_policy_procedure_limit(int32_t* out_days, uint8_t* out_unit, uint8_t* out_is_set,
                                    char* out_calendar, size_t calendar_capacity,
                                    size_t* out_calendar_length, const rg_policy* policy,
                                    int32_t limit) {
  RG_CHECK_ARG(out_days);
  RG_CHECK_ARG(out_unit);
  RG_CHECK_ARG(out_is_set);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    const auto kind = rg::capi::enum_arg<rg::ProcedureLimitKind>(limit, "limit", func);
    const auto l = policy->policy.procedure.limit(kind);
    const std::string calendar = l ? l->calendar : std::string();
    size_t length = 0;
    if (out_calendar != nullptr || !calendar.empty()) {
      rg::capi::copy_text_out(calendar, out_calendar, calendar_capacity, &length, func);
    }
    if (out_calendar_length != nullptr) *out_calendar_length = calendar.size();
    *out_days = l ? l->days : 0;
    *out_unit = l ? static_cast<uint8_t>(l->unit) : 0;
    *out_is_set = l ? 1 : 0;
  });
}

rg_status rg_policy_limit_deadline(rg_date* out, const rg_policy* policy, int32_t limit,
                                   rg_date start) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    const auto kind = rg::capi::enum_arg<rg::ProcedureLimitKind>(limit, "limit", func);
    const auto l = policy->policy.procedure.limit(kind);
    if (!l) {
      throw rg::Error(rg::ErrorCode::kNotFound, std::string(func) + ": the policy sets no " +
                                                    std::string(rg::procedure_limit_name(kind)) +
                                                    " limit");
    }
    *out = rg::limit_deadline(policy->policy.procedure, *l, rg::Date::from_days_since_epoch(start))
               .days_since_epoch();
  });
}

rg_status rg_policy_add_working_days(rg_date* out, const rg_policy* policy, const char* calendar,
                                     size_t calendar_len, rg_date start, int32_t days) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    const auto& cal = calendar_arg(policy, calendar, calendar_len, func);
    *out =
        rg::add_working_days(cal, rg::Date::from_days_since_epoch(start), days).days_since_epoch();
  });
}

rg_status rg_policy_working_days_between(int32_t* out, const rg_policy* policy,
                                         const char* calendar, size_t calendar_len, rg_date from,
                                         rg_date to) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    const auto& cal = calendar_arg(policy, calendar, calendar_len, func);
    *out = rg::working_days_between(cal, rg::Date::from_days_since_epoch(from),
                                    rg::Date::from_days_since_epoch(to));
  });
}

rg_status rg_policy_step_role_allowed(uint8_t* out_allowed, const rg_policy* policy, int32_t step,
                                      int32_t role) {
  RG_CHECK_ARG(out_allowed);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    const auto s = rg::capi::enum_arg<rg::CaseStep>(step, "step", func);
    const auto r = rg::capi::enum_arg<rg::Role>(role, "role", func);
    if (r == rg::Role::kUnspecified) {
      throw rg::Error(rg::ErrorCode::kInvalidArgument,
                      std::string(func) +
                          ": role 0 (RG_ROLE_UNSPECIFIED) is not a role; "
                          "expected RG_ROLE_VILLAGE..RG_ROLE_DEPARTMENT");
    }
    const rg::StepRoles* allowed = policy->policy.procedure.roles.roles_of(s);
    *out_allowed = allowed == nullptr || std::find(allowed->allowed.begin(), allowed->allowed.end(),
                                                   r) != allowed->allowed.end()
                       ? 1
                       : 0;
  });
}

rg_status rg_case_proposed_category(uint8_t* out_category, rg_store* store, int64_t case_id) {
  RG_CHECK_ARG(out_category);
  RG_CHECK_ARG(store);
  return guard([&] {
    rg::CaseRepository repo(store->store);
    *out_category = static_cast<uint8_t>(repo.load_case(case_id).proposed_category);
  });
}

}  // extern "C"
