// C ABI: the project library and the fund reports.
#include <cstring>
#include <string>

#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/ledger_handle.hpp"
#include "capi/text_out.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/fund_report.hpp"

using rg::capi::guard;

using rg::capi::check_rows_fit;
using rg::capi::copy_text_cut;

extern "C" {

rg_status rg_project_add(rg_ledger* ledger, const rg_project* project, const char* name, size_t name_len,
                         rg_date proposed) {
  RG_CHECK_ARG(ledger);
  RG_CHECK_ARG(project);
  return guard([&, func = __func__] {
    const auto text = rg::capi::text_arg(name, name_len, "name", func);
    if (project->reserved[0] != 0 || project->reserved[1] != 0) {
      throw rg::Error(rg::ErrorCode::kInvalidArgument, "rg_project_add: project->reserved must be 0");
    }
    rg::Project p;
    p.id = project->id;
    p.name = std::string(text);
    p.region = rg::RegionCode::from_value(project->region);
    p.type = rg::capi::enum_arg<rg::ProjectType>(project->type, "project->type", func);
    p.fiscal_year = project->fiscal_year;
    for (size_t i = 0; i < p.planned_investment.size(); ++i) {
      p.planned_investment[i] = rg::Money::from_units(project->planned[i]);
    }
    p.public_notice = project->public_notice != 0;
    const rg::Date date = rg::capi::date_arg(proposed, "proposed");
    ledger->ledger.add_project(p, date);
  });
}

rg_status rg_project_transition(rg_ledger* ledger, uint64_t project_id, uint8_t status, rg_date date) {
  RG_CHECK_ARG(ledger);
  return guard([&, func = __func__] {
    ledger->ledger.transition_project(project_id,
                                      rg::capi::enum_arg<rg::ProjectStatus>(status, "status", func),
                                      rg::capi::date_arg(date, "date"));
  });
}

rg_status rg_project_status(uint8_t* out_status, rg_ledger* ledger, uint64_t project_id) {
  RG_CHECK_ARG(out_status);
  RG_CHECK_ARG(ledger);
  return guard([&] {
    const rg::Project* p = ledger->ledger.projects().find(project_id);
    if (p == nullptr) {
      throw rg::Error(rg::ErrorCode::kNotFound, "project " + std::to_string(project_id) + " does not exist");
    }
    *out_status = static_cast<uint8_t>(p->status);
  });
}

rg_status rg_ledger_progress(rg_progress_row* out_rows, size_t capacity, size_t* out_count, rg_ledger* ledger,
                             rg_date as_of) {
  RG_CHECK_LIST_ARGS(out_rows, capacity, out_count, ledger);
  return guard([&, func = __func__] {
    const auto rows = rg::disbursement_progress(ledger->ledger.ledger(), ledger->ledger.projects(),
                                                rg::capi::date_arg(as_of, "as_of"));
    *out_count = rows.size();
    check_rows_fit(func, rows.size(), capacity);
    for (size_t i = 0; i < rows.size(); ++i) {
      rg_progress_row& r = out_rows[i];
      r = rg_progress_row{};
      r.allocated = rows[i].allocated.units();
      r.disbursed = rows[i].disbursed.units();
      r.fiscal_year = rows[i].fiscal_year;
      r.level = static_cast<uint8_t>(rows[i].level);
      r.has_progress = rows[i].progress ? 1 : 0;
      if (rows[i].progress)
        copy_text_cut(r.progress_percent, sizeof r.progress_percent,
                      rows[i].progress->to_percent(2));
    }
  });
}

rg_status rg_ledger_industry_share(rg_industry_share* out, rg_ledger* ledger, int32_t fiscal_year,
                                   int64_t required_numerator, int64_t required_denominator, rg_date as_of) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(ledger);
  if (required_denominator <= 0) {
    return rg::capi::set_error(RG_EINVAL, "rg_ledger_industry_share: required_denominator must be > 0");
  }
  return guard([&] {
    const rg::IndustryShare s =
        rg::industry_share(ledger->ledger.ledger(), ledger->ledger.projects(), fiscal_year,
                           rg::Ratio(required_numerator, required_denominator), rg::capi::date_arg(as_of, "as_of"));
    *out = rg_industry_share{};
    out->industry_disbursed = s.industry_disbursed.units();
    out->total_disbursed = s.total_disbursed.units();
    out->has_share = s.share ? 1 : 0;
    out->below_required = s.below_required ? 1 : 0;
    if (s.share)
      copy_text_cut(out->share_percent, sizeof out->share_percent, s.share->to_percent(2));
  });
}

