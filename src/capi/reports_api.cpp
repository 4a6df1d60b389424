// C ABI: region summaries, indicator sets and the rendered report.
#include <map>
#include <string>
#include <vector>

#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "capi/text_out.hpp"
#include "ruralguard/indicators.hpp"
#include "ruralguard/report.hpp"
#include "ruralguard/summary.hpp"
#include "ruralguard/summary_store.hpp"

struct rg_summary {
  std::vector<rg::RegionSummary> regions;  // sorted by region, one per region
};

namespace {

using rg::capi::guard;
using rg::capi::set_error;

rg_status bad_level(const char* function, int32_t level) {
  return set_error(RG_EINVAL, std::string(function) + ": level " + std::to_string(level) +
                                  " is not one of RG_REGION_* (1..5)");
}

}  // namespace

extern "C" {

rg_status rg_summary_from_store(rg_summary** out, rg_store* store, rg_date as_of, const char* region_prefix,
                                size_t prefix_len) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(store);
  if (!rg::capi::text_ok(region_prefix, prefix_len)) return rg::capi::null_argument(__func__, "region_prefix");
  return guard([&] {
    rg::StoreSummaryOptions o;
    o.as_of = rg::Date::from_days_since_epoch(as_of);
    o.region_prefix = std::string(rg::capi::text_view(region_prefix, prefix_len));
    auto s = std::make_unique<rg_summary>();
    s->regions = rg::summarize_store(store->store, o).regions;
    *out = s.release();
  });
}

void rg_summary_households_init(rg_summary_households* rows) {
  if (rows == nullptr) return;
  *rows = rg_summary_households{};
  rows->struct_size = sizeof(rg_summary_households);
}

rg_status rg_summary_from_households(rg_summary** out, const rg_summary_households* rows) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(rows);
  if (rows->struct_size < sizeof(rg_summary_households)) {
    return set_error(RG_EINVAL, std::string(__func__) + ": rows->struct_size " + std::to_string(rows->struct_size) +
                                    " is smaller than sizeof(rg_summary_households): call rg_summary_households_init");
  }
  if (rows->count > RG_SUMMARY_HOUSEHOLDS_MAX) {
    return set_error(RG_ELIMIT, std::string(__func__) + ": count " + std::to_string(rows->count) +
                                    " exceeds RG_SUMMARY_HOUSEHOLDS_MAX");
  }
  if (rows->count > 0) {
    RG_CHECK_ARG(rows->region);
    RG_CHECK_ARG(rows->kind);
    RG_CHECK_ARG(rows->members);
  }
  return guard([&] {
    rg::SummaryBuilder b;
    uint64_t checked_region = 0;
    for (size_t i = 0; i < rows->count; ++i) {
      rg::HouseholdSummaryRow r;
      if (rows->region[i] != checked_region) {
        (void)rg::RegionCode::from_value(rows->region[i]);  // throws kRange / kParse naming the code
        checked_region = rows->region[i];
      }
      r.region = rows->region[i];
      if (rows->kind[i] < 1 || rows->kind[i] > 3) {
        throw rg::Error(rg::ErrorCode::kInvalidArgument, "rg_summary_from_households: row " + std::to_string(i) +
                                                             ": kind " + std::to_string(rows->kind[i]) +
                                                             " is not one of RG_HOUSEHOLD_*");
      }
      if (rows->members[i] < 0) {
        throw rg::Error(rg::ErrorCode::kInvalidArgument, "rg_summary_from_households: row " + std::to_string(i) +
                                                             ": members " + std::to_string(rows->members[i]) +
                                                             " is negative");
      }
      r.type = static_cast<rg::HouseholdType>(rows->kind[i]);
      r.members = rows->members[i];
      if (rows->per_capita_income != nullptr) {
        r.has_income = true;
        r.per_capita_income = rg::Money::from_units(rows->per_capita_income[i]);
        if (rows->previous_per_capita_income != nullptr && rows->previous_per_capita_income[i] != INT64_MIN) {
          r.previous_per_capita_income = rg::Money::from_units(rows->previous_per_capita_income[i]);
        }
      }
      if (rows->within_monitoring != nullptr) {
        r.assessed = true;
        r.within_monitoring = rows->within_monitoring[i] != 0;
        if (r.within_monitoring) {
          r.category = static_cast<rg::MonitoringCategory>(rows->category == nullptr ? 0 : rows->category[i] % 4);
          r.level = static_cast<rg::WarningLevel>(rows->level == nullptr ? 0 : rows->level[i] % 4);
        }
      }
      b.add_household(r);
    }
    auto s = std::make_unique<rg_summary>();
    s->regions = b.summaries();
    *out = s.release();
  });
}

rg_status rg_summary_from_json(rg_summary** out, const char* json, size_t json_len) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(json);
  return guard([&] {
    // Loading may list a region twice (concatenated partitions): merge them.
    std::map<uint64_t, rg::RegionSummary> by_region;
    for (rg::RegionSummary& r : rg::summaries_from_json(std::string_view(json, json_len))) {
      auto [it, fresh] = by_region.try_emplace(r.region, r);
      if (!fresh) rg::merge_into(it->second, r);
    }
    auto s = std::make_unique<rg_summary>();
    for (auto& [k, r] : by_region) s->regions.push_back(std::move(r));
    *out = s.release();
  });
}

rg_status rg_summary_to_json(char* out, size_t out_capacity, size_t* out_length, const rg_summary* summary) {
  RG_CHECK_ARG(out_length);
  RG_CHECK_ARG(summary);
  return guard([&] {
    rg::capi::copy_text_out(rg::summaries_to_json(summary->regions), out, out_capacity, out_length,
                            "rg_summary_to_json");
  });
}

