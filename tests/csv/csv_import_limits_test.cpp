// Named limits of the household import, each at its bound and one past it: members per
// household (Household::kMembersMax), input file size (CsvImportOptions::file_bytes_max) and
// income family_size.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "domain/people.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/households_repo.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

void write_file(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// Regions and two households; H1 gets `members` members (no ID numbers), H2 one.
HouseholdCsvFiles county(const test::TempDir& dir, int members, int family_size) {
  HouseholdCsvFiles f{dir.file("regions.csv"), dir.file("households.csv"), dir.file("members.csv"),
                      dir.file("income.csv")};
  write_file(f.regions, "code,name\n500112001001,Village\n");
  write_file(f.households, "household_id,region,type\nH1,500112001001,ordinary\nH2,500112001001,ordinary\n");
  std::string m = "person_id,household_id,id_number,relation,sex,birth_date,labour,medical_insurance\n";
  for (int i = 0; i < members; ++i) {
    m += "P" + std::to_string(i) + ",H1," + test::make_id_number(Date::parse("1980-01-01"), i + 1) + "," + (i == 0 ? "head" : "other") + ",male,1980-01-01,ordinary,resident\n";
  }
  m += "Q0,H2," + test::make_id_number(Date::parse("1970-01-01"), 1) + ",head,female,1970-01-01,ordinary,resident\n";
  write_file(f.members, m);
  write_file(f.income, "household_id,kind,period_start,period_end,wage,family_size\nH1,annual,2023-01-01,2023-12-31,1000," +
                           std::to_string(family_size) + "\n");
  return f;
}

TEST(CsvImportLimits, MembersPerHouseholdAtTheLimitAndOneMore) {
  constexpr int kMax = static_cast<int>(Household::kMembersMax);
  {
    test::TempDir dir;
    Store store(dir.file("a.db"));
    const auto r = import_households_csv(store, county(dir, kMax, kMax));
    ASSERT_TRUE(r.committed) << (r.errors.empty() ? "" : r.errors[0].message);
    EXPECT_EQ(HouseholdRepository(store).members_of("H1").size(), Household::kMembersMax);
    // Re-importing the same members updates them: still at the limit, not past it.
    const auto again = import_households_csv(store, county(dir, kMax, kMax));
    EXPECT_TRUE(again.committed) << (again.errors.empty() ? "" : again.errors[0].message);
    // Through the repository: one more member is refused, naming the limit; updates still work.
    HouseholdRepository repo(store);
    Member extra = repo.members_of("H1").front();
    extra.person_id = "P-extra";
    extra.id_number.clear();
    try {
      repo.upsert_member(extra);
      FAIL() << "a member past the limit was stored";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kLimit);
      EXPECT_NE(std::string(e.what()).find("kMembersMax"), std::string::npos) << e.what();
    }
    Member same = repo.members_of("H1").back();
    same.education = Education::kSeniorHigh;
    repo.upsert_member(same);
    EXPECT_EQ(repo.count_members(), kMax + 1);  // H1's members and H2's one
  }
  {
    test::TempDir dir;
    Store store(dir.file("b.db"));
    const auto r = import_households_csv(store, county(dir, kMax + 1, kMax));
    EXPECT_FALSE(r.committed);
    ASSERT_EQ(r.errors_total, 1);
    EXPECT_EQ(r.errors[0].rule, "csv.limit");
    EXPECT_EQ(r.errors[0].line, kMax + 2);  // header + kMax rows before it
    EXPECT_NE(r.errors[0].message.find("kMembersMax"), std::string::npos) << r.errors[0].message;
    EXPECT_EQ(HouseholdRepository(store).count_members(), 0);
  }
}

TEST(CsvImportLimits, FamilySizeAtTheLimitAndOneMore) {
  constexpr int kMax = static_cast<int>(Household::kMembersMax);
  test::TempDir dir;
  Store store(dir.file("f.db"));
  const auto ok = import_households_csv(store, county(dir, 2, kMax));
  ASSERT_TRUE(ok.committed) << (ok.errors.empty() ? "" : ok.errors[0].message);
  const auto bad = import_households_csv(store, county(dir, 2, kMax + 1));
  EXPECT_FALSE(bad.committed);
  ASSERT_GE(bad.errors_total, 1);
  EXPECT_EQ(bad.errors[0].file, dir.file("income.csv"));
  EXPECT_EQ(bad.errors[0].line, 2);
  EXPECT_EQ(HouseholdRepository(store).income_of("H1").front().family_size, kMax);  // unchanged
}

TEST(CsvImportLimits, FileSizeAtTheLimitAndOneMore) {
  test::TempDir dir;
  const auto files = county(dir, 3, 3);
  const auto members_bytes = std::filesystem::file_size(files.members);
  CsvImportOptions options;
  options.file_bytes_max = std::max({members_bytes, std::filesystem::file_size(files.households),
                                     std::filesystem::file_size(files.income), std::filesystem::file_size(files.regions)});
  ASSERT_EQ(options.file_bytes_max, members_bytes);  // the members file is the largest
  Store store(dir.file("s.db"));
  {
    const auto r = import_households_csv(store, files, options);
    EXPECT_TRUE(r.committed) << (r.errors.empty() ? "" : r.errors[0].message);
  }
  options.file_bytes_max = members_bytes - 1;
  write_file(files.households, "household_id,region,type\nH1,500112001001,formerly_poor\nH2,500112001001,ordinary\n");
  const auto r = import_households_csv(store, files, options);
  EXPECT_FALSE(r.committed);
  ASSERT_EQ(r.errors_total, 1);
  EXPECT_EQ(r.errors[0].rule, "csv.file_size");
  EXPECT_EQ(r.errors[0].file, files.members);
  EXPECT_NE(r.errors[0].message.find(std::to_string(members_bytes) + " bytes"), std::string::npos) << r.errors[0].message;
  EXPECT_EQ(HouseholdRepository(store).find_household("H1")->type, HouseholdType::kOrdinary);  // nothing written
  // A caller cannot raise the bound past the library's.
  EXPECT_GT(CsvImportOptions::kFileBytesMax, members_bytes);
}

}  // namespace
}  // namespace rg

namespace rg {
namespace {

TEST(RepositoryLimits, RegionNameAndIdNumberAtTheLimitAndOneMore) {
  test::TempDir dir;
  Store store(dir.file("r.db"));
  HouseholdRepository repo(store);
  Region r = make_region(RegionCode::parse("500112001001"), std::string(Region::kNameBytesMax, 'n'));
  repo.upsert_region(r);
  r.name += "n";
  try {
    repo.upsert_region(r);
    FAIL() << "an over-long region name was stored";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kLimit);
    EXPECT_NE(std::string(e.what()).find("kNameBytesMax"), std::string::npos) << e.what();
  }
  EXPECT_EQ(repo.find_region(r.code)->name.size(), Region::kNameBytesMax);

  Household h;
  h.household_id = "H1";
  h.region = r.code;
  repo.upsert_household(h);
  Member m;
  m.person_id = "P1";
  m.household_id = "H1";
  m.birth_date = Date::parse("1980-01-01");
  m.id_number = std::string(Member::kIdNumberLengthMax, '1');  // malformed but within the bound: stored
  repo.upsert_member(m);
  m.person_id = "P2";
  m.id_number += "1";
  try {
    repo.upsert_member(m);
    FAIL() << "an over-long ID number was stored";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kLimit);
    EXPECT_NE(std::string(e.what()).find("kIdNumberLengthMax"), std::string::npos) << e.what();
  }
  EXPECT_EQ(repo.count_members(), 1);
}

}  // namespace
}  // namespace rg
