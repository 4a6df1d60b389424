// Private: parsing the cells of one CSV row, collecting every error with its column.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "csv/codes.hpp"
#include "csv/columns.hpp"
#include "ruralguard/date.hpp"
#include "ruralguard/households_csv.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/region_code.hpp"

namespace rg::csv {

class RowContext {
 public:
  RowContext(const std::string& file, const HeaderMap& header, const std::vector<std::string>& fields, int64_t line,
             std::vector<CsvError>& errors)
      : file_(file), header_(header), fields_(fields), line_(line), errors_(errors) {}

  // The cell of a defined column ("" when the column is absent).
  [[nodiscard]] std::string_view cell(int column) const;
  void error(int column, std::string rule, std::string message);
  // An error at a 1-based file position (0 = the whole row), for rows that do not fit the header.
  void error_at(int file_column, std::string rule, std::string message);
  [[nodiscard]] bool failed() const { return failed_; }

  // Each parser reports a failure itself (naming the column and value) and returns a fallback.
  std::string text(int column, std::size_t bytes_max, bool required);
  Money money(int column);
  int64_t centi(int column);  // area in hundredths ("3.25" -> 325), >= 0
  std::optional<Date> date(int column);
  std::optional<RegionCode> region(int column);
  bool flag(int column, bool fallback);
  int code(int column, const CodeTable& table, int fallback);
  int integer(int column, int min, int max, int fallback);

 private:
  std::string where(int column) const;
  // parse(cell(column)), or the failure reported under `rule` and none.
  template <typename Parse>
  auto parsed(int column, const char* rule, Parse parse) -> std::optional<decltype(parse(std::string_view()))>;

  const std::string& file_;
  const HeaderMap& header_;
  const std::vector<std::string>& fields_;
  int64_t line_;
  std::vector<CsvError>& errors_;
  bool failed_ = false;
};

// True when `s` is well-formed UTF-8 without control characters other than tab.
[[nodiscard]] bool is_clean_utf8(std::string_view s);

}  // namespace rg::csv
