#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "domain/people.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/households_repo.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string id_of(const char* birth, int seq) { return test::make_id_number(Date::parse(birth), seq); }

// A small, valid county: regions with Chinese headers, households with English ones.
struct County {
  explicit County(const test::TempDir& dir)
      : files{dir.file("regions.csv"), dir.file("households.csv"), dir.file("members.csv"), dir.file("income.csv")} {
    write_file(files.regions,
               "区划代码,名称,是否脱贫县\n"
               "500112000000,渝北区,是\n"
               "500112001000,双龙湖街道,否\n"
               "500112001001,一村,否\n"
               "500112001002,二村,否\n");
    write_file(files.households,
               "household_id,region,type,phone,arable_mu,unsafe_house,water_safe\n"
               "H1,500112001001,formerly_poor,13800000001,3.25,0,1\n"
               "H2,500112001001,一般农户,,0,1,1\n"
               "H3,500112001002,ordinary,,1.5,0,0\n");
    write_file(files.members,
               "person_id,household_id,id_number,relation,sex,birth_date,school_status,labour,medical_insurance,dibao\n"
               "P1,H1," + id_of("1980-05-20", 11) + ",head,male,1980-05-20,not_in_school,ordinary,resident,1\n"
               "P2,H1," + id_of("2014-03-01", 12) + ",child,female,2014-03-01,compulsory,none,resident,0\n"
               "P3,H2," + id_of("1975-01-01", 13) + ",户主,女,1975-01-01,,普通劳动力,城乡居民,否\n"
               "P4,H3," + id_of("1960-07-07", 14) + ",head,male,1960-07-07,,weak,employee,0\n");
    write_file(files.income,
               "household_id,kind,period_start,period_end,wage,business_income,business_cost,transfer_dibao,"
               "transfer_condolence,family_size\n"
               "H1,annual,2023-01-01,2023-12-31,24000,5000,1000.5,3600,500,2\n"
               "H2,annual,2023-01-01,2023-12-31,30000,,,,,1\n");
  }
  HouseholdCsvFiles files;
};

TEST(CsvImport, ImportsAValidCountyAndReimportsIdempotently) {
  test::TempDir dir;
  County county(dir);
  Store store(dir.file("c.db"));
  auto r = import_households_csv(store, county.files);
  ASSERT_TRUE(r.committed) << (r.errors.empty() ? "" : r.errors[0].message);
  EXPECT_EQ(r.errors_total, 0);
  EXPECT_EQ(r.regions.imported, 4);
  EXPECT_EQ(r.households.imported, 3);
  EXPECT_EQ(r.members.imported, 4);
  EXPECT_EQ(r.income.imported, 2);

  HouseholdRepository repo(store);
  const auto h1 = repo.find_household("H1");
  ASSERT_TRUE(h1);
  EXPECT_EQ(h1->type, HouseholdType::kFormerlyPoor);
  EXPECT_EQ(h1->land.arable_centimu, 325);
  EXPECT_FALSE(repo.find_household("H3")->water_safe);
  EXPECT_TRUE(repo.find_household("H2")->unsafe_house);
  EXPECT_TRUE(repo.find_region(RegionCode::parse("500112000000"))->former_poverty_county);
  const auto p3 = repo.find_member_by_id_number(id_of("1975-01-01", 13));
  ASSERT_TRUE(p3);
  EXPECT_EQ(p3->person_id, "P3");
  EXPECT_EQ(p3->sex, Sex::kFemale);
  const auto income = repo.income_of("H1");
  ASSERT_EQ(income.size(), 1u);
  // 24000 + 5000 - 1000.5 + 3600 (condolence 500 excluded) = 31599.5; / 2 = 15799.75.
  EXPECT_EQ(compute_income(income[0], IncomeItemPolicy(50, 2023)).per_capita, Money::parse("15799.75"));

  r = import_households_csv(store, county.files);
  ASSERT_TRUE(r.committed);
  EXPECT_EQ(repo.count_regions(), 4);
  EXPECT_EQ(repo.count_households(), 3);
  EXPECT_EQ(repo.count_members(), 4);
  EXPECT_EQ(repo.count_income_statements(), 2);
}

