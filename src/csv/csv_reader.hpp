// Private: a streaming CSV record reader over libcsv that knows the line each record starts on.
//
// The file is read in blocks and fed to libcsv one physical line at a time, so the reader can
// tell on which line a record starts even when quoted fields span lines. A UTF-8 BOM at the
// start is skipped; CRLF and LF both end records. Malformed quoting (CSV_STRICT) is reported as a
// record with `parse_error` set, and reading resumes on the next line.
//
// A line that starts a record and holds no quote and no carriage return (other than its CRLF end)
// is split at its commas without libcsv, with libcsv's trimming of spaces and tabs: for such lines
// RFC 4180 leaves nothing to interpret, and a differential test checks the two give the same
// fields. Measured: libcsv's per-byte state machine was 18% of a household import's instructions.
#pragma once

#include "ruralguard/households_csv.hpp"

#include <csv.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace rg::csv {

struct Record {
  int64_t line = 0;                 // line where the record starts
  std::vector<std::string> fields;  // empty fields are ""
  bool parse_error = false;         // malformed quoting; fields holds what was read before it
  std::string error_text;
};

class Reader {
 public:
  static constexpr std::size_t kFieldBytesMax = kCsvFieldBytesMax;  // longer fields are a parse error
  static constexpr std::size_t kLineBytesMax = kCsvLineBytesMax;    // longer physical lines are a parse error

  explicit Reader(const std::string& path);  // throws Error(kIo)
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // Next record (true) or end of file (false). `out` is swapped with an internal slot, so passing
  // the same Record on every call recycles its buffers: no allocation per row once warm.
  bool next(Record& out);

 private:
  static void on_field(void* data, size_t len, void* self);
  static void on_row(int terminator, void* self);
  bool read_line();  // feeds one physical line; false at end of file
  bool split_plain_line();  // the quote-free fast path; false when libcsv must parse the line
  void reset_parser();

  std::FILE* file_ = nullptr;
  std::string path_;
  struct csv_parser parser_{};
  std::vector<char> block_;
  std::size_t block_pos_ = 0, block_len_ = 0;
  std::string line_;
  int64_t line_no_ = 0;
  bool at_start_ = true;
  bool line_too_long_ = false;
  bool field_too_long_ = false;  // in the record being read
  bool between_records_ = true;
  bool eof_ = false;
  bool finished_ = false;
  Record current_;
  std::size_t current_fields_ = 0;  // fields of current_ in use (the vector keeps spare strings)
  std::vector<Record> slots_;       // completed records waiting for next(), reused
  std::size_t produced_ = 0, consumed_ = 0;
  void push_current(bool parse_error, std::string error_text);
  void add_field(const char* data, std::size_t len);
  void end_record();  // pushes current_, as an error when a field was too long
};

}  // namespace rg::csv
