// CSV import and export of memberships, household events, the registered-poor history and
// assistance exits (status_csv.hpp; docs/csv-format.md "memberships.csv", "events.csv",
// "registered_poor.csv", "assistance_exits.csv").
#include <gtest/gtest.h>

#include <fstream>

#include "domain/people.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/status_csv.hpp"
#include "ruralguard/status_repo.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

void write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

void add_households(Store& store) {
  HouseholdRepository repo(store);
  repo.upsert_region(make_region(RegionCode::parse("530102001001"), "和平村"));
  for (const char* id : {"H1", "H2", "H3"}) {
    Household h = test::household(id);
    h.region = RegionCode::parse("530102001001");
    (void)repo.upsert_household(h);
  }
}

// DOMAIN-2026 §7.3 (memberships with authority, span, evidence) and DOMAIN.md 1.4 (events): an
// export imports into another store unchanged, and importing it again changes nothing.
TEST(StatusCsv, AnExportRoundTripsAndReimportingChangesNothing) {
  test::TempDir dir;
  Store a(dir.file("a.db"));
  add_households(a);
  StatusRepository ra(a);
  const int64_t id = ra.record_membership({0, "H1", "", MembershipKind::kDibao, "五华区民政局, 社会救助科", d(2024, 1, 1),
                                           std::nullopt, "审批表 \"2024-17\""});
  ra.end_membership(id, d(2025, 3, 31));
  (void)ra.record_membership({0, "H1", "", MembershipKind::kMonitored, "乡村振兴局", d(2025, 2, 1), std::nullopt, ""});
  HouseholdEventRecord e;
  e.household_id = "H2";
  e.kind = HouseholdEventKind::kNaturalDisaster;
  e.date = d(2025, 7, 1);
  e.recorded = d(2025, 7, 3);
  e.source = ClueChannel::kCadreVisit;
  e.evidence = "灾情登记表";
  (void)ra.record_event(e);
  const StatusCsvFiles files{dir.file("memberships.csv"), dir.file("events.csv"), "", ""};
  export_status_csv(a, files);

  Store b(dir.file("b.db"));
  add_households(b);
  for (int round = 0; round < 2; ++round) {
    const StatusCsvResult r = import_status_csv(b, files);
    ASSERT_TRUE(r.committed) << (r.errors.empty() ? "" : r.errors[0].message);
    EXPECT_EQ(r.memberships.imported, 2);
    EXPECT_EQ(r.events.imported, 1);
  }
  StatusRepository rb(b);
  const auto held = rb.memberships_of("H1");
  ASSERT_EQ(held.size(), 2u);
  EXPECT_EQ(held[0].authority, "五华区民政局, 社会救助科");
  EXPECT_EQ(held[0].evidence, "审批表 \"2024-17\"");
  EXPECT_EQ(held[0].end, d(2025, 3, 31));
  const auto events = rb.events_of("H2", d(2025, 1, 1), d(2025, 12, 31));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, HouseholdEventKind::kNaturalDisaster);
  EXPECT_EQ(events[0].recorded, d(2025, 7, 3));
}

// Issue 16 "Bad input" through CSV: an unknown kind, a malformed date, a status without
// authority, an end before the start, an unknown household, an unknown event type and a future
// event are rejected naming file, line and column; all or nothing stores none of the rows.
TEST(StatusCsv, MalformedRowsAreRejectedNamingFileLineAndColumn) {
  test::TempDir dir;
  Store store(dir.file("s.db"));
  add_households(store);
  const StatusCsvFiles files{dir.file("m.csv"), dir.file("e.csv"), "", ""};
  write(files.memberships,
        "户编号,类别,认定机关,开始日期,结束日期\n"
        "H1,低保,民政局,2024-01-01,\n"          // line 2: fine (Chinese headers and kind name)
        "H1,dibaoo,民政局,2024-01-01,\n"        // line 3: unknown kind, column 2
        "H1,tekun,民政局,2024-13-01,\n"         // line 4: bad date, column 4
        "H1,tekun,,2024-01-01,\n"               // line 5: no authority, column 3
        "H1,tekun,民政局,2024-02-01,2024-01-31\n"  // line 6: end before start, column 5
        "H9,tekun,民政局,2024-01-01,\n");       // line 7: unknown household, column 1
  write(files.events,
        "household_id,kind,date,source,evidence,recorded\n"
        "H2,flood,2025-07-01,cadre_visit,,2025-07-02\n"        // line 2: unknown event type, column 2
        "H2,accident,2025-07-03,cadre_visit,,2025-07-02\n");   // line 3: a future event, column 3
  std::vector<CsvError> seen;
  CsvImportOptions o;
  o.on_error = [&](const CsvError& e) { seen.push_back(e); };
  const StatusCsvResult r = import_status_csv(store, files, o);
  EXPECT_FALSE(r.committed);
  const std::vector<std::tuple<std::string, int64_t, int32_t>> expected = {
      {files.memberships, 3, 2}, {files.memberships, 4, 4}, {files.memberships, 5, 3},
      {files.memberships, 6, 5}, {files.memberships, 7, 1}, {files.events, 2, 2},
      {files.events, 3, 3}};
  ASSERT_EQ(seen.size(), expected.size());
  for (std::size_t i = 0; i < seen.size(); ++i) {
    SCOPED_TRACE(seen[i].message);
    EXPECT_EQ(seen[i].file, std::get<0>(expected[i]));
    EXPECT_EQ(seen[i].line, std::get<1>(expected[i]));
    EXPECT_EQ(seen[i].column, std::get<2>(expected[i]));
    EXPECT_NE(seen[i].message.find(seen[i].file + ":" + std::to_string(seen[i].line)), std::string::npos);
  }
  EXPECT_EQ(seen[4].column_name, "户编号");
  StatusRepository repo(store);
  EXPECT_TRUE(repo.memberships_of("H1").empty());
  EXPECT_TRUE(repo.events_of("H2", d(2000, 1, 1), d(2030, 1, 1)).empty());

  // Commit-valid-rows keeps the good row and rejects the others.
  o.mode = CsvImportMode::kCommitValidRows;
  const StatusCsvResult partial = import_status_csv(store, files, o);
  EXPECT_TRUE(partial.committed);
  EXPECT_EQ(partial.memberships.imported, 1);
  EXPECT_EQ(partial.memberships.rejected, 5);
  EXPECT_EQ(repo.memberships_of("H1").size(), 1u);
}