TEST(CsvImport, ExportWritesTheSameFormatWithMaskedIdsAndReimportsCleanly) {
  test::TempDir dir;
  County county(dir);
  Store store(dir.file("e.db"));
  ASSERT_TRUE(import_households_csv(store, county.files).committed);
  const HouseholdCsvFiles out{dir.file("r2.csv"), dir.file("h2.csv"), dir.file("m2.csv"), dir.file("i2.csv")};
  export_households_csv(store, out);
  const std::string members = read_file(out.members);
  EXPECT_EQ(members.find(id_of("1980-05-20", 11)), std::string::npos);
  EXPECT_NE(members.find(mask_id_number(id_of("1980-05-20", 11))), std::string::npos);
  EXPECT_NE(read_file(out.income).find("H1,annual,2023-01-01,2023-12-31,24000.00,5000.00,1000.50"), std::string::npos);

  const auto r = import_households_csv(store, out);
  ASSERT_TRUE(r.committed) << (r.errors.empty() ? "" : r.errors[0].message);
  EXPECT_EQ(r.members.imported, 4);
  HouseholdRepository repo(store);
  EXPECT_EQ(repo.count_members(), 4);
  EXPECT_EQ(repo.count_households(), 3);
  // The stored hashes survived the masked re-import.
  EXPECT_EQ(repo.household_of_id_number(id_of("1960-07-07", 14)), "H3");
  // A masked number for a person the store does not know is refused.
  test::TempDir other;
  Store empty(other.file("x.db"));
  const auto refused = import_households_csv(empty, out);
  EXPECT_FALSE(refused.committed);
  ASSERT_FALSE(refused.errors.empty());
  EXPECT_EQ(refused.errors[0].rule, "csv.masked_id");
}

// The Must-show file: BOM, CRLF, bad quotes, wrong column count, bad money, bad date, unknown
// region and a duplicate person, each reported at its exact line and column, and a database
// file that is byte-for-byte unchanged afterwards.
TEST(CsvImport, AMalformedFileIsRejectedWithExactPositionsAndLeavesTheDatabaseUnchanged) {
  test::TempDir dir;
  County county(dir);
  const std::string db_path = dir.file("m.db");
  {
    Store store(db_path);
    ASSERT_TRUE(import_households_csv(store, county.files).committed);
  }
  const std::string before = read_file(db_path);
  ASSERT_FALSE(before.empty());

  const std::string bom = "\xEF\xBB\xBF";
  HouseholdCsvFiles bad;
  bad.households = dir.file("bad_households.csv");
  write_file(bad.households, bom +
      "户编号,区划代码,户类型,联系电话\r\n"                    // line 1
      "H10,500112001001,ordinary,13800000010\r\n"             // line 2: fine
      "H11,500112009009,ordinary,\r\n"                        // line 3: unknown region (column 2)
      "H12,500112001001,\"ordinary\"x,\r\n"                   // line 4: bad quotes (column 3)
      "H13,500112001001,ordinary\r\n"                         // line 5: 3 fields (column 4 missing)
      "\"H14\",500112001001,ordinary,\"138\r\n0000\"\r\n"  // lines 6-7: one record, line end in the phone
      "H15,500112001001,ordinary,1,extra\r\n");               // line 8: 5 fields
  bad.members = dir.file("bad_members.csv");
  write_file(bad.members, bom +
      "person_id,household_id,id_number,relation,sex,birth_date,labour,medical_insurance\r\n"
      "P10,H10," + id_of("1990-01-01", 21) + ",head,male,1990-02-30,ordinary,resident\r\n"   // line 2: bad date
      "P11,H10," + id_of("1980-05-20", 11) + ",spouse,female,1980-05-20,ordinary,resident\r\n"  // line 3: P1's number
      "P12,H10," + id_of("1991-01-01", 22) + ",child,male,1991-01-01,ordinary,resident\r\n");  // line 4: fine
  bad.income = dir.file("bad_income.csv");
  write_file(bad.income, bom +
      "household_id,kind,period_start,period_end,wage,family_size\r\n"
      "H10,annual,2023-01-01,2023-12-31,12\xEF\xBC\x8C" "3x,2\r\n"   // line 2: bad money (column 5)
      "H10,annual,2022-01-01,2022-12-31,1234.5,2\r\n");             // line 3: fine

  {
    Store store(db_path);
    const auto r = import_households_csv(store, bad);
    EXPECT_FALSE(r.committed);
    struct Expect {
      std::string file;
      int64_t line;
      int32_t column;
      std::string column_name;
      std::string rule;
    };
    const std::vector<Expect> expected = {
        {bad.households, 3, 2, "区划代码", "csv.unknown_region"},
        {bad.households, 4, 3, "户类型", "csv.quotes"},
        {bad.households, 5, 4, "联系电话", "csv.column_count"},
        {bad.households, 6, 4, "联系电话", "csv.encoding"},
        {bad.households, 8, 5, "", "csv.column_count"},
        {bad.members, 2, 6, "birth_date", "csv.date"},
        {bad.members, 3, 3, "id_number", "DQ004"},
        {bad.income, 2, 5, "wage", "csv.money"},
    };
    ASSERT_EQ(r.errors.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      SCOPED_TRACE(r.errors[i].message);
      EXPECT_EQ(r.errors[i].file, expected[i].file);
      EXPECT_EQ(r.errors[i].line, expected[i].line);
      EXPECT_EQ(r.errors[i].column, expected[i].column);
      EXPECT_EQ(r.errors[i].column_name, expected[i].column_name);
      EXPECT_EQ(r.errors[i].rule, expected[i].rule);
    }
    EXPECT_EQ(r.errors_total, 8);
    EXPECT_EQ(r.households.rows, 6);
    EXPECT_EQ(r.households.rejected, 5);
    EXPECT_EQ(r.households.imported, 0);
    // Messages name the file, line, column and value.
    EXPECT_NE(r.errors[0].message.find(bad.households + ":3: column 2 (区划代码)"), std::string::npos);
    EXPECT_NE(r.errors[0].message.find("500112009009"), std::string::npos);
    EXPECT_NE(r.errors[6].message.find("already member P1 of household H1"), std::string::npos);
    EXPECT_EQ(r.errors[6].message.find(id_of("1980-05-20", 11)), std::string::npos);  // masked only
    HouseholdRepository repo(store);
    EXPECT_FALSE(repo.find_household("H10"));
  }
  EXPECT_EQ(read_file(db_path), before);
}

