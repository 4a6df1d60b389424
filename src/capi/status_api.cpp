// C ABI: memberships, the registered-poor history, assistance exits and household events
// (issue 16 part B; status_repo.hpp). Each shim checks its arguments, converts the record and
// makes one repository call.
#include <cstring>

#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "capi/household_records.hpp"
#include "capi/limits.hpp"
#include "capi/status_enums.hpp"
#include "ruralguard/status_csv.hpp"
#include "ruralguard/status_repo.hpp"

using rg::capi::copy_text;
using rg::capi::fixed_text;
using rg::capi::guard;

namespace {

rg::Date date_arg(rg_date d) { return rg::Date::from_days_since_epoch(d); }

std::string household_arg(const char* id, size_t len, const char* func) {
  const auto text = rg::capi::text_arg(id, len, "household_id", func);
  rg::capi::check_length(len, RG_HOUSEHOLD_ID_MAX, func, "household_id", "RG_HOUSEHOLD_ID_MAX");
  return std::string(text);
}

rg::Membership to_membership(const rg_membership& c, const char* func) {
  rg::capi::check_struct_size(c.struct_size, sizeof(rg_membership), "rg_membership", func);
  rg::Membership m;
  m.kind = rg::capi::enum_arg<rg::MembershipKind>(c.kind, "membership->kind", func);
  m.household_id = fixed_text(c.household_id, "membership->household_id");
  m.person_id = fixed_text(c.person_id, "membership->person_id");
  m.authority = fixed_text(c.authority, "membership->authority");
  m.evidence = fixed_text(c.evidence, "membership->evidence");
  m.start = date_arg(c.start);
  if (c.end != RG_DATE_NONE) m.end = date_arg(c.end);
  return m;
}

void from_membership(rg_membership& out, const rg::Membership& m) {
  const uint32_t size = out.struct_size;
  out = rg_membership{};
  out.struct_size = size;
  out.kind = static_cast<uint8_t>(m.kind);
  out.membership_id = m.membership_id;
  out.start = m.start.days_since_epoch();
  out.end = m.end ? m.end->days_since_epoch() : RG_DATE_NONE;
  copy_text(out.household_id, m.household_id);
  copy_text(out.person_id, m.person_id);
  copy_text(out.authority, m.authority);
  copy_text(out.evidence, m.evidence);
}

rg::HouseholdEventRecord to_event(const rg_household_event& c, const char* func) {
  rg::capi::check_struct_size(c.struct_size, sizeof(rg_household_event), "rg_household_event", func);
  rg::HouseholdEventRecord e;
  e.kind = rg::capi::enum_arg<rg::HouseholdEventKind>(c.kind, "event->kind", func);
  e.source = rg::capi::enum_arg<rg::ClueChannel>(c.source, "event->source", func);
  e.household_id = fixed_text(c.household_id, "event->household_id");
  e.evidence = fixed_text(c.evidence, "event->evidence");
  e.date = date_arg(c.date);
  e.recorded = date_arg(c.recorded);
  return e;
}

void from_event(rg_household_event& out, const rg::HouseholdEventRecord& e) {
  const uint32_t size = out.struct_size;
  out = rg_household_event{};
  out.struct_size = size;
  out.kind = static_cast<uint8_t>(e.kind);
  out.source = static_cast<uint8_t>(e.source);
  out.date = e.date.days_since_epoch();
  out.recorded = e.recorded.days_since_epoch();
  out.event_id = e.event_id;
  out.clue_id = e.clue_id.value_or(0);
  copy_text(out.household_id, e.household_id);
  copy_text(out.evidence, e.evidence);
}

// Rows of a list call: every struct_size checked before anything is written.
template <typename Row, typename Value, typename From>
void write_rows(Row* out, size_t capacity, size_t* out_count, const std::vector<Value>& values, const char* type,
                const char* what, const char* func, From from) {
  *out_count = values.size();
  if (values.size() > capacity) {
    throw rg::Error(rg::ErrorCode::kBufferTooSmall, std::string(func) + ": " + std::to_string(values.size()) + " " +
                                                        what + ", capacity is " + std::to_string(capacity));
  }
  for (size_t i = 0; i < values.size(); ++i) rg::capi::check_struct_size(out[i].struct_size, sizeof(Row), type, func);
  for (size_t i = 0; i < values.size(); ++i) from(out[i], values[i]);
}

std::string path_of(const char* text, size_t len, const char* name, const char* function) {
  const auto path = rg::capi::text_arg(text, len, name, function);
  if (text != nullptr) rg::check_path_length(path, name);
  return std::string(path);
}

// The body of the two CSV import functions: options and *out converted, the files imported;
// `history` puts the registered-poor and assistance-exit counts at index 0 and 1 of *out
// (otherwise memberships and events).
template <typename MakeFiles>
rg_status import_statuses(rg_csv_import_result* out, rg_store* store, const rg_csv_import_options* options,
                          const char* function, bool history, MakeFiles&& make_files) {
  rg::StatusCsvResult result;
  const rg_status status = guard([&, func = function] {
    if (out != nullptr) {
      rg::capi::check_struct_size(out->struct_size, sizeof(rg_csv_import_result), "rg_csv_import_result", func);
    }
    rg::CsvImportOptions o;
    if (options != nullptr) {
      rg::capi::check_struct_size(options->struct_size, sizeof(rg_csv_import_options), "rg_csv_import_options", func);
      o.mode = rg::capi::enum_arg<rg::CsvImportMode>(options->mode, "options->mode", func);
      if (options->on_error != nullptr) {
        const rg_csv_error_fn fn = options->on_error;
        void* context = options->context;
        o.on_error = [fn, context](const rg::CsvError& e) {
          const rg_csv_error c{e.line, e.column, 0, e.file.c_str(), e.column_name.c_str(), e.rule.c_str(), e.message.c_str()};
          fn(context, &c);
        };
      }
    }
    o.errors_max = 1;  // the C caller sees every error through the callback
    const rg::StatusCsvFiles files = make_files(func);
    result = rg::import_status_csv(store->store, files, o);
    if (out != nullptr) {
      const uint32_t size = out->struct_size;
      *out = rg_csv_import_result{};
      out->struct_size = size;
      out->committed = result.committed ? 1 : 0;
      const rg::CsvEntityCounts* counts[2] = {history ? &result.registered_poor : &result.memberships,
                                              history ? &result.assistance_exits : &result.events};
      for (std::size_t i = 0; i < 2; ++i) {
        out->rows[i] = counts[i]->rows;
        out->imported[i] = counts[i]->imported;
        out->rejected[i] = counts[i]->rejected;
      }
      out->errors_total = result.errors_total;
    }
  });
  if (status != RG_OK) return status;
  if (!result.committed) {
    return rg::capi::set_error(RG_EPARSE, result.errors.empty() ? "CSV import rolled back"
                                                                : "CSV import rolled back: " + result.errors[0].message +
                                                                      " (" + std::to_string(result.errors_total) +
                                                                      " errors in all)");
  }
  return RG_OK;
}

}  // namespace