StatusCsvFiles history_files(test::TempDir& dir) {
  return {"", "", dir.file("registered_poor.csv"), dir.file("assistance_exits.csv")};
}

// DOMAIN-2026 §7.3 (the registered-poor history is permanent; a 2026 exit carries its assessment):
// an export imports into a fresh store unchanged, and importing it again changes nothing.
TEST(StatusHistoryCsv, AnExportOfTheHistoryAndExitsRoundTripsAndReimportingIsNoChange) {
  test::TempDir dir;
  Store a(dir.file("a.db"));
  add_households(a);
  StatusRepository ra(a);
  ra.set_registered_poor({"H1", 2015, 2019, "建档立卡 register, 五华区"});
  ra.set_registered_poor({"H2", 2016, std::nullopt, "扶贫手册 \"2016-08\", p. 3"});
  ra.record_assistance_exit({"H1", d(2026, 3, 1), d(2026, 2, 10), "评估 2026-017", "五华区乡村振兴局", "退出公示"});
  const StatusCsvFiles files = history_files(dir);
  export_status_csv(a, files);

  Store b(dir.file("b.db"));
  add_households(b);
  for (int round = 0; round < 2; ++round) {
    const StatusCsvResult r = import_status_csv(b, files);
    ASSERT_TRUE(r.committed) << (r.errors.empty() ? "" : r.errors[0].message);
    EXPECT_EQ(r.registered_poor.imported, 2);
    EXPECT_EQ(r.assistance_exits.imported, 1);
  }
  StatusRepository rb(b);
  for (const char* id : {"H1", "H2"}) {
    const auto was = ra.registered_poor(id);
    const auto now = rb.registered_poor(id);
    ASSERT_TRUE(now.has_value()) << id;
    EXPECT_EQ(now->registered_year, was->registered_year);
    EXPECT_EQ(now->exit_year, was->exit_year);
    EXPECT_EQ(now->source, was->source);
  }
  EXPECT_FALSE(rb.registered_poor("H3").has_value());
  const auto exit = rb.assistance_exit("H1");
  ASSERT_TRUE(exit.has_value());
  EXPECT_EQ(exit->date, d(2026, 3, 1));
  EXPECT_EQ(exit->assessment_date, d(2026, 2, 10));
  EXPECT_EQ(exit->assessment, "评估 2026-017");
  EXPECT_EQ(exit->authority, "五华区乡村振兴局");
  EXPECT_EQ(exit->evidence, "退出公示");
  EXPECT_FALSE(rb.assistance_exit("H2").has_value());
}

