// C ABI: monitoring cases, measures, visits and alerts.
#include <algorithm>

#include "capi/args.hpp"
#include "capi/case_step_compat.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "capi/text_out.hpp"
#include "ruralguard/cases_repo.hpp"

using rg::capi::guard;
using rg::capi::text_arg;

struct rg_alert_list {
  std::vector<rg::StoredAlert> alerts;
};

namespace {

std::optional<rg::Date> opt_date(rg_date d) {
  if (d == RG_DATE_NONE) return std::nullopt;
  return rg::Date::from_days_since_epoch(d);
}

// An alert's move by a person (acknowledge or resolve): the same arguments, one repository call.
rg_status move_alert(const char* func,
                     void (rg::CaseRepository::*move)(int64_t, const std::string&, rg::Date, const std::string&),
                     rg_store* store, int64_t alert_id, rg_date when, const char* who, size_t who_len,
                     const char* note, size_t note_len) {
  if (store == nullptr) return rg::capi::null_argument(func, "store");
  return guard([&] {
    rg::CaseRepository repo(store->store);
    (repo.*move)(alert_id, std::string(text_arg(who, who_len, "who", func)), rg::Date::from_days_since_epoch(when),
                 std::string(text_arg(note, note_len, "note", func)));
  });
}

}  // namespace

extern "C" {

rg_status rg_cases_ingest(rg_ingest_result* out, int32_t* out_status, rg_store* store, const rg_policy* policy,
                          const rg_department_records* records) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(policy);
  RG_CHECK_ARG(records);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_ingest_result), "rg_ingest_result",
                                func);
    rg::capi::check_struct_size(records->struct_size, sizeof(rg_department_records),
                                "rg_department_records", func);
    const std::size_t n = records->count;
    if (n > RG_INGEST_RECORDS_MAX) {
      throw rg::Error(rg::ErrorCode::kLimit, "rg_cases_ingest: count " + std::to_string(n) +
                                                 " exceeds RG_INGEST_RECORDS_MAX (" + std::to_string(RG_INGEST_RECORDS_MAX) + ")");
    }
    if (n != 0 && (records->household_key == nullptr || records->department == nullptr || records->metric == nullptr ||
                   records->amount == nullptr || records->period == nullptr)) {
      throw rg::Error(rg::ErrorCode::kInvalidArgument,
                      "rg_cases_ingest: a required column (household_key, department, metric, amount, period) is NULL");
    }
    std::vector<rg::DepartmentRecord> rows(n);
    for (std::size_t i = 0; i < n; ++i) {
      rows[i].household_key = records->household_key[i];
      // Checked row by row by the screening: a bad code is that row's RG_ERANGE in out_status.
      rows[i].department = rg::capi::engine_checked_enum<rg::Department>(records->department[i]);
      rows[i].metric = rg::capi::engine_checked_enum<rg::DeptMetric>(records->metric[i]);
      rows[i].amount = rg::Money::from_units(records->amount[i]);
      rows[i].period = rg::Date::from_days_since_epoch(records->period[i]);
      rows[i].formerly_poor = records->formerly_poor != nullptr && records->formerly_poor[i] != 0;
    }
    rg::CaseRepository repo(store->store);
    const rg::IngestResult r = repo.ingest_department_records(rows, policy->policy);
    rg_ingest_result res{};
    res.struct_size = sizeof res;
    res.records = r.records;
    res.rejected_records = r.rejected_records;
    res.below_threshold = r.below_threshold;
    res.duplicates = r.duplicates;
    res.clues_raised = r.clues_raised;
    res.cases_opened = r.cases_opened;
    res.attached_to_open_case = r.attached_to_open_case;
    if (out_status != nullptr) std::copy(r.status.begin(), r.status.end(), out_status);
    *out = res;
  });
}

rg_status rg_case_open(int64_t* out_case_id, rg_store* store, int64_t household_key, int32_t channel, rg_date found,
                       const char* note, size_t note_len) {
  RG_CHECK_ARG(out_case_id);
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    const auto clue_channel = rg::capi::enum_arg<rg::ClueChannel>(channel, "channel", func);
    const std::string note_text(text_arg(note, note_len, "note", func));
    rg::CaseRepository repo(store->store);
    *out_case_id = repo.open_case(household_key, clue_channel,
                                  rg::Date::from_days_since_epoch(found), note_text);
  });
}

void rg_case_step_init(rg_case_step* step) {
  if (!rg::capi::init_struct(step)) return;
  step->comparison_passed = 1;
  step->notice_start = RG_DATE_NONE;
  step->notice_end = RG_DATE_NONE;
  step->income_stable_since = RG_DATE_NONE;
}

