// Private: writes rejected rows with their errors to "<input name>.rejects.csv".
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "ruralguard/households_csv.hpp"

namespace rg::csv {

// One CSV field with quoting only when needed (libcsv's csv_fwrite does the quoting).
void write_field(std::FILE* out, std::string_view field, bool first);

class RejectsWriter {
 public:
  RejectsWriter(std::string input_path, std::string dir);
  ~RejectsWriter();
  RejectsWriter(const RejectsWriter&) = delete;
  RejectsWriter& operator=(const RejectsWriter&) = delete;

  void set_header(const std::vector<std::string>& header) { header_ = header; }
  // Writes the row's fields, then its line and its errors. Opens the file on first use.
  void write(const std::vector<std::string>& fields, int64_t line, const std::vector<CsvError>& errors);
  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::vector<std::string> header_;
  std::FILE* out_ = nullptr;
};

}  // namespace rg::csv
