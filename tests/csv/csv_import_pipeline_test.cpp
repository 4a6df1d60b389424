// The import pipeline (store/import_pipeline.hpp): parsing on a worker thread while the calling
// thread writes must give exactly what the sequential import gives: the same counts, errors (same
// order, fields and messages), warnings, callback sequence, rejects files and stored rows.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

#include "csv/csv_reader.hpp"
#include "store/csv_row_parse.hpp"
#include "store/import_pipeline.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/synthetic_county.hpp"
#include "test_support/temp_dir.hpp"

namespace rg {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void append(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::app);
  out << text;
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string cell;
  while (std::getline(ss, cell, ',')) out.push_back(cell);
  if (!line.empty() && line.back() == ',') out.emplace_back();
  return out;
}

std::string join(const std::vector<std::string>& cells) {
  std::string s;
  for (std::size_t i = 0; i < cells.size(); ++i) s += (i ? "," : "") + cells[i];
  return s;
}

std::string line_of(const std::string& path, int n) {  // 0 = header
  std::ifstream in(path);
  std::string line;
  for (int i = 0; i <= n && std::getline(in, line); ++i) {
  }
  return line;
}

// A synthetic county with deliberate errors of every kind the generator makes, plus rows that
// exercise each store check and each structural error.
HouseholdCsvFiles broken_county(const test::TempDir& dir) {
  HouseholdCsvFiles f{dir.file("regions.csv"), dir.file("households.csv"), dir.file("members.csv"), dir.file("income.csv")};
  SyntheticCountyOptions o;
  o.households = 3000;
  o.error_permille = 60;
  (void)write_county_csv(o, f);
  auto h = split(line_of(f.households, 1));
  auto h_bad_region = h;
  h_bad_region[0] = "HX-REGION";
  h_bad_region[1] = "500230999999";
  auto h_both = h_bad_region;
  h_both[0] = "HX-BOTH";
  h_both[2] = "nonsense";
  append(f.households, join(h_bad_region) + "\n" + join(h_both) + "\n\n  \n\"unclosed,quote\n" + h[0] + ",1,2\n");
  auto m = split(line_of(f.members, 1));
  auto m_unknown = m;  // unknown household, and a bad sex after it: both errors, in column order
  m_unknown[0] = "PX-1";
  m_unknown[1] = "NO-SUCH-HOUSEHOLD";
  m_unknown[4] = "x";
  auto m_unknown_only = m;  // unknown household, otherwise valid: no rule findings may appear
  m_unknown_only[0] = "PX-2";
  m_unknown_only[1] = "HX-REGION";
  auto m_dup = m;  // the same ID number again under another person id: DQ004 from the store
  m_dup[0] = "PX-3";
  auto m_masked = m;  // a masked number for a person not in the store
  m_masked[0] = "PX-4";
  m_masked[2] = m[2].substr(0, 4) + std::string(m[2].size() - 5, '*') + m[2].back();
  auto m_empty = m;
  m_empty[0] = "PX-5";
  m_empty[1] = "";
  auto m_bad_id = m;  // a wrong check digit, then an unknown household: the speculative rule error is dropped
  m_bad_id[0] = "PX-6";
  m_bad_id[1] = "NO-SUCH-HOUSEHOLD-2";
  m_bad_id[2].back() = m_bad_id[2].back() == '0' ? '1' : '0';
  append(f.members, join(m_unknown) + "\n" + join(m_unknown_only) + "\n" + join(m_dup) + "\n" + join(m_masked) + "\n" +
                        join(m_empty) + "\n" + join(m_bad_id) + "\nPX-7,\"bad\"quote\n\n");
  auto s = split(line_of(f.income, 1));
  auto s_unknown = s;
  s_unknown[0] = "NO-SUCH-HOUSEHOLD";
  s_unknown[4] = "12.3x";
  auto s_unknown_only = s;
  s_unknown_only[0] = "HX-BOTH";
  append(f.income, join(s_unknown) + "\n" + join(s_unknown_only) + "\n" + s[0] + "\n");
  return f;
}

struct Outcome {
  CsvImportResult result;
  std::vector<std::string> reported;  // what the on_error callback saw, in order
  bool callbacks_on_caller = true;
  std::string stored;                 // the store exported (masked ID numbers)
  std::string rejects;
};

std::string describe(const CsvError& e) {
  return e.file + "|" + std::to_string(e.line) + "|" + std::to_string(e.column) + "|" + e.column_name + "|" + e.rule +
         "|" + e.message;
}

