// C ABI: region summaries, indicator sets and the rendered report.
#include <map>
#include <string>
#include <vector>

#include "capi/args.hpp"
#include "capi/c_enums.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "capi/policy_set_handle.hpp"
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

}  // namespace

extern "C" {

rg_status rg_summary_from_store(rg_summary** out, rg_store* store, rg_date as_of, const char* region_prefix,
                                size_t prefix_len) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    rg::StoreSummaryOptions o;
    o.region_prefix =
        std::string(rg::capi::text_arg(region_prefix, prefix_len, "region_prefix", func));
    o.as_of = rg::Date::from_days_since_epoch(as_of);
    auto s = std::make_unique<rg_summary>();
    s->regions = rg::summarize_store(store->store, o).regions;
    *out = s.release();
  });
}

rg_status rg_summary_from_store_policies(rg_summary** out, rg_store* store, rg_date as_of, const char* region_prefix,
                                         size_t prefix_len, const rg_policy* policy, const rg_policy_set* set) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(store);
  return guard([&, func = __func__] {
    rg::StoreSummaryOptions o;
    o.region_prefix = std::string(rg::capi::text_arg(region_prefix, prefix_len, "region_prefix", func));
    o.as_of = rg::Date::from_days_since_epoch(as_of);
    if (policy != nullptr) o.policy = policy->policy;
    if (set != nullptr) o.policy_set = set->set;
    auto s = std::make_unique<rg_summary>();
    s->regions = rg::summarize_store(store->store, o).regions;
    *out = s.release();
  });
}

void rg_summary_households_init(rg_summary_households* rows) {
  if (!rg::capi::init_struct(rows)) return;
}

rg_status rg_summary_from_households(rg_summary** out, const rg_summary_households* rows) {
  RG_CHECK_ARG(out);
  RG_CHECK_ARG(rows);
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(rows->struct_size, sizeof(rg_summary_households),
                                "rg_summary_households", func);
    if (rows->count > RG_SUMMARY_HOUSEHOLDS_MAX) {
      throw rg::Error(rg::ErrorCode::kLimit, std::string(func) + ": count " +
                                                 std::to_string(rows->count) +
                                                 " exceeds RG_SUMMARY_HOUSEHOLDS_MAX (" +
                                                 std::to_string(RG_SUMMARY_HOUSEHOLDS_MAX) + ")");
    }
    if (rows->count > 0) {
      rg::capi::required_arg(rows->region, "rows->region", func);
      rg::capi::required_arg(rows->kind, "rows->kind", func);
      rg::capi::required_arg(rows->members, "rows->members", func);
    }
    rg::SummaryBuilder b;
    uint64_t checked_region = 0;
    for (size_t i = 0; i < rows->count; ++i) {
      rg::HouseholdSummaryRow r;
      if (rows->region[i] != checked_region) {
        (void)rg::RegionCode::from_value(rows->region[i]);  // throws kRange / kParse naming the code
        checked_region = rows->region[i];
      }
      r.region = rows->region[i];
      r.type = rg::capi::enum_arg<rg::HouseholdType>(rows->kind[i], "kind", func, i);
      if (rows->members[i] < 0) {
        throw rg::Error(rg::ErrorCode::kInvalidArgument, "rg_summary_from_households: row " + std::to_string(i) +
                                                             ": members " + std::to_string(rows->members[i]) +
                                                             " is negative");
      }
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
          // NULL column: every row none. A value outside RG_CATEGORY_* / RG_LEVEL_* is refused
          // (it used to be taken modulo 4).
          if (rows->category != nullptr) {
            r.category =
                rg::capi::enum_arg<rg::MonitoringCategory>(rows->category[i], "category", func, i);
          }
          if (rows->level != nullptr)
            r.level = rg::capi::enum_arg<rg::WarningLevel>(rows->level[i], "level", func, i);
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
  RG_CHECK_ARG(json);  // required: NULL is refused even with length 0
  return guard([&, func = __func__] {
    // Loading may list a region twice (concatenated partitions): merge them.
    std::map<uint64_t, rg::RegionSummary> by_region;
    for (rg::RegionSummary& r :
         rg::summaries_from_json(rg::capi::text_arg(json, json_len, "json", func))) {
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
  return guard([&, func = __func__] {
    const auto to = rg::capi::enum_arg<rg::RegionLevel>(level, "level", func);
    auto s = std::make_unique<rg_summary>();
    s->regions = rg::roll_up(summary->regions, to);
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
  return guard([&, func = __func__] {
    rg::capi::check_struct_size(out->struct_size, sizeof(rg_region_figures), "rg_region_figures",
                                func);
    if (index >= summary->regions.size()) {
      throw rg::Error(rg::ErrorCode::kRange,
                      std::string(func) + ": index " + std::to_string(index) + " is beyond the " +
                          std::to_string(summary->regions.size()) + " summaries of the set");
    }
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
  return guard([&, func = __func__] {
    const auto indicators =
        rg::capi::text_arg(indicators_json, indicators_len, "indicators_json", func);
    rg::ReportOptions o;
    o.detail_level = rg::capi::enum_arg<rg::RegionLevel>(detail_level, "detail_level", func);
    if (format < RG_REPORT_JSON || format > RG_REPORT_SCORES_CSV) {
      throw rg::Error(rg::ErrorCode::kInvalidArgument, std::string(func) + ": format " +
                                                           std::to_string(format) +
                                                           " is not an RG_REPORT_* value (1..7)");
    }
    o.as_of = rg::Date::from_days_since_epoch(as_of);
    const rg::IndicatorSet set =
        indicators.empty() ? rg::default_indicators(o.as_of) : rg::indicators_from_json(indicators);
    const rg::Report report = rg::build_report(summary->regions, set, o);
    std::string text;
    switch (format) {
      case RG_REPORT_JSON:
        text = rg::report_json(report);
        break;
      case RG_REPORT_CSV:
        text = rg::report_csv(report, rg::CsvHeader::kId);
        break;
      case RG_REPORT_CSV_EN:
        text = rg::report_csv(report, rg::CsvHeader::kEnglish);
        break;
      case RG_REPORT_CSV_ZH:
        text = rg::report_csv(report, rg::CsvHeader::kChinese);
        break;
      case RG_REPORT_HTML:
        text = rg::report_html(report);
        break;
      case RG_REPORT_TEXT:
        text = rg::report_text(report);
        break;
      default:
        text = rg::scores_csv(report);
        break;
    }
    rg::capi::copy_text_out(text, out, out_capacity, out_length, "rg_report_render");
  });
}

}  // extern "C"