// Into an empty store the importer answers "is this ID number already held?" from the numbers it
// wrote itself; the answers must equal the store's: a second person with a number is refused, the
// same person repeated is an update, and a number freed by an update can be taken.
TEST(CsvImport, DuplicatePersonsWithinOneImportIntoAnEmptyStoreAreFound) {
  test::TempDir dir;
  County county(dir);
  const std::string members = dir.file("dup_members.csv");
  write_file(members,
             "person_id,household_id,id_number,relation,sex,birth_date,labour,medical_insurance\n"
             "P1,H1," + id_of("1980-05-20", 11) + ",head,male,1980-05-20,ordinary,resident\n"
             "P2,H2," + id_of("1980-05-20", 11) + ",head,male,1980-05-20,ordinary,resident\n"    // line 3: P1's number
             "P1,H1," + id_of("1980-05-20", 11) + ",head,male,1980-05-20,skilled,resident\n"     // line 4: update of P1
             "P3,H3," + id_of("1960-07-07", 14) + ",head,male,1960-07-07,weak,resident\n"
             "P3,H3," + id_of("1960-07-07", 24) + ",head,male,1960-07-07,weak,resident\n"        // line 6: P3 changes number
             "P4,H3," + id_of("1960-07-07", 14) + ",spouse,male,1960-07-07,weak,resident\n");  // line 7: the freed number
  HouseholdCsvFiles files = county.files;
  files.members = members;
  files.income.clear();
  Store store(dir.file("d.db"));
  CsvImportOptions options;
  options.mode = CsvImportMode::kCommitValidRows;
  options.rejects_dir = dir.path().string();
  const auto r = import_households_csv(store, files, options);
  ASSERT_TRUE(r.committed);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 3);
  EXPECT_EQ(r.errors[0].rule, "DQ004");
  EXPECT_NE(r.errors[0].message.find("already member P1 of household H1"), std::string::npos);
  EXPECT_EQ(r.members.imported, 5);
  HouseholdRepository repo(store);
  EXPECT_EQ(repo.count_members(), 3);
  EXPECT_EQ(repo.find_member_by_id_number(id_of("1980-05-20", 11))->labour, Labour::kSkilled);
  EXPECT_EQ(repo.find_member_by_id_number(id_of("1960-07-07", 14))->person_id, "P4");
  EXPECT_EQ(repo.find_member_by_id_number(id_of("1960-07-07", 24))->person_id, "P3");
}

