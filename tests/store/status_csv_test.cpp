// CSV import and export of memberships and household events (status_csv.hpp;
// docs/csv-format.md "memberships.csv", "events.csv").
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
  for (const char* id : {"H1", "H2"}) {
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
  const StatusCsvFiles files{dir.file("memberships.csv"), dir.file("events.csv")};
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
  const StatusCsvFiles files{dir.file("m.csv"), dir.file("e.csv")};
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

}  // namespace
}  // namespace rg
