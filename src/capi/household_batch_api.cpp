// C ABI: CSV import/export, data-quality validation, the synthetic county, the columnar table.
#include <array>

#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "capi/household_records.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/store.hpp"
#include "ruralguard/store_validation.hpp"
#include "ruralguard/synthetic_county.hpp"

using rg::capi::guard;

struct rg_household_table {
  rg::HouseholdColumnData data;
};

namespace {

std::string path_of(const char* text, size_t len, const char* name, const char* function) {
  const auto path = rg::capi::text_arg(text, len, name, function);
  if (text != nullptr) rg::check_path_length(path, name);
  return std::string(path);
}

rg::HouseholdCsvFiles files_of(const rg_csv_files& f, const char* function) {
  rg::capi::check_struct_size(f.struct_size, sizeof(rg_csv_files), "rg_csv_files", function);
  return {path_of(f.regions, f.regions_len, "regions", function),
          path_of(f.households, f.households_len, "households", function),
          path_of(f.members, f.members_len, "members", function),
          path_of(f.income, f.income_len, "income", function)};
}

void fill_counts(rg_csv_import_result& out, const rg::CsvImportResult& r) {
  out.committed = r.committed ? 1 : 0;
  const std::array<const rg::CsvEntityCounts*, 4> counts = {&r.regions, &r.households, &r.members, &r.income};
  for (std::size_t i = 0; i < 4; ++i) {
    out.rows[i] = counts[i]->rows;
    out.imported[i] = counts[i]->imported;
    out.rejected[i] = counts[i]->rejected;
  }
  out.errors_total = r.errors_total;
  out.warnings_total = static_cast<int64_t>(r.warnings.size());
}

rg::SyntheticCountyOptions synthetic_options(const rg_synthetic_county_options* o,
                                             const char* function) {
  rg::SyntheticCountyOptions s;
  if (o == nullptr) return s;
  rg::capi::check_struct_size(o->struct_size, sizeof(rg_synthetic_county_options),
                              "rg_synthetic_county_options", function);
  s.seed = o->seed;
  s.households = o->households;
  s.county = rg::RegionCode::from_value(o->county_code);
  s.townships = o->townships;
  s.villages = o->villages;
  s.formerly_poor_permille = o->formerly_poor_permille;
  s.monitored_permille = o->monitored_permille;
  s.error_permille = o->error_permille;
  s.income_year = o->income_year;
  return s;
}

// Refused before anything is generated: a summary struct smaller than the library's.
void check_summary(const rg_synthetic_county_summary* out, const char* function) {
  if (out != nullptr) {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_synthetic_county_summary),
                                "rg_synthetic_county_summary", function);
  }
}

void fill_summary(rg_synthetic_county_summary* out, const rg::SyntheticCountySummary& s) {
  if (out == nullptr) return;
  out->regions = s.regions;
  out->households = s.households;
  out->members = s.members;
  out->income_statements = s.income_statements;
  out->formerly_poor = s.formerly_poor;
  out->monitored_profile = s.monitored_profile;
  out->injected_errors = s.injected_errors;
}

}  // namespace