Outcome import_with(bool threaded, const HouseholdCsvFiles& files, CsvImportMode mode) {
  store::ImportPipeline<store::ParsedRow>::threads_enabled() = threaded;
  test::TempDir dir;
  Outcome out;
  Store store(dir.file("c.db"));
  CsvImportOptions options;
  options.mode = mode;
  options.rejects_dir = dir.file("rejects");
  std::filesystem::create_directories(options.rejects_dir);
  const auto caller = std::this_thread::get_id();
  options.on_error = [&](const CsvError& e) {
    out.reported.push_back(describe(e));
    if (std::this_thread::get_id() != caller) out.callbacks_on_caller = false;
  };
  out.result = import_households_csv(store, files, options);
  store::ImportPipeline<store::ParsedRow>::threads_enabled() = true;
  const HouseholdCsvFiles exported{dir.file("r.csv"), dir.file("h.csv"), dir.file("m.csv"), dir.file("i.csv")};
  export_households_csv(store, exported);
  for (const auto& p : {exported.regions, exported.households, exported.members, exported.income}) out.stored += read_file(p);
  for (const auto& entry : std::filesystem::directory_iterator(options.rejects_dir)) {
    out.rejects += entry.path().filename().string() + ":" + read_file(entry.path().string());
  }
  return out;
}

void expect_same(const Outcome& a, const Outcome& b) {
  EXPECT_EQ(a.result.committed, b.result.committed);
  for (auto [x, y] : {std::pair{&a.result.regions, &b.result.regions}, {&a.result.households, &b.result.households},
                      {&a.result.members, &b.result.members}, {&a.result.income, &b.result.income}}) {
    EXPECT_EQ(x->rows, y->rows);
    EXPECT_EQ(x->imported, y->imported);
    EXPECT_EQ(x->rejected, y->rejected);
  }
  EXPECT_EQ(a.result.errors_total, b.result.errors_total);
  ASSERT_EQ(a.result.errors.size(), b.result.errors.size());
  for (std::size_t i = 0; i < a.result.errors.size(); ++i) EXPECT_EQ(describe(a.result.errors[i]), describe(b.result.errors[i]));
  ASSERT_EQ(a.result.warnings.size(), b.result.warnings.size());
  for (std::size_t i = 0; i < a.result.warnings.size(); ++i) {
    EXPECT_EQ(a.result.warnings[i].message_en, b.result.warnings[i].message_en);
    EXPECT_EQ(a.result.warnings[i].person_id, b.result.warnings[i].person_id);
  }
  EXPECT_EQ(a.reported, b.reported);
  EXPECT_TRUE(a.callbacks_on_caller);
  EXPECT_EQ(a.stored, b.stored);
  EXPECT_EQ(a.rejects, b.rejects);
}

TEST(CsvImportPipeline, ThreadedImportEqualsSequentialInBothModes) {
  test::TempDir dir;
  const HouseholdCsvFiles files = broken_county(dir);
  for (const auto mode : {CsvImportMode::kAllOrNothing, CsvImportMode::kCommitValidRows}) {
    const Outcome threaded = import_with(true, files, mode);
    const Outcome sequential = import_with(false, files, mode);
    expect_same(threaded, sequential);
    EXPECT_GT(threaded.result.errors_total, 100);
    EXPECT_FALSE(threaded.result.warnings.empty());
    // The hand-made rows are all there.
    std::string all;
    for (const auto& e : threaded.result.errors) all += describe(e) + "\n";
    for (const char* rule : {"csv.unknown_region", "csv.unknown_household", "csv.masked_id", "csv.quotes",
                             "csv.column_count", "csv.required", "DQ004", "csv.money", "csv.code"}) {
      EXPECT_NE(all.find(std::string("|") + rule + "|"), std::string::npos) << rule;
    }
    EXPECT_EQ(threaded.result.committed, mode == CsvImportMode::kCommitValidRows);
  }
}

TEST(CsvImportPipeline, UnknownHouseholdDropsTheRuleErrorsASequentialImportNeverReached) {
  test::TempDir dir;
  const HouseholdCsvFiles files = broken_county(dir);
  const Outcome o = import_with(true, files, CsvImportMode::kCommitValidRows);
  int unknown_2 = 0;
  for (const auto& e : o.result.errors) {
    if (e.message.find("NO-SUCH-HOUSEHOLD-2") != std::string::npos) ++unknown_2;
    if (e.message.find("PX-6") != std::string::npos) ADD_FAILURE() << "rule error of a row with an unknown household: " << e.message;
  }
  EXPECT_EQ(unknown_2, 1);
}

TEST(CsvImportPipeline, AnExceptionInTheConsumerStopsTheWorkerAndPropagates) {
  test::TempDir dir;
  const HouseholdCsvFiles files = broken_county(dir);
  Store store(dir.file("c.db"));
  CsvImportOptions options;
  int seen = 0;
  options.on_error = [&](const CsvError&) {
    if (++seen == 3) throw std::runtime_error("stop");
  };
  EXPECT_THROW((void)import_households_csv(store, files, options), std::runtime_error);
  EXPECT_EQ(seen, 3);
}

TEST(CsvImportPipeline, AnExceptionInTheProducerComesAfterTheRowsBeforeIt) {
  store::ImportPipeline<int> pipeline;
  int next = 0;
  std::vector<int> consumed;
  EXPECT_THROW(pipeline.run(
                   [&](int& row) {
                     if (next == 1000) throw std::runtime_error("bad row");
                     row = next++;
                     return true;
                   },
                   [&](int& row) { consumed.push_back(row); }),
               std::runtime_error);
  ASSERT_EQ(consumed.size(), 1000u);
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(consumed[static_cast<std::size_t>(i)], i);
}

}  // namespace
}  // namespace rg
