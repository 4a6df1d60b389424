// The report: roll-ups and scores, and its JSON, CSV and text forms.
#include "ruralguard/report.hpp"

#include "ruralguard/csv_text.hpp"


#include <nlohmann/json.hpp>
#include <sstream>

#include "reports/columns.hpp"

namespace rg {

namespace {

nlohmann::json summary_json(const RegionSummary& s, const ReportOptions& o) {
  const auto& columns = report_columns();
  const auto values = report_values(s, o);
  nlohmann::json j = nlohmann::json::object();
  nlohmann::json exact = nlohmann::json::object();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const std::string& v = values[i];
    switch (columns[i].kind) {
      case ValueKind::kCount: j[columns[i].id] = std::stoll(v); break;
      case ValueKind::kRate: j[columns[i].id] = v.empty() ? nlohmann::json(nullptr) : nlohmann::json(v); break;
      default: j[columns[i].id] = v; break;
    }
  }
  auto fraction = [](const std::optional<Ratio>& r) { return r ? nlohmann::json(r->to_fraction()) : nlohmann::json(nullptr); };
  exact["measure_coverage"] = fraction(s.measure_coverage());
  exact["elimination_rate"] = fraction(s.elimination_rate());
  exact["fp_income_mean"] = fraction(s.fp_income_mean());
  exact["fp_income_growth"] = fraction(s.fp_income_growth());
  exact["progress_total"] = fraction(s.progress_total());
  exact["industry_share"] = fraction(s.industry_share());
  exact["completion_rate"] = fraction(s.completion_rate());
  j["exact"] = exact;
  nlohmann::json assets = nlohmann::json::array();
  for (const auto& [key, t] : s.assets) {
    assets.push_back({{"class", key.asset_class}, {"status", key.status}, {"count", t.count},
                      {"value", t.value.format({.decimals = 2})}, {"income", t.income.format({.decimals = 2})}});
  }
  j["assets_by_class_status"] = assets;
  return j;
}

void csv_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) append_csv_field(out, fields[i], i == 0, CsvQuoting::kAlways);
  out += "\r\n";
}

std::string score_text(const Ratio& r) { return r.to_decimal(2); }

}  // namespace

Report build_report(const std::vector<RegionSummary>& summaries, const IndicatorSet& indicators,
                    const ReportOptions& options) {
  Report r;
  r.options = options;
  r.indicators = indicators;
  r.rows = roll_up(summaries, options.detail_level);
  // Counties are the rows at county level or below; funds kept at a coarser level (or with an
  // unknown region) count in the total only.
  for (RegionSummary& s : roll_up(summaries, RegionLevel::kCounty)) {
    const bool county = s.region != kRegionNone && s.region != kRegionSeveralProvinces &&
                        RegionCode::from_value(s.region).level() >= RegionLevel::kCounty;
    merge_into(r.total, s);
    if (county) r.counties.push_back(std::move(s));
  }
  r.scores = score_regions(r.counties, indicators);
  return r;
}

std::string report_json(const Report& report) {
  const ReportOptions& o = report.options;
  nlohmann::json doc;
  doc["format"] = "ruralguard.report/1";
  doc["as_of"] = o.as_of.to_string();
  doc["title"] = o.title;
  doc["run_id"] = o.run_id;
  nlohmann::json columns = nlohmann::json::array();
  static const char* kKind[] = {"", "count", "money", "rate", "text"};
  for (const ReportColumn& c : report_columns()) {
    columns.push_back({{"id", c.id}, {"en", c.en}, {"zh", c.zh}, {"kind", kKind[static_cast<int>(c.kind)]}});
  }
  doc["columns"] = columns;
  doc["total"] = summary_json(report.total, o);
  doc["regions"] = nlohmann::json::array();
  for (const RegionSummary& s : report.rows) doc["regions"].push_back(summary_json(s, o));
  doc["counties"] = nlohmann::json::array();
  for (const RegionSummary& s : report.counties) doc["counties"].push_back(summary_json(s, o));
  doc["indicators"] = nlohmann::json::parse(indicators_to_json(report.indicators))["indicators"];
  doc["scores"] = nlohmann::json::array();
  for (const RegionScore& sc : report.scores) {
    nlohmann::json items = nlohmann::json::array();
    for (const IndicatorScore& it : sc.items) {
      items.push_back({{"id", it.id},
                       {"value", it.value ? nlohmann::json(it.value->to_decimal(4)) : nlohmann::json(nullptr)},
                       {"value_exact", it.value ? nlohmann::json(it.value->to_fraction()) : nlohmann::json(nullptr)},
                       {"score", it.score.to_decimal(4)},
                       {"contribution", score_text(it.contribution)},
                       {"contribution_exact", it.contribution.to_fraction()},
                       {"met", it.met}});
    }
    doc["scores"].push_back({{"region", region_text(sc.region)},
                             {"rank", sc.rank},
                             {"total", score_text(sc.total)},
                             {"total_exact", sc.total.to_fraction()},
                             {"items", items}});
  }
  return doc.dump(2);
}