// DOMAIN-2026 §7.3 through CSV: a malformed year, an exit year before the registered year, an
// exit before 2026, an exit without an assessment and an unknown household are rejected naming
// file, line and column; all or nothing stores none of the rows.
TEST(StatusHistoryCsv, MalformedHistoryRowsAreRejectedNamingFileLineAndColumnAndStoreNothing) {
  test::TempDir dir;
  Store store(dir.file("s.db"));
  add_households(store);
  const StatusCsvFiles files = history_files(dir);
  write(files.registered_poor,
        "户编号,建档立卡年度,脱贫年度,来源\n"
        "H1,2015,2019,register\n"      // line 2: fine (Chinese headers)
        "H2,20x6,,register\n"          // line 3: malformed year, column 2
        "H2,2017,2016,register\n"      // line 4: exit year before the registered year, column 3
        "H2,2013,,register\n"          // line 5: before the campaign, column 2
        "H9,2016,2018,register\n");    // line 6: unknown household, column 1
  write(files.assistance_exits,
        "household_id,date,assessment_date,assessment,authority,evidence\n"
        "H1,2025-12-31,2025-12-01,评估 1,乡村振兴局,\n"   // line 2: exit before 2026, column 2
        "H1,2026-03-01,2026-02-01,,乡村振兴局,\n"         // line 3: no assessment, column 4
        "H1,2026-03-01,2026-04-01,评估 1,乡村振兴局,\n"   // line 4: assessment after the exit, column 3
        "H9,2026-03-01,2026-02-01,评估 1,乡村振兴局,\n"); // line 5: unknown household, column 1
  std::vector<CsvError> seen;
  CsvImportOptions o;
  o.on_error = [&](const CsvError& e) { seen.push_back(e); };
  const StatusCsvResult r = import_status_csv(store, files, o);
  EXPECT_FALSE(r.committed);
  const std::vector<std::tuple<std::string, int64_t, int32_t>> expected = {
      {files.registered_poor, 3, 2},  {files.registered_poor, 4, 3},  {files.registered_poor, 5, 2},
      {files.registered_poor, 6, 1},  {files.assistance_exits, 2, 2}, {files.assistance_exits, 3, 4},
      {files.assistance_exits, 4, 3}, {files.assistance_exits, 5, 1}};
  ASSERT_EQ(seen.size(), expected.size());
  for (std::size_t i = 0; i < seen.size(); ++i) {
    SCOPED_TRACE(seen[i].message);
    EXPECT_EQ(seen[i].file, std::get<0>(expected[i]));
    EXPECT_EQ(seen[i].line, std::get<1>(expected[i]));
    EXPECT_EQ(seen[i].column, std::get<2>(expected[i]));
    EXPECT_NE(seen[i].message.find(seen[i].file + ":" + std::to_string(seen[i].line)), std::string::npos);
  }
  EXPECT_EQ(seen[1].column_name, "脱贫年度");
  EXPECT_EQ(seen[5].column_name, "assessment");
  EXPECT_NE(seen[7].message.find("H9"), std::string::npos);
  StatusRepository repo(store);
  for (const char* id : {"H1", "H2"}) {
    EXPECT_FALSE(repo.registered_poor(id).has_value()) << id;
    EXPECT_FALSE(repo.assistance_exit(id).has_value()) << id;
  }
}

// DOMAIN-2026 §7.3: the history is permanent and a household exits assistance once. The same
// rows again are no change; a row that contradicts the stored history or exit is refused naming
// the household, and the stored rows stay as they were.
TEST(StatusHistoryCsv, ReimportingTheSameHistoryIsNoChangeAndAConflictingRowIsRefused) {
  test::TempDir dir;
  Store store(dir.file("s.db"));
  add_households(store);
  const StatusCsvFiles files = history_files(dir);
  const std::string history = "household_id,registered_year,exit_year,source\nH1,2015,2019,register\n";
  const std::string exits =
      "household_id,date,assessment_date,assessment,authority,evidence\nH1,2026-03-01,2026-02-01,评估 1,乡村振兴局,\n";
  write(files.registered_poor, history);
  write(files.assistance_exits, exits);
  for (int round = 0; round < 2; ++round) {
    const StatusCsvResult r = import_status_csv(store, files);
    ASSERT_TRUE(r.committed) << (r.errors.empty() ? "" : r.errors[0].message);
  }

  write(files.registered_poor, "household_id,registered_year,exit_year,source\nH1,2016,2019,register\n");
  write(files.assistance_exits, exits);
  std::vector<CsvError> seen;
  CsvImportOptions o;
  o.on_error = [&](const CsvError& e) { seen.push_back(e); };
  EXPECT_FALSE(import_status_csv(store, files, o).committed);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].file, files.registered_poor);
  EXPECT_EQ(seen[0].line, 2);
  EXPECT_EQ(seen[0].column, 1);
  EXPECT_NE(seen[0].message.find("'H1'"), std::string::npos) << seen[0].message;
  EXPECT_NE(seen[0].message.find("permanent"), std::string::npos) << seen[0].message;

  seen.clear();
  write(files.registered_poor, history);
  write(files.assistance_exits,
        "household_id,date,assessment_date,assessment,authority,evidence\nH1,2026-05-01,2026-02-01,评估 1,乡村振兴局,\n");
  EXPECT_FALSE(import_status_csv(store, files, o).committed);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].file, files.assistance_exits);
  EXPECT_NE(seen[0].message.find("'H1'"), std::string::npos) << seen[0].message;

  StatusRepository repo(store);
  EXPECT_EQ(repo.registered_poor("H1")->registered_year, 2015);
  EXPECT_EQ(repo.assistance_exit("H1")->date, d(2026, 3, 1));
}

}  // namespace
}  // namespace rg