rg_status rg_case_advance(uint8_t* out_state, rg_store* store, const rg_policy* policy, int64_t case_id,
                          const rg_case_step* step_given) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(policy);
  RG_CHECK_ARG(step_given);
  return guard([&, func = __func__] {
    // An older, smaller rg_case_step is read with the issue-16 fields zero (case_step_compat.hpp).
    const rg_case_step step_full = rg::capi::case_step_prefix(step_given, func);
    const rg_case_step* step = &step_full;
    rg::StepInput in;
    in.role = rg::capi::enum_arg<rg::Role>(step->role, "step->role", func);
    in.proposed_category =
        rg::capi::enum_arg<rg::MonitoringCategory>(step->proposed_category, "step->proposed_category", func);
    in.step = rg::capi::enum_arg<rg::CaseStep>(step->step, "step->step", func);
    in.date = rg::Date::from_days_since_epoch(step->date);
    in.actor = std::string(text_arg(step->actor, step->actor_len, "actor", func));
    in.note = std::string(text_arg(step->note, step->note_len, "note", func));
    in.consent_signed = step->consent_signed != 0;
    in.comparison_passed = step->comparison_passed != 0;
    in.votes_for = step->votes_for;
    in.votes_against = step->votes_against;
    in.notice_start = opt_date(step->notice_start);
    in.notice_end = opt_date(step->notice_end);
    in.category =
        rg::capi::enum_arg<rg::MonitoringCategory>(step->category, "step->category", func);
    in.level = rg::capi::enum_arg<rg::WarningLevel>(step->level, "step->level", func);
    in.risk_mask = step->risk_mask;
    const std::string contact(
        text_arg(step->contact_name, step->contact_name_len, "contact_name", func));
    if (!contact.empty()) {
      in.contact = rg::ContactPerson{
          contact,
          std::string(
              text_arg(step->contact_phone, step->contact_phone_len, "contact_phone", func)),
          std::string(text_arg(step->contact_rank, step->contact_rank_len, "contact_rank", func))};
    }
    rg::CaseRepository repo(store->store);
    // elimination_kind: 0 (not given) or an RG_ELIMINATION_* value; the elimination approval
    // needs one, every other step ignores it.
    if (step->elimination_kind != 0 ||
        (in.step == rg::CaseStep::kCountyApprove &&
         repo.load_case(case_id).state == rg::CaseState::kEliminationTownshipApproved)) {
      in.elimination_kind = rg::capi::enum_arg<rg::EliminationKind>(step->elimination_kind,
                                                                    "step->elimination_kind", func);
    }
    const rg::MonitoringCase c = repo.advance(case_id, in, policy->policy, opt_date(step->income_stable_since));
    if (out_state != nullptr) *out_state = static_cast<uint8_t>(c.state);
  });
}

rg_status rg_case_get(rg_case_info* out, rg_store* store, int64_t case_id) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_case_info), "rg_case_info", func);
    rg::CaseRepository repo(store->store);
    const rg::MonitoringCase c = repo.load_case(case_id);
    rg_case_info info{};
    info.struct_size = sizeof info;
    info.state = static_cast<uint8_t>(c.state);
    info.category = static_cast<uint8_t>(c.category);
    info.level = static_cast<uint8_t>(c.level);
    info.channel = static_cast<uint8_t>(c.channel);
    info.case_id = c.case_id;
    info.household_key = c.household_key;
    info.risk_mask = c.risk_mask;
    info.found = c.found.days_since_epoch();
    info.identified = c.identified ? c.identified->days_since_epoch() : RG_DATE_NONE;
    info.eliminated = c.eliminated ? c.eliminated->days_since_epoch() : RG_DATE_NONE;
    info.rollbacks = c.rollbacks;
    info.events = static_cast<int32_t>(c.events.size());
    *out = info;
  });
}

rg_status rg_case_add_measure(int64_t* out_measure_id, rg_store* store, int64_t case_id, int32_t category, rg_date start,
                              rg_date end, rg_money planned_amount, int32_t status, const char* content,
                              size_t content_len, const char* actor, size_t actor_len) {
  RG_CHECK_ARG(out_measure_id);
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    rg::Measure m;
    m.case_id = case_id;
    m.category = rg::capi::enum_arg<rg::MeasureCategory>(category, "category", func);
    m.start = rg::Date::from_days_since_epoch(start);
    m.end = opt_date(end);
    m.planned_amount = rg::Money::from_units(planned_amount);
    m.status = rg::capi::enum_arg<rg::MeasureStatus>(status, "status", func);
    m.content = std::string(text_arg(content, content_len, "content", func));
    rg::CaseRepository repo(store->store);
    *out_measure_id = repo.add_measure(m, std::string(text_arg(actor, actor_len, "actor", func)));
  });
}

rg_status rg_case_set_measure_status(rg_store* store, int64_t measure_id, int32_t status, rg_date date,
                                     const char* actor, size_t actor_len) {
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    const auto to = rg::capi::enum_arg<rg::MeasureStatus>(status, "status", func);
    const std::string who = std::string(text_arg(actor, actor_len, "actor", func));
    rg::CaseRepository repo(store->store);
    repo.set_measure_status(measure_id, to, rg::Date::from_days_since_epoch(date), who);
  });
}