rg_status rg_project_set_public_notice(rg_ledger* ledger, uint64_t project_id, uint8_t on_notice) {
  RG_CHECK_ARG(ledger);
  return guard([&, func = __func__] {
    ledger->ledger.set_public_notice(project_id, rg::capi::flag_arg(on_notice, "on_notice", func));
  });
}

rg_status rg_ledger_project_counts(rg_project_count_row* out_rows, size_t capacity, size_t* out_count,
                                   rg_ledger* ledger, int32_t fiscal_year) {
  RG_CHECK_LIST_ARGS(out_rows, capacity, out_count, ledger);
  return guard([&, func = __func__] {
    const auto rows = rg::project_counts(ledger->ledger.projects(), fiscal_year);
    *out_count = rows.size();
    check_rows_fit(func, rows.size(), capacity);
    for (size_t i = 0; i < rows.size(); ++i) {
      rg_project_count_row& r = out_rows[i];
      r = rg_project_count_row{};
      r.projects = rows[i].projects;
      r.completed = rows[i].completed;
      r.terminated = rows[i].terminated;
      r.type = static_cast<uint8_t>(rows[i].type);
      r.has_rate = rows[i].completion_rate ? 1 : 0;
      if (rows[i].completion_rate) {
        copy_text_cut(r.completion_percent, sizeof r.completion_percent,
                      rows[i].completion_rate->to_percent(2));
      }
    }
  });
}

rg_status rg_ledger_funds_waiting(rg_waiting_funds* out_rows, size_t capacity, size_t* out_count, rg_ledger* ledger,
                                  rg_date as_of, int32_t idle_days_min) {
  RG_CHECK_LIST_ARGS(out_rows, capacity, out_count, ledger);
  if (idle_days_min < 0) return rg::capi::set_error(RG_EINVAL, "rg_ledger_funds_waiting: idle_days_min is negative");
  return guard([&, func = __func__] {
    const auto rows = rg::funds_waiting_for_projects(ledger->ledger.ledger(), ledger->ledger.projects(),
                                                     rg::capi::date_arg(as_of, "as_of"), idle_days_min);
    *out_count = rows.size();
    check_rows_fit(func, rows.size(), capacity);
    for (size_t i = 0; i < rows.size(); ++i) {
      rg_waiting_funds& r = out_rows[i];
      r = rg_waiting_funds{};
      r.project_id = rows[i].project_id;
      r.allocated = rows[i].allocated.units();
      r.disbursed = rows[i].disbursed.units();
      r.idle_days = rows[i].idle_days;
      r.since = rows[i].since.days_since_epoch();
    }
  });
}

rg_status rg_ledger_notice_csv(char* out, size_t capacity, size_t* out_length, rg_ledger* ledger, uint32_t which,
                               rg_date as_of) {
  RG_CHECK_LIST_ARGS(out, capacity, out_length, ledger);
  if (which != RG_NOTICE_PROJECTS && which != RG_NOTICE_DISBURSEMENTS) {
    return rg::capi::set_error(RG_EINVAL, "rg_ledger_notice_csv: which " + std::to_string(which) +
                                              " is not RG_NOTICE_PROJECTS or RG_NOTICE_DISBURSEMENTS");
  }
  return guard([&, func = __func__] {
    const rg::Date date = rg::capi::date_arg(as_of, "as_of");
    const auto& l = ledger->ledger;
    const std::string text = which == RG_NOTICE_PROJECTS
                                 ? rg::public_notice_projects_csv(l.ledger(), l.projects(), date)
                                 : rg::public_notice_disbursements_csv(l.ledger(), l.projects(), date);
    rg::capi::copy_text_out(text, out, capacity, out_length, func);
  });
}

}  // extern "C"