extern "C" {

void rg_membership_init(rg_membership* membership) {
  if (!rg::capi::init_struct(membership)) return;
  membership->end = RG_DATE_NONE;
}

rg_status rg_memberships_record(int64_t* out_id, rg_store* store, const rg_membership* membership) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(membership);
  return guard([&, func = __func__] {
    const int64_t id = rg::StatusRepository(store->store).record_membership(to_membership(*membership, func));
    if (out_id != nullptr) *out_id = id;
  });
}

rg_status rg_memberships_end(rg_store* store, int64_t membership_id, rg_date end) {
  RG_CHECK_ARG(store);
  return guard([&] { rg::StatusRepository(store->store).end_membership(membership_id, date_arg(end)); });
}

rg_status rg_memberships_list(rg_membership* out, size_t capacity, size_t* out_count, rg_store* store,
                              const char* household_id, size_t household_id_len) {
  RG_CHECK_LIST_ARGS(out, capacity, out_count, store);
  return guard([&, func = __func__] {
    const std::string id = household_arg(household_id, household_id_len, func);
    const auto rows = rg::StatusRepository(store->store).memberships_of(id);
    write_rows(out, capacity, out_count, rows, "rg_membership", "memberships", func, from_membership);
  });
}

void rg_registered_poor_init(rg_registered_poor* history) { (void)rg::capi::init_struct(history); }

rg_status rg_registered_poor_set(rg_store* store, const rg_registered_poor* history) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(history);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(history->struct_size, sizeof(rg_registered_poor), "rg_registered_poor", func);
    rg::RegisteredPoorHistory h;
    h.household_id = fixed_text(history->household_id, "history->household_id");
    h.source = fixed_text(history->source, "history->source");
    h.registered_year = history->registered_year;
    if (history->exit_year != 0) h.exit_year = history->exit_year;
    rg::StatusRepository(store->store).set_registered_poor(h);
  });
}

rg_status rg_registered_poor_get(rg_registered_poor* out, rg_store* store, const char* household_id,
                                 size_t household_id_len) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_registered_poor), "rg_registered_poor", func);
    const std::string id = household_arg(household_id, household_id_len, func);
    const auto h = rg::StatusRepository(store->store).registered_poor(id);
    if (!h) {
      throw rg::Error(rg::ErrorCode::kNotFound,
                      "household " + rg::quote_for_message(id) + " was never registered poor (no 建档立卡 history)");
    }
    rg_registered_poor r{};
    r.struct_size = out->struct_size;
    r.registered_year = h->registered_year;
    r.exit_year = h->exit_year.value_or(0);
    copy_text(r.household_id, h->household_id);
    copy_text(r.source, h->source);
    *out = r;
  });
}