TEST(CsvImport, CommitValidRowsModeWritesARejectsFile) {
  test::TempDir dir;
  County county(dir);
  Store store(dir.file("v.db"));
  ASSERT_TRUE(import_households_csv(store, {county.files.regions, {}, {}, {}}).committed);
  const std::string hh = dir.file("hh.csv");
  write_file(hh,
             "household_id,region,type\n"
             "H1,500112001001,ordinary\n"
             "H2,500112001001,nonsense\n"
             "H3,500112001002,formerly_poor\n");
  CsvImportOptions options;
  options.mode = CsvImportMode::kCommitValidRows;
  options.rejects_dir = dir.path().string();
  std::vector<CsvError> seen;
  options.on_error = [&](const CsvError& e) { seen.push_back(e); };
  const auto r = import_households_csv(store, {{}, hh, {}, {}}, options);
  EXPECT_TRUE(r.committed);
  EXPECT_EQ(r.households.imported, 2);
  EXPECT_EQ(r.households.rejected, 1);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].line, 3);
  EXPECT_EQ(seen[0].rule, "csv.code");
  HouseholdRepository repo(store);
  EXPECT_EQ(repo.count_households(), 2);
  const std::string rejects = read_file(dir.file("hh.csv.rejects.csv"));
  EXPECT_EQ(rejects.rfind("household_id,region,type,source_line,errors\nH2,500112001001,nonsense,3,", 0), 0u) << rejects;
  EXPECT_NE(rejects.find("csv.code"), std::string::npos);
}

TEST(CsvImport, HeaderProblemsAreReportedAndStopTheFile) {
  test::TempDir dir;
  County county(dir);
  Store store(dir.file("h.db"));
  const std::string hh = dir.file("hh.csv");
  write_file(hh, "household_id,colour,type\nH1,red,ordinary\n");
  const auto r = import_households_csv(store, {county.files.regions, hh, {}, {}});
  EXPECT_FALSE(r.committed);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].line, 1);
  EXPECT_EQ(r.errors[0].column, 2);
  EXPECT_EQ(r.errors[0].rule, "csv.header");
  EXPECT_NE(r.errors[1].message.find("required column 'region'"), std::string::npos);
  EXPECT_EQ(HouseholdRepository(store).count_regions(), 0);  // all or nothing
  EXPECT_THROW((void)import_households_csv(store, {dir.file("missing.csv"), {}, {}, {}}), Error);
}

TEST(CsvImport, AQuoteLeftOpenAtTheEndIsReportedWhereItsRecordStarts) {
  test::TempDir dir;
  County county(dir);
  Store store(dir.file("q.db"));
  const std::string hh = dir.file("open.csv");
  write_file(hh,
             "household_id,region,type\n"
             "\n"                                      // a blank line between records is skipped
             "H1,500112001001,ordinary\n"              // line 3
             "H2,500112001001,\"ordinary\n"            // line 4: the quote never closes
             "H3,500112001001,ordinary\n");
  const auto r = import_households_csv(store, {county.files.regions, hh, {}, {}});
  EXPECT_FALSE(r.committed);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 4);
  EXPECT_EQ(r.errors[0].column, 3);
  EXPECT_EQ(r.errors[0].rule, "csv.quotes");
  EXPECT_EQ(r.households.rows, 2);
}

TEST(CsvImport, ErrorSeverityMemberRulesRejectAndWarningsAreReported) {
  test::TempDir dir;
  County county(dir);
  Store store(dir.file("w.db"));
  std::string bad_check = id_of("1985-01-01", 31);
  bad_check.back() = bad_check.back() == '0' ? '1' : '0';
  write_file(county.files.members,
             "person_id,household_id,id_number,relation,sex,birth_date,labour,medical_insurance\n"
             "P1,H1," + bad_check + ",head,male,1985-01-01,ordinary,resident\n"
             "P2,H1," + id_of("1985-01-02", 32) + ",spouse,female,1985-01-03,ordinary,resident\n"
             "P3,H1," + id_of("1986-01-01", 33) + ",other,female,1986-01-01,ordinary,both\n");
  county.files.income.clear();
  const auto r = import_households_csv(store, county.files);
  EXPECT_FALSE(r.committed);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].rule, "DQ002");
  EXPECT_EQ(r.errors[0].column, 3);
  EXPECT_EQ(r.errors[1].rule, "DQ003");
  EXPECT_EQ(r.errors[1].column, 6);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].rule, RuleId::kMedicalSchemeCount);
  EXPECT_EQ(r.warnings[0].person_id, "P3");
}

}  // namespace
}  // namespace rg
