// The one CSV field writer (csv_text.hpp), over libcsv's csv_write.
#include "ruralguard/csv_text.hpp"

#include <csv.h>

namespace rg {

void append_csv_field(std::string& out, std::string_view field, bool first, CsvQuoting quoting) {
  if (!first) out += ',';
  const bool plain = quoting == CsvQuoting::kWhenNeeded && field.find_first_of(",\"\r\n") == std::string_view::npos &&
                     (field.empty() || (field.front() != ' ' && field.back() != ' '));
  if (plain) {
    out.append(field);
    return;
  }
  const std::size_t need = csv_write(nullptr, 0, field.data(), field.size());
  const std::size_t at = out.size();
  out.resize(at + need);
  csv_write(out.data() + at, need, field.data(), field.size());
}

}  // namespace rg
