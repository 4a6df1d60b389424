// `ruralguard report`: the quarterly report of a store as JSON, CSV, HTML and text.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/read_file.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/summary_store.hpp"

namespace rg::cli {

namespace {

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw Error(ErrorCode::kIo, "cannot write '" + path.string() + "'");
}

RegionLevel level_of(const std::string& name) {
  if (name == "village") return RegionLevel::kVillage;
  if (name == "township") return RegionLevel::kTownship;
  if (name == "county") return RegionLevel::kCounty;
  if (name == "city") return RegionLevel::kCity;
  if (name == "province") return RegionLevel::kProvince;
  throw UsageError("--level must be village, township, county, city or province, got '" + name + "'");
}

}  // namespace

WrittenReport write_reports(Store& store, const std::string& dir, const IndicatorSet& indicators,
                            const ReportOptions& given) {
  StoreSummaryOptions so;
  so.as_of = given.as_of;
  progress("summarising");
  const StoreSummary summary = summarize_store(store, so);
  ReportOptions options = given;
  options.run_id = summary.run_id;
  WrittenReport w{build_report(summary.regions, indicators, options), {}};
  // Display names of the regions in the report (townships, counties) from the store.
  HouseholdRepository repo(store);
  auto name = [&](uint64_t code) {
    if (code == kRegionNone || code == kRegionSeveralProvinces) return;
    if (auto r = repo.find_region(RegionCode::from_value(code))) w.report.options.region_names[code] = r->name;
  };
  for (const RegionSummary& s : w.report.rows) name(s.region);
  for (const RegionSummary& s : w.report.counties) name(s.region);
  std::filesystem::create_directories(dir);
  const std::filesystem::path base(dir);
  const std::vector<std::pair<std::string, std::string>> files = {
      {"report.json", report_json(w.report)},
      {"report.csv", report_csv(w.report, CsvHeader::kId)},
      {"report_zh.csv", report_csv(w.report, CsvHeader::kChinese)},
      {"scores.csv", scores_csv(w.report)},
      {"report.html", report_html(w.report)},
  };
  for (const auto& [file, text] : files) {
    write_file(base / file, text);
    w.paths.push_back(std::filesystem::absolute(base / file).string());
  }
  return w;
}

int run_report(int argc, char** argv) {
  Args a(argc, argv, {"db", "out", "as-of", "indicators", "level", "title"}, {"quiet"});
  if (a.help()) {
    std::cout << "usage: ruralguard report --db FILE [--out DIR] [--as-of YYYY-MM-DD] [--indicators set.json]\n"
                 "                         [--level village|township|county|city|province] [--title TEXT] [--quiet]\n"
                 "  writes report.json, report.csv, report_zh.csv, scores.csv and report.html into DIR\n"
                 "  (default: report) and prints the text report unless --quiet\n";
    return kExitOk;
  }
  Store store(a.required("db"));
  ReportOptions options;
  options.as_of = Date::parse(a.get_or("as-of", "2024-12-31"));
  options.detail_level = level_of(a.get_or("level", "township"));
  if (auto t = a.get("title")) options.title = *t;
  IndicatorSet indicators = default_indicators(options.as_of);
  if (auto path = a.get("indicators")) {
    indicators = indicators_from_json(read_file(*path, IndicatorSet::kJsonBytesMax, "IndicatorSet::kJsonBytesMax"));
  }
  const WrittenReport w = write_reports(store, a.get_or("out", "report"), indicators, options);
  if (!a.has("quiet")) std::cout << report_text(w.report);
  for (const std::string& p : w.paths) std::cout << "wrote " << p << "\n";
  return kExitOk;
}

}  // namespace rg::cli
