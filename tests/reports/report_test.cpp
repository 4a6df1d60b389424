// Report outputs: JSON figures equal the summary's, CSV quoting and labels, self-contained HTML.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "ruralguard/report.hpp"

namespace rg {
namespace {

std::vector<RegionSummary> two_villages() {
  SummaryBuilder b;
  b.add_household({500230001001ULL, HouseholdType::kFormerlyPoor, 3, true, Money::from_yuan(10000),
                   Money::from_yuan(9000), true, true, MonitoringCategory::kUnstableFormerlyPoor, WarningLevel::kRed});
  b.add_household({500230002001ULL, HouseholdType::kOrdinary, 2, true, Money::from_yuan(20000), std::nullopt, true,
                   false});
  b.add_case({500230001001ULL, 7, MonitoringCategory::kUnstableFormerlyPoor, WarningLevel::kRed, true});
  FundFlow f;
  f.region = 500230000000ULL;
  f.level = FundLevel::kCounty;
  f.allocated = Money::parse("1000.50");
  f.disbursed = Money::parse("250.125");
  b.add_fund_flow(f);
  return b.summaries();
}

Report sample() {
  ReportOptions o;
  o.as_of = Date::from_ymd(2024, 6, 30);
  o.region_names[500230001000ULL] = "甲镇, \"east\"";
  return build_report(two_villages(), default_indicators(o.as_of), o);
}

TEST(Report, JsonCarriesColumnsTotalsAndScores) {
  const Report r = sample();
  const auto j = nlohmann::json::parse(report_json(r));
  EXPECT_EQ(j["format"], "ruralguard.report/1");
  EXPECT_EQ(j["columns"].size(), report_columns().size());
  EXPECT_EQ(j["total"]["households"], 2);
  EXPECT_EQ(j["total"]["people"], 5);
  EXPECT_EQ(j["total"]["monitored_level_red"], 1);
  EXPECT_EQ(j["total"]["allocated_county"], "1000.50");
  EXPECT_EQ(j["total"]["disbursed_county"], "250.13");  // 250.125 rounded half-up once
  EXPECT_EQ(j["total"]["exact"]["progress_total"], "1/4");
  EXPECT_EQ(j["total"]["fp_income_mean"], "10000.00");
  EXPECT_TRUE(j["total"]["elimination_rate"].is_string());
  // Two townships plus the county-level funds row at the township detail level.
  EXPECT_EQ(j["regions"].size(), 3u);
  ASSERT_EQ(j["scores"].size(), 1u);
  EXPECT_EQ(j["scores"][0]["rank"], 1);
  EXPECT_EQ(j["scores"][0]["items"].size(), 5u);
}

TEST(Report, ColumnIdsAreUniqueAndLabelledInBothLanguages) {
  std::set<std::string> ids;
  for (const ReportColumn& c : report_columns()) {
    EXPECT_TRUE(ids.insert(c.id).second) << c.id;
    EXPECT_FALSE(c.en.empty()) << c.id;
    EXPECT_FALSE(c.zh.empty()) << c.id;
  }
}

TEST(Report, CsvQuotesEveryFieldAndEndsWithTheTotal) {
  const Report r = sample();
  const std::string csv = report_csv(r, CsvHeader::kChinese);
  EXPECT_EQ(csv.rfind("\"区划代码\",\"地区\",", 0), 0u);
  // The name with a comma and quotes is quoted with doubled quotes (RFC 4180).
  EXPECT_NE(csv.find("\"甲镇, \"\"east\"\"\""), std::string::npos);
  std::size_t lines = 0;
  for (char c : csv) lines += c == '\n';
  EXPECT_EQ(lines, 1 + r.rows.size() + 1);
  EXPECT_NE(csv.find("\r\n\"total\","), std::string::npos);
  const std::string ids = report_csv(r, CsvHeader::kId);
  EXPECT_EQ(ids.rfind("\"region\",\"region_name\",\"households\"", 0), 0u);
  EXPECT_NE(scores_csv(r).find("\"500230000000\",\"1\""), std::string::npos);
}

TEST(Report, HtmlIsSelfContainedWithThreeCharts) {
  const std::string html = report_html(sample());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http://", html.find("<body")), html.find("http://www.w3.org/2000/svg"));
  std::size_t charts = 0;
  for (std::size_t at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1)) ++charts;
  EXPECT_EQ(charts, 3u);
  EXPECT_NE(html.find("甲镇, &quot;east&quot;"), std::string::npos);
  EXPECT_NE(html.find("</html>"), std::string::npos);
}

TEST(Report, TextNamesTheKeyFigures) {
  const std::string text = report_text(sample());
  EXPECT_NE(text.find("户数 / Households: 2"), std::string::npos) << text;
  EXPECT_NE(text.find("#1 500230000000"), std::string::npos) << text;
}

}  // namespace
}  // namespace rg