extern "C" {

void rg_csv_import_options_init(rg_csv_import_options* options) {
  if (!rg::capi::init_struct(options)) return;
  options->mode = RG_CSV_ALL_OR_NOTHING;
  options->as_of = rg::Date::from_ymd(2024, 12, 31).days_since_epoch();
}

rg_status rg_households_import_csv(rg_csv_import_result* out, rg_store* store, const rg_csv_files* files,
                                   const rg_csv_import_options* options) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(files);
  rg::CsvImportResult result;
  const rg_status status = guard([&, func = __func__] {
    if (out != nullptr) {
      rg::capi::check_struct_size(out->struct_size, sizeof(rg_csv_import_result),
                                  "rg_csv_import_result", func);
    }
    rg::CsvImportOptions o;
    if (options != nullptr) {
      rg::capi::check_struct_size(options->struct_size, sizeof(rg_csv_import_options),
                                  "rg_csv_import_options", func);
      o.mode = rg::capi::enum_arg<rg::CsvImportMode>(options->mode, "options->mode", func);
      o.rejects_dir = path_of(options->rejects_dir, options->rejects_dir_len, "rejects_dir", func);
      o.policy.as_of = rg::Date::from_days_since_epoch(options->as_of);
      if (options->on_error != nullptr) {
        const rg_csv_error_fn fn = options->on_error;
        void* context = options->context;
        o.on_error = [fn, context](const rg::CsvError& e) {
          const rg_csv_error c{e.line, e.column, 0, e.file.c_str(), e.column_name.c_str(), e.rule.c_str(), e.message.c_str()};
          fn(context, &c);
        };
      }
    } else {
      o.policy.as_of = rg::Date::from_ymd(2024, 12, 31);
    }
    o.errors_max = 1;  // the C caller sees every error through the callback
    result = rg::import_households_csv(store->store, files_of(*files, func), o);
    if (out != nullptr) fill_counts(*out, result);
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

rg_status rg_households_export_csv(rg_store* store, const rg_csv_files* files) {
  RG_CHECK_ARG(store);
  RG_CHECK_ARG(files);
  return guard(
      [&, func = __func__] { rg::export_households_csv(store->store, files_of(*files, func)); });
}

rg_status rg_dq_rule_info(const char** out_code, const char** out_key, uint8_t* out_severity,
                          const char** out_title_en, const char** out_title_zh, uint16_t rule) {
  return guard([&] {
    // A lookup: an unknown number is RG_ENOTFOUND from the catalogue, as documented.
    const auto& info = rg::rule_info(rg::capi::engine_checked_enum<rg::RuleId>(rule));
    if (out_code != nullptr) *out_code = info.code;
    if (out_key != nullptr) *out_key = info.key;
    if (out_severity != nullptr) *out_severity = static_cast<uint8_t>(info.severity);
    if (out_title_en != nullptr) *out_title_en = info.title_en;
    if (out_title_zh != nullptr) *out_title_zh = info.title_zh;
  });
}

rg_status rg_households_validate(int64_t* out_counts, int64_t* out_total, rg_store* store, rg_date as_of,
                                 rg_dq_finding_fn on_finding, void* context, size_t findings_max) {
  RG_CHECK_ARG(store);
  return guard([&] {
    rg::ValidationPolicy policy;
    policy.as_of = rg::Date::from_days_since_epoch(as_of);
    const auto report = rg::validate_store(store->store, policy, {}, on_finding == nullptr ? 0 : findings_max);
    if (out_counts != nullptr) {
      for (std::size_t i = 0; i <= RG_DQ_RULES; ++i) out_counts[i] = report.count_by_rule[i];
    }
    if (out_total != nullptr) *out_total = report.findings_total;
    if (on_finding != nullptr) {
      for (const auto& f : report.findings) {
        const rg_dq_finding c{static_cast<uint16_t>(f.rule), static_cast<uint8_t>(f.severity), 0,
                              f.household_id.c_str(), f.person_id.c_str(), f.field.c_str(), f.value.c_str(),
                              f.message_en.c_str(), f.message_zh.c_str()};
        on_finding(context, &c);
      }
    }
  });
}

void rg_synthetic_county_options_init(rg_synthetic_county_options* options) {
  if (!rg::capi::init_struct(options)) return;
  const rg::SyntheticCountyOptions d;
  options->townships = d.townships;
  options->seed = d.seed;
  options->households = d.households;
  options->county_code = d.county.value();
  options->villages = d.villages;
  options->formerly_poor_permille = d.formerly_poor_permille;
  options->monitored_permille = d.monitored_permille;
  options->error_permille = d.error_permille;
  options->income_year = d.income_year;
}

rg_status rg_synthetic_county_generate(rg_synthetic_county_summary* out, rg_store* store,
                                       const rg_synthetic_county_options* options) {
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    check_summary(out, func);
    fill_summary(out, rg::generate_county(synthetic_options(options, func), store->store));
  });
}

rg_status rg_synthetic_county_write_csv(rg_synthetic_county_summary* out, const rg_csv_files* files,
                                        const rg_synthetic_county_options* options) {
  RG_CHECK_ARG(files);
  return guard([&, func = __func__] {
    check_summary(out, func);
    fill_summary(out,
                 rg::write_county_csv(synthetic_options(options, func), files_of(*files, func)));
  });
}

rg_status rg_household_table_load(rg_household_table** out_table, rg_store* store, rg_date as_of,
                                  const char* region_prefix, size_t region_prefix_len) {
  RG_CHECK_ARG(out_table);
  *out_table = nullptr;
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    rg::HouseholdColumnOptions o;
    o.region_prefix =
        std::string(rg::capi::text_arg(region_prefix, region_prefix_len, "region_prefix", func));
    o.as_of = rg::Date::from_days_since_epoch(as_of);
    auto table = std::make_unique<rg_household_table>();
    table->data = rg::load_household_columns(store->store, o);
    *out_table = table.release();
  });
}

rg_status rg_household_table_view_get(rg_household_table_view* out, const rg_household_table* table) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(table);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_household_table_view),
                                "rg_household_table_view", func);
    const auto& d = table->data;
    out->reserved = 0;
    out->count = d.size();
    out->region_code = d.region_code.data();
    out->kind = d.kind.data();
    out->per_capita_income = d.per_capita_income.data();
    out->previous_per_capita_income = d.previous_per_capita_income.data();
    out->net_income = d.net_income.data();
    out->medical_out_of_pocket = d.medical_out_of_pocket.data();
    out->education_out_of_pocket = d.education_out_of_pocket.data();
    out->income_period_end = d.income_period_end.data();
    out->members = d.members.data();
    out->labour_capable = d.labour_capable.data();
    out->weak_labour = d.weak_labour.data();
    out->seriously_ill = d.seriously_ill.data();
    out->chronically_ill = d.chronically_ill.data();
    out->disabled = d.disabled.data();
    out->guarantee_failures = d.guarantee_failures.data();
    out->events = d.events.data();
    out->household_key = d.household_key.data();
    out->has_income = d.has_income.data();
    out->relocated = d.relocated.data();
    out->elderly = d.elderly.data();
    out->school_age = d.school_age.data();
  });
}

rg_status rg_household_table_household_id(char* out, size_t out_capacity, const rg_household_table* table,
                                          size_t row) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(table);
  if (row >= table->data.size()) {
    return rg::capi::set_error(RG_ERANGE, "rg_household_table_household_id: row " + std::to_string(row) +
                                              " is beyond the table's " + std::to_string(table->data.size()) + " rows");
  }
  const auto id = table->data.household_id(row);
  if (out_capacity < id.size() + 1) {
    return rg::capi::set_error(RG_EBUFFER, "rg_household_table_household_id: needs " + std::to_string(id.size() + 1) + " bytes");
  }
  std::memcpy(out, id.data(), id.size());
  out[id.size()] = '\0';
  return RG_OK;
}

void rg_household_table_free(rg_household_table* table) { delete table; }

}  // extern "C"