rg_status rg_case_record_visit(int64_t* out_visit_id, rg_store* store, int64_t case_id, rg_date date,
                               const char* visitor, size_t visitor_len, const char* findings, size_t findings_len) {
  RG_CHECK_ARG(out_visit_id);
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    rg::CaseRepository repo(store->store);
    *out_visit_id =
        repo.record_visit({case_id, rg::Date::from_days_since_epoch(date),
                           std::string(text_arg(visitor, visitor_len, "visitor", func)),
                           std::string(text_arg(findings, findings_len, "findings", func))});
  });
}

rg_status rg_alerts_scan(size_t* out_raised, size_t* out_still_open, size_t* out_auto_resolved, rg_store* store,
                         const rg_policy* policy, rg_date as_of) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(policy);
  return guard([&] {
    rg::CaseRepository repo(store->store);
    const auto r = repo.scan_alerts(policy->policy, rg::Date::from_days_since_epoch(as_of));
    if (out_raised != nullptr) *out_raised = r.raised;
    if (out_still_open != nullptr) *out_still_open = r.still_open;
    if (out_auto_resolved != nullptr) *out_auto_resolved = r.auto_resolved;
  });
}

rg_status rg_alerts_list(rg_alert_list** out_list, rg_store* store, int32_t state) {
  RG_CHECK_ARG(out_list);
  *out_list = nullptr;
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    std::optional<rg::AlertState> filter;  // 0: every state
    if (state != 0) filter = rg::capi::enum_arg<rg::AlertState>(state, "state", func);
    rg::CaseRepository repo(store->store);
    *out_list = new rg_alert_list{repo.list_alerts(filter)};
  });
}

rg_status rg_alert_list_count(size_t* out_count, const rg_alert_list* list) {
  RG_CHECK_ARG(out_count);
  RG_CHECK_ARG(list);
  *out_count = list->alerts.size();
  return RG_OK;
}

rg_status rg_alert_list_get(rg_alert_info* out, char* message, size_t message_capacity, size_t* message_length,
                            const rg_alert_list* list, size_t index) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(list);
  if (message != nullptr) RG_CHECK_ARG(message_length);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_alert_info), "rg_alert_info", func);
    if (index >= list->alerts.size()) {
      throw rg::Error(rg::ErrorCode::kInvalidArgument, "rg_alert_list_get: index " + std::to_string(index) +
                                                           " is past the list's " + std::to_string(list->alerts.size()) +
                                                           " alerts");
    }
    const rg::StoredAlert& a = list->alerts[index];
    if (message != nullptr)
      rg::capi::copy_text_out(a.alert.message, message, message_capacity, message_length, func);
    rg_alert_info info{};
    info.struct_size = sizeof info;
    info.kind = static_cast<uint8_t>(a.alert.kind);
    info.state = static_cast<uint8_t>(a.state);
    info.priority = static_cast<uint8_t>(a.alert.priority);
    info.alert_id = a.alert_id;
    info.case_id = a.alert.case_id;
    info.raised = a.raised.days_since_epoch();
    *out = info;
  });
}

void rg_alert_list_free(rg_alert_list* list) { delete list; }

rg_status rg_alert_acknowledge(rg_store* store, int64_t alert_id, rg_date when, const char* who, size_t who_len,
                               const char* note, size_t note_len) {
  return move_alert(__func__, &rg::CaseRepository::acknowledge_alert, store, alert_id, when, who, who_len, note,
                    note_len);
}

rg_status rg_alert_resolve(rg_store* store, int64_t alert_id, rg_date when, const char* who, size_t who_len,
                           const char* note, size_t note_len) {
  return move_alert(__func__, &rg::CaseRepository::resolve_alert, store, alert_id, when, who, who_len, note, note_len);
}

rg_status rg_case_notice(char* out, size_t out_capacity, size_t* out_length, rg_store* store, int64_t case_id,
                         const char* head_name_masked, size_t head_name_len, uint8_t elimination) {
  RG_CHECK_ARG(out_length);
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    rg::CaseRepository repo(store->store);
    const std::string notice = repo.public_notice(
        case_id, std::string(text_arg(head_name_masked, head_name_len, "head_name_masked", func)),
        elimination != 0);
    rg::capi::copy_text_out(notice, out, out_capacity, out_length, func);
  });
}

rg_status rg_cases_report(rg_case_report* out, rg_store* store, const rg_policy* policy, rg_date as_of) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(policy);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_case_report), "rg_case_report", func);
    rg::CaseRepository repo(store->store);
    const rg::CaseReport r = repo.report(policy->policy, rg::Date::from_days_since_epoch(as_of));
    rg_case_report res{};
    res.struct_size = sizeof res;
    for (const auto& [state, n] : r.by_state) res.by_state[static_cast<int>(state)] = n;
    for (const auto& [cat, n] : r.by_category) res.by_category[static_cast<int>(cat)] = n;
    for (const auto& [lvl, n] : r.by_level) res.by_level[static_cast<int>(lvl)] = n;
    res.under_monitoring = r.under_monitoring;
    res.with_measure = r.with_measure;
    res.eliminated = r.eliminated;
    res.identified_total = r.identified_total;
    res.identification_days_sum = r.identification_days_sum;
    res.overdue_visits = r.overdue_visits;
    *out = res;
  });
}

}  // extern "C"