rg_status rg_summary_merge(rg_summary* into, const rg_summary* from) {
  RG_CHECK_ARG(into);
  RG_CHECK_ARG(from);
  return guard([&] {
    std::map<uint64_t, rg::RegionSummary> by_region;
    for (const rg::RegionSummary& r : into->regions) by_region.emplace(r.region, r);
    for (const rg::RegionSummary& r : from->regions) {
      auto [it, fresh] = by_region.try_emplace(r.region, r);
      if (!fresh) rg::merge_into(it->second, r);
    }
    std::vector<rg::RegionSummary> merged;
    merged.reserve(by_region.size());
    for (auto& [k, r] : by_region) merged.push_back(std::move(r));
    into->regions.swap(merged);  // only once everything succeeded
  });
}

rg_status rg_summary_roll_up(rg_summary** out, const rg_summary* summary, int32_t level) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(summary);
  if (level < RG_REGION_PROVINCE || level > 5) return bad_level(__func__, level);
  return guard([&] {
    auto s = std::make_unique<rg_summary>();
    s->regions = rg::roll_up(summary->regions, static_cast<rg::RegionLevel>(level));
    *out = s.release();
  });
}

rg_status rg_summary_count(size_t* out, const rg_summary* summary) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(summary);
  *out = summary->regions.size();
  return RG_OK;
}

rg_status rg_summary_figures(rg_region_figures* out, const rg_summary* summary, size_t index) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(summary);
  if (out->struct_size < sizeof(rg_region_figures)) {
    return set_error(RG_EINVAL, std::string(__func__) + ": out->struct_size " + std::to_string(out->struct_size) +
                                    " is smaller than sizeof(rg_region_figures) (" +
                                    std::to_string(sizeof(rg_region_figures)) + ")");
  }
  if (index >= summary->regions.size()) {
    return set_error(RG_ERANGE, std::string(__func__) + ": index " + std::to_string(index) + " is beyond the " +
                                    std::to_string(summary->regions.size()) + " summaries of the set");
  }
  return guard([&] {
    const rg::RegionSummary& s = summary->regions[index];
    rg_region_figures f{};
    f.struct_size = out->struct_size;
    f.region = s.region;
    for (size_t i = 0; i < 4; ++i) {
      f.households_by_type[i] = s.households_by_type[i];
      f.people_by_type[i] = s.people_by_type[i];
      f.monitored_by_level[i] = s.monitored_by_level[i];
      f.allocated[i] = s.funds_allocated[i].units();
      f.disbursed[i] = s.funds_disbursed[i].units();
    }
    f.assessed = s.assessed;
    f.monitored = s.monitored;
    f.cases_under_monitoring = s.cases_under_monitoring;
    f.cases_with_measure = s.cases_with_measure;
    f.cases_eliminated = s.cases_eliminated;
    f.fp_people_with_income = s.fp_people_with_income;
    f.fp_income_people_sum = s.fp_income_people_sum.units();
    f.industry_disbursed = s.industry_disbursed.units();
    f.projects = s.projects();
    f.projects_completed = s.projects_completed();
    *out = f;
  });
}

void rg_summary_free(rg_summary* summary) { delete summary; }

rg_status rg_indicators_default(char* out, size_t out_capacity, size_t* out_length, rg_date as_of) {
  RG_CHECK_ARG(out_length);
  return guard([&] {
    const auto set = rg::default_indicators(rg::Date::from_days_since_epoch(as_of));
    rg::capi::copy_text_out(rg::indicators_to_json(set), out, out_capacity, out_length, "rg_indicators_default");
  });
}

rg_status rg_report_render(char* out, size_t out_capacity, size_t* out_length, const rg_summary* summary,
                           rg_date as_of, int32_t detail_level, int32_t format, const char* indicators_json,
                           size_t indicators_len) {
  RG_CHECK_ARG(out_length);
  RG_CHECK_ARG(summary);
  if (!rg::capi::text_ok(indicators_json, indicators_len)) return rg::capi::null_argument(__func__, "indicators_json");
  if (detail_level < RG_REGION_PROVINCE || detail_level > 5) return bad_level(__func__, detail_level);
  if (format < RG_REPORT_JSON || format > RG_REPORT_SCORES_CSV) {
    return set_error(RG_EINVAL, std::string(__func__) + ": format " + std::to_string(format) +
                                    " is not one of RG_REPORT_* (1..7)");
  }
  return guard([&] {
    rg::ReportOptions o;
    o.as_of = rg::Date::from_days_since_epoch(as_of);
    o.detail_level = static_cast<rg::RegionLevel>(detail_level);
    const rg::IndicatorSet set = indicators_len == 0
                                     ? rg::default_indicators(o.as_of)
                                     : rg::indicators_from_json(std::string_view(indicators_json, indicators_len));
    const rg::Report report = rg::build_report(summary->regions, set, o);
    std::string text;
    switch (format) {
      case RG_REPORT_JSON: text = rg::report_json(report); break;
      case RG_REPORT_CSV: text = rg::report_csv(report, rg::CsvHeader::kId); break;
      case RG_REPORT_CSV_EN: text = rg::report_csv(report, rg::CsvHeader::kEnglish); break;
      case RG_REPORT_CSV_ZH: text = rg::report_csv(report, rg::CsvHeader::kChinese); break;
      case RG_REPORT_HTML: text = rg::report_html(report); break;
      case RG_REPORT_TEXT: text = rg::report_text(report); break;
      default: text = rg::scores_csv(report); break;
    }
    rg::capi::copy_text_out(text, out, out_capacity, out_length, "rg_report_render");
  });
}

}  // extern "C"
