// ruralguard C++ API: the quarterly monitoring report 季度台账 as text, JSON, CSV and HTML.
//
// A Report holds region summaries at one detail level, their total, and the indicator scores of
// every county. Every output uses one column table (report_columns()): stable ids, English and
// zh-CN labels, values exact (counts as integers, money with 2 decimals rounded half-up once,
// rates as decimals with 4 places rounded half-up once; JSON also carries each rate's exact
// fraction). docs/reports.md lists the columns.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "ruralguard/date.hpp"
#include "ruralguard/indicators.hpp"
#include "ruralguard/region_code.hpp"
#include "ruralguard/summary.hpp"

namespace rg {

struct ReportOptions {
  Date as_of = Date::from_ymd(2024, 12, 31);
  std::string title = "防止返贫监测季度台账 Quarterly monitoring report";
  RegionLevel detail_level = RegionLevel::kTownship;  // rows of the region table
  std::map<uint64_t, std::string> region_names;       // optional display names by region code
  int64_t run_id = 0;                                 // the assessment run behind the figures
};

struct Report {
  ReportOptions options;
  RegionSummary total;                // everything merged
  std::vector<RegionSummary> rows;    // rolled up to options.detail_level, sorted by region
  std::vector<RegionSummary> counties;
  IndicatorSet indicators;
  std::vector<RegionScore> scores;    // one per county, ranked
};

// Rolls `summaries` (any levels, e.g. villages) up to the detail level, the counties and the
// total, and scores the counties. Throws as score_regions.
[[nodiscard]] Report build_report(const std::vector<RegionSummary>& summaries, const IndicatorSet& indicators,
                                  const ReportOptions& options);

enum class ValueKind : uint8_t { kCount = 1, kMoney = 2, kRate = 3, kText = 4 };

struct ReportColumn {
  std::string id;  // stable: never renamed, only appended
  std::string en;
  std::string zh;
  ValueKind kind = ValueKind::kCount;
};
// The region table's columns, in output order.
[[nodiscard]] const std::vector<ReportColumn>& report_columns();

// Presented values of one summary, one per report column ("" when a rate has no data).
[[nodiscard]] std::vector<std::string> report_values(const RegionSummary& summary, const ReportOptions& options);

enum class CsvHeader : uint8_t { kId = 1, kEnglish = 2, kChinese = 3 };

// JSON document: {"format": "ruralguard.report/1", "as_of", "title", "run_id", "columns": [{id,
// en, zh, kind}], "total": {...}, "regions": [{...}], "counties": [...], "indicators": [...],
// "scores": [{region, rank, total, items: [{id, value, score, contribution, met}]}]}.
[[nodiscard]] std::string report_json(const Report& report);
// CSV (RFC 4180, UTF-8, every field quoted): a header row, one row per detail region, then the
// total row (region "total").
[[nodiscard]] std::string report_csv(const Report& report, CsvHeader header = CsvHeader::kId);
// The county scores as CSV: region, rank, total, then value/score/contribution per indicator.
[[nodiscard]] std::string scores_csv(const Report& report);
// A self-contained HTML page (inline CSS and SVG charts, no script, no external resource).
[[nodiscard]] std::string report_html(const Report& report);
// Plain text for a terminal (zh-CN and English labels side by side).
[[nodiscard]] std::string report_text(const Report& report);

}  // namespace rg