std::string report_csv(const Report& report, CsvHeader header) {
  std::string out;
  std::vector<std::string> names;
  for (const ReportColumn& c : report_columns()) {
    names.push_back(header == CsvHeader::kId ? c.id : header == CsvHeader::kEnglish ? c.en : c.zh);
  }
  csv_row(out, names);
  for (const RegionSummary& s : report.rows) csv_row(out, report_values(s, report.options));
  std::vector<std::string> total = report_values(report.total, report.options);
  total[0] = "total";
  csv_row(out, total);
  return out;
}

std::string scores_csv(const Report& report) {
  std::string out;
  std::vector<std::string> head = {"region", "rank", "total"};
  for (const Indicator& i : report.indicators.indicators) {
    head.push_back(i.id + ".value");
    head.push_back(i.id + ".score");
    head.push_back(i.id + ".contribution");
  }
  csv_row(out, head);
  for (const RegionScore& sc : report.scores) {
    std::vector<std::string> row = {region_text(sc.region), std::to_string(sc.rank),
                                    score_text(sc.total)};
    for (const IndicatorScore& it : sc.items) {
      row.push_back(it.value ? it.value->to_decimal(4) : "");
      row.push_back(it.score.to_decimal(4));
      row.push_back(score_text(it.contribution));
    }
    csv_row(out, row);
  }
  return out;
}

std::string report_text(const Report& report) {
  const ReportOptions& o = report.options;
  const auto& columns = report_columns();
  const auto values = report_values(report.total, o);
  std::ostringstream out;
  out << o.title << "\n截至 as of " << o.as_of.to_string() << " · assessment run " << o.run_id << "\n";
  for (const char* id : {"households", "people", "households_formerly_poor", "people_formerly_poor", "monitored",
                         "monitored_level_red", "monitored_level_yellow", "monitored_level_blue",
                         "cases_under_monitoring", "measure_coverage", "elimination_rate", "fp_income_mean",
                         "fp_income_growth", "allocated_total", "disbursed_total", "progress_total",
                         "industry_share", "projects", "completion_rate", "assets", "assets_value",
                         "assets_income"}) {
    const std::size_t i = report_column_index(id);
    out << "  " << columns[i].zh << " / " << columns[i].en << ": " << (values[i].empty() ? "-" : values[i]) << "\n";
  }
  Ratio weights;
  for (const Indicator& ind : report.indicators.indicators) weights = weights + ind.weight;
  out << "County scores 县级考核得分 (out of 100):\n";
  for (const RegionScore& sc : report.scores) {
    auto name = o.region_names.find(sc.region);
    out << "  #" << sc.rank << " " << region_text(sc.region)
        << (name != o.region_names.end() ? " " + name->second : std::string()) << ": " << score_text(sc.total)
        << "\n";
    for (std::size_t k = 0; k < sc.items.size(); ++k) {
      const Indicator& ind = report.indicators.indicators[k];
      const IndicatorScore& it = sc.items[k];
      out << "     " << (it.met ? "met    " : "not met") << " " << ind.name_zh << " / " << ind.name_en << ": "
          << (it.value ? it.value->to_decimal(4) : std::string("no data")) << " vs target " << ind.target.to_decimal(4)
          << " -> " << score_text(it.contribution) << " of " << score_text(Ratio::from_integer(100) * ind.weight / weights)
          << " points\n";
    }
  }
  return out.str();
}

}  // namespace rg
