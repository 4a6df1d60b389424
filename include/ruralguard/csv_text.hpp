// ruralguard C++ API: the one CSV writer — fields quoted by libcsv (RFC 4180: quotes doubled, no
// hand-written quoting), rows ended with CRLF (notices) or LF (the import format).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace rg {

enum class CsvQuoting : uint8_t {
  kAlways,      // every field quoted (public notices: what officials open in a spreadsheet)
  kWhenNeeded,  // only fields with a comma, quote, line break or edge space (the import format)
};

// Appends `field` to `out`, preceded by a comma unless it is the first of its row.
void append_csv_field(std::string& out, std::string_view field, bool first, CsvQuoting quoting);

// A CSV document built in memory, every field quoted, rows ended with CRLF.
class CsvText {
 public:
  void field(std::string_view text) {
    append_csv_field(out_, text, first_, CsvQuoting::kAlways);
    first_ = false;
  }
  void end_row() {
    out_ += "\r\n";
    first_ = true;
  }
  void row(std::initializer_list<std::string_view> fields) {
    for (auto f : fields) field(f);
    end_row();
  }
  [[nodiscard]] std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool first_ = true;
};

}  // namespace rg
