// The reader's quote-free fast path must give exactly the records libcsv gives, and its limits
// hold at the bound and one past it.
#include <gtest/gtest.h>

#include <csv.h>

#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "csv/csv_reader.hpp"
#include "test_support/temp_dir.hpp"

namespace rg::csv {
namespace {

using Rows = std::vector<std::vector<std::string>>;

void write_file(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

Rows read_with_reader(const std::string& path) {
  Reader reader(path);
  Record rec;
  Rows rows;
  while (reader.next(rec)) {
    EXPECT_FALSE(rec.parse_error) << rec.error_text;
    rows.push_back(rec.fields);
  }
  return rows;
}

// libcsv alone over the whole text, with the reader's options.
Rows read_with_libcsv(const std::string& text) {
  struct Sink {
    Rows rows;
    std::vector<std::string> row;
  } sink;
  csv_parser p{};
  csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
  auto on_field = [](void* data, size_t len, void* s) {
    static_cast<Sink*>(s)->row.emplace_back(static_cast<const char*>(data), len);
  };
  auto on_row = [](int, void* s) {
    auto* k = static_cast<Sink*>(s);
    k->rows.push_back(std::move(k->row));
    k->row.clear();
  };
  EXPECT_EQ(csv_parse(&p, text.data(), text.size(), on_field, on_row, &sink), text.size());
  csv_fini(&p, on_field, on_row, &sink);
  csv_free(&p);
  return sink.rows;
}

TEST(CsvReader, FastPathGivesLibcsvsFieldsOnRandomLines) {
  // Quote-free lines (the fast path) mixed with quoted ones (libcsv's path): spaces and tabs at
  // field edges, empty fields, multi-byte UTF-8, CRLF and LF ends, a final line without an end.
  const std::vector<std::string> pieces = {"a", "7", "中", "户", " ", "\t", ",", ",", "x y", "-0.50"};
  std::mt19937 rng(20261123);
  test::TempDir dir;
  for (int file = 0; file < 200; ++file) {
    std::string text;
    const int lines = 1 + static_cast<int>(rng() % 20);
    for (int l = 0; l < lines; ++l) {
      std::string line;
      const int n = 1 + static_cast<int>(rng() % 12);
      for (int i = 0; i < n; ++i) line += pieces[rng() % pieces.size()];
      if (rng() % 5 == 0) line += ",\"q,\"\"uoted\"\"\"";
      if (line.find_first_not_of(" \t") == std::string::npos) line += "z";  // blank lines are skipped
      text += line;
      if (l + 1 < lines || rng() % 2 == 0) text += (rng() % 2 == 0) ? "\r\n" : "\n";
    }
    const std::string path = dir.file("f.csv");
    write_file(path, text);
    ASSERT_EQ(read_with_reader(path), read_with_libcsv(text)) << "file text:\n" << text;
  }
}

TEST(CsvReader, LineLengthLimitAcceptsTheBoundAndRefusesOneMore) {
  test::TempDir dir;
  // Four fields of just under 1 MiB make a line of exactly kLineBytesMax bytes with its "\n".
  const std::size_t field = (Reader::kLineBytesMax - 4) / 4;
  const std::size_t rest = Reader::kLineBytesMax - 4 - 3 * field;  // three commas and the newline
  ASSERT_LE(rest, Reader::kFieldBytesMax);
  ASSERT_LE(field, Reader::kFieldBytesMax);
  const std::string at_limit =
      std::string(field, 'a') + "," + std::string(field, 'b') + "," + std::string(field, 'c') + "," +
      std::string(rest, 'd') + "\n";
  ASSERT_EQ(at_limit.size(), Reader::kLineBytesMax);
  write_file(dir.file("ok.csv"), "h1,h2,h3,h4\n" + at_limit + "x,y,z,w\n");
  {
    Reader reader(dir.file("ok.csv"));
    Record rec;
    ASSERT_TRUE(reader.next(rec));
    ASSERT_TRUE(reader.next(rec));
    EXPECT_FALSE(rec.parse_error) << rec.error_text;
    ASSERT_EQ(rec.fields.size(), 4u);
    EXPECT_EQ(rec.fields[3].size(), rest);
  }
  std::string over = at_limit;
  over.insert(0, "e");  // one byte more
  write_file(dir.file("long.csv"), "h1,h2,h3,h4\n" + over + "x,y,z,w\n");
  Reader reader(dir.file("long.csv"));
  Record rec;
  ASSERT_TRUE(reader.next(rec));
  ASSERT_TRUE(reader.next(rec));
  EXPECT_TRUE(rec.parse_error);
  EXPECT_EQ(rec.line, 2);
  EXPECT_NE(rec.error_text.find("kLineBytesMax"), std::string::npos) << rec.error_text;
  ASSERT_TRUE(reader.next(rec));  // reading resumes on the next line
  EXPECT_FALSE(rec.parse_error);
  EXPECT_EQ(rec.line, 3);
  EXPECT_EQ(rec.fields, (std::vector<std::string>{"x", "y", "z", "w"}));
}

TEST(CsvReader, FieldLimitHoldsOnTheFastPathToo) {
  test::TempDir dir;
  const std::string at = std::string(Reader::kFieldBytesMax, 'a');
  write_file(dir.file("f.csv"), at + ",b\n" + at + "a,b\n");
  Reader reader(dir.file("f.csv"));
  Record rec;
  ASSERT_TRUE(reader.next(rec));
  EXPECT_FALSE(rec.parse_error) << rec.error_text;
  EXPECT_EQ(rec.fields[0].size(), Reader::kFieldBytesMax);
  ASSERT_TRUE(reader.next(rec));
  EXPECT_TRUE(rec.parse_error);
  EXPECT_NE(rec.error_text.find("longer than 1 MiB"), std::string::npos) << rec.error_text;
  // The same through libcsv (a quoted field).
  write_file(dir.file("q.csv"), "\"" + at + "\",b\n\"" + at + "a\",b\nc,d\n");
  Reader quoted(dir.file("q.csv"));
  ASSERT_TRUE(quoted.next(rec));
  EXPECT_FALSE(rec.parse_error) << rec.error_text;
  ASSERT_TRUE(quoted.next(rec));
  EXPECT_TRUE(rec.parse_error);
  EXPECT_EQ(rec.line, 2);
  ASSERT_TRUE(quoted.next(rec));
  EXPECT_EQ(rec.fields, (std::vector<std::string>{"c", "d"}));
}

}  // namespace
}  // namespace rg::csv
