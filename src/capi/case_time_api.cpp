// C ABI: a case over time (issue 16) — re-identification, reassessed levels and their history,
// the derived clocks, post-elimination checks. Each shim checks, guards and makes one call.
#include <string>

#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "ruralguard/case_clocks.hpp"
#include "ruralguard/cases_repo.hpp"

using rg::capi::guard;
using rg::capi::text_arg;

namespace {

rg_date c_date(const std::optional<rg::Date>& d) { return d ? d->days_since_epoch() : RG_DATE_NONE; }

uint32_t finding_bit(const std::string& rule_id) {
  if (rule_id == "4_11_010") return RG_POSTCHECK_INCOME_BELOW_RANGE;
  if (rule_id == "4_11_012") return RG_POSTCHECK_NO_WAGE_INCOME;
  if (rule_id == "4_11_013") return RG_POSTCHECK_NO_TRANSFER_INCOME;
  if (rule_id == "5_11_013") return RG_POSTCHECK_NO_BUSINESS_INCOME;
  throw rg::Error(rg::ErrorCode::kInternal, "post-elimination finding '" + rule_id + "' has no RG_POSTCHECK_* bit");
}

}  // namespace

extern "C" {

rg_status rg_case_open_clue(int64_t* out_case_id, uint8_t* out_reidentified, rg_store* store, const rg_policy* policy,
                            int64_t household_key, int32_t channel, rg_date found, const char* note, size_t note_len) {
  RG_CHECK_ARG(out_case_id);
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    const auto clue_channel = rg::capi::enum_arg<rg::ClueChannel>(channel, "channel", func);
    const std::string note_text(text_arg(note, note_len, "note", func));
    rg::CaseRepository repo(store->store);
    const rg::ClueOutcome out = repo.open_clue(household_key, clue_channel, rg::Date::from_days_since_epoch(found),
                                               note_text, policy->policy);
    *out_case_id = out.case_id;
    if (out_reidentified != nullptr) *out_reidentified = out.reidentified ? 1 : 0;
  });
}

rg_status rg_case_reassess(uint8_t* out_level, rg_store* store, const rg_policy* policy, int64_t case_id, rg_date date,
                           int32_t level, const char* actor, size_t actor_len, const char* note, size_t note_len) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    const auto found = rg::capi::enum_arg<rg::WarningLevel>(level, "level", func);
    rg::CaseRepository repo(store->store);
    const rg::MonitoringCase c =
        repo.reassess(case_id, policy->policy, rg::Date::from_days_since_epoch(date),
                      std::string(text_arg(actor, actor_len, "actor", func)), found,
                      std::string(text_arg(note, note_len, "note", func)));
    if (out_level != nullptr) *out_level = static_cast<uint8_t>(c.level);
  });
}

rg_status rg_case_visit_reassess(int64_t* out_visit_id, uint8_t* out_level, rg_store* store, const rg_policy* policy,
                                 int64_t case_id, rg_date date, const char* visitor, size_t visitor_len,
                                 const char* findings, size_t findings_len, int32_t level) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    const auto found = rg::capi::enum_arg<rg::WarningLevel>(level, "level", func);
    rg::CaseRepository repo(store->store);
    const rg::VisitOutcome v =
        repo.record_visit({case_id, rg::Date::from_days_since_epoch(date),
                           std::string(text_arg(visitor, visitor_len, "visitor", func)),
                           std::string(text_arg(findings, findings_len, "findings", func))},
                          policy->policy, true, found);
    if (out_visit_id != nullptr) *out_visit_id = v.visit_id;
    if (out_level != nullptr) *out_level = static_cast<uint8_t>(v.level);
  });
}

rg_status rg_case_level_history(rg_level_change* out, size_t capacity, size_t* out_count, rg_store* store,
                                int64_t case_id) {
  RG_CHECK_ARG(out_count);
  RG_CHECK_ARG(store);
  if (out == nullptr && capacity != 0) return rg::capi::null_argument(__func__, "out");
  return guard([&] {
    rg::CaseRepository repo(store->store);
    const auto history = repo.level_history(case_id);
    *out_count = history.size();
    if (history.size() > capacity) {
      throw rg::Error(rg::ErrorCode::kBufferTooSmall, "rg_case_level_history: case " + std::to_string(case_id) +
                                                          " has " + std::to_string(history.size()) +
                                                          " level changes, capacity " + std::to_string(capacity));
    }
    for (std::size_t i = 0; i < history.size(); ++i) {
      const rg::CaseLevelChange& h = history[i];
      out[i] = rg_level_change{h.sequence, h.date.days_since_epoch(), static_cast<uint8_t>(h.step),
                               static_cast<uint8_t>(h.from), static_cast<uint8_t>(h.to), 0};
    }
  });
}

rg_status rg_case_clocks(rg_date* out_monitored_since, rg_date* out_income_stable_since, rg_store* store,
                         const rg_policy* policy, int64_t case_id, rg_date as_of) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(policy);
  return guard([&] {
    rg::CaseRepository repo(store->store);
    const rg::Date when = rg::Date::from_days_since_epoch(as_of);
    const rg::MonitoringCase c = repo.load_case(case_id);
    const rg_date since = c_date(rg::monitoring_clock_start(c));
    const rg_date stable = out_income_stable_since != nullptr ? c_date(repo.income_stable_since(case_id, policy->policy, when))
                                                              : RG_DATE_NONE;
    if (out_monitored_since != nullptr) *out_monitored_since = since;
    if (out_income_stable_since != nullptr) *out_income_stable_since = stable;
  });
}

rg_status rg_case_post_elimination_check(rg_post_elimination_check* out, rg_store* store, const rg_policy* policy,
                                         int64_t case_id, rg_date date, const char* actor, size_t actor_len) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_post_elimination_check), "rg_post_elimination_check",
                                func);
    rg::CaseRepository repo(store->store);
    const rg::PostEliminationCheckRecord r =
        repo.check_after_elimination(case_id, policy->policy, rg::Date::from_days_since_epoch(date),
                                     std::string(text_arg(actor, actor_len, "actor", func)));
    rg_post_elimination_check info{};
    info.struct_size = sizeof info;
    info.rolled_back = r.rolled_back ? 1 : 0;
    info.check_id = r.check_id;
    for (const auto& f : r.findings) info.findings |= finding_bit(f.rule_id);
    info.date = r.date.days_since_epoch();
    *out = info;
  });
}

}  // extern "C"