void rg_assistance_exit_init(rg_assistance_exit* exit) { (void)rg::capi::init_struct(exit); }

rg_status rg_assistance_exit_record(rg_store* store, const rg_assistance_exit* exit) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(exit);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(exit->struct_size, sizeof(rg_assistance_exit), "rg_assistance_exit", func);
    rg::AssistanceExit e;
    e.household_id = fixed_text(exit->household_id, "exit->household_id");
    e.assessment = fixed_text(exit->assessment, "exit->assessment");
    e.authority = fixed_text(exit->authority, "exit->authority");
    e.evidence = fixed_text(exit->evidence, "exit->evidence");
    e.date = date_arg(exit->date);
    e.assessment_date = date_arg(exit->assessment_date);
    rg::StatusRepository(store->store).record_assistance_exit(e);
  });
}

rg_status rg_assistance_exit_get(rg_assistance_exit* out, rg_store* store, const char* household_id,
                                 size_t household_id_len) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_assistance_exit), "rg_assistance_exit", func);
    const std::string id = household_arg(household_id, household_id_len, func);
    const auto e = rg::StatusRepository(store->store).assistance_exit(id);
    if (!e) throw rg::Error(rg::ErrorCode::kNotFound, "household " + rg::quote_for_message(id) + " has no assistance exit");
    rg_assistance_exit r{};
    r.struct_size = out->struct_size;
    r.date = e->date.days_since_epoch();
    r.assessment_date = e->assessment_date.days_since_epoch();
    copy_text(r.household_id, e->household_id);
    copy_text(r.assessment, e->assessment);
    copy_text(r.authority, e->authority);
    copy_text(r.evidence, e->evidence);
    *out = r;
  });
}

void rg_household_event_init(rg_household_event* event) { (void)rg::capi::init_struct(event); }

rg_status rg_household_events_record(int64_t* out_id, rg_store* store, const rg_household_event* event) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(event);
  return guard([&, func = __func__] {
    const int64_t id = rg::StatusRepository(store->store).record_event(to_event(*event, func));
    if (out_id != nullptr) *out_id = id;
  });
}

rg_status rg_household_events_list(rg_household_event* out, size_t capacity, size_t* out_count, rg_store* store,
                                   const char* household_id, size_t household_id_len, rg_date first, rg_date last) {
  RG_CHECK_LIST_ARGS(out, capacity, out_count, store);
  return guard([&, func = __func__] {
    const std::string id = household_arg(household_id, household_id_len, func);
    const rg::Date from = date_arg(first);
    const rg::Date to = date_arg(last);
    if (to < from) {
      throw rg::Error(rg::ErrorCode::kRange,
                      std::string(func) + ": last " + to.to_string() + " is before first " + from.to_string());
    }
    const auto rows = rg::StatusRepository(store->store).events_of(id, from, to);
    write_rows(out, capacity, out_count, rows, "rg_household_event", "events", func, from_event);
  });
}

rg_status rg_statuses_import_csv(rg_csv_import_result* out, rg_store* store, const char* memberships,
                                 size_t memberships_len, const char* events, size_t events_len,
                                 const rg_csv_import_options* options) {
  RG_CHECK_ARG(store);
  return import_statuses(out, store, options, __func__, false, [&](const char* func) {
    return rg::StatusCsvFiles{path_of(memberships, memberships_len, "memberships", func),
                              path_of(events, events_len, "events", func), "", ""};
  });
}

rg_status rg_statuses_export_csv(rg_store* store, const char* memberships, size_t memberships_len, const char* events,
                                 size_t events_len) {
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    const rg::StatusCsvFiles files{path_of(memberships, memberships_len, "memberships", func),
                                   path_of(events, events_len, "events", func), "", ""};
    rg::export_status_csv(store->store, files);
  });
}

rg_status rg_status_history_import_csv(rg_csv_import_result* out, rg_store* store, const char* registered_poor,
                                       size_t registered_poor_len, const char* assistance_exits,
                                       size_t assistance_exits_len, const rg_csv_import_options* options) {
  RG_CHECK_ARG(store);
  return import_statuses(out, store, options, __func__, true, [&](const char* func) {
    return rg::StatusCsvFiles{"", "", path_of(registered_poor, registered_poor_len, "registered_poor", func),
                              path_of(assistance_exits, assistance_exits_len, "assistance_exits", func)};
  });
}

rg_status rg_status_history_export_csv(rg_store* store, const char* registered_poor, size_t registered_poor_len,
                                       const char* assistance_exits, size_t assistance_exits_len) {
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    const rg::StatusCsvFiles files{"", "", path_of(registered_poor, registered_poor_len, "registered_poor", func),
                                   path_of(assistance_exits, assistance_exits_len, "assistance_exits", func)};
    rg::export_status_csv(store->store, files);
  });
}

}  // extern "C"
