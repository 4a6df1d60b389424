#include "csv/row_context.hpp"

#include <charconv>

#include "ruralguard/error.hpp"

namespace rg::csv {

bool is_clean_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 && c != '\t') return false;
      ++i;
      continue;
    }
    // Lead byte: 2, 3 or 4-byte sequence (overlong 0xC0/0xC1 and > U+10FFFF leads refused).
    const std::size_t extra = (c >= 0xC2 && c <= 0xDF) ? 1 : (c >= 0xE0 && c <= 0xEF) ? 2 : (c >= 0xF0 && c <= 0xF4) ? 3 : 0;
    if (extra == 0 || i + extra >= s.size()) return false;  // bad lead byte or truncated sequence
    for (std::size_t k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

std::string_view RowContext::cell(int column) const {
  const int pos = header_.position_of[column];
  if (pos < 0 || static_cast<std::size_t>(pos) >= fields_.size()) return {};
  std::string_view s = fields_[static_cast<std::size_t>(pos)];
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

void RowContext::error(int column, std::string rule, std::string message) {
  failed_ = true;
  CsvError e;
  e.file = file_;
  e.line = line_;
  const int pos = column >= 0 ? header_.position_of[column] : -1;
  e.column = pos >= 0 ? pos + 1 : 0;
  if (pos >= 0) e.column_name = header_.names[static_cast<std::size_t>(pos)];
  e.rule = std::move(rule);
  e.message = where(column) + ": " + message;
  errors_.push_back(std::move(e));
}

void RowContext::error_at(int file_column, std::string rule, std::string message) {
  failed_ = true;
  CsvError e;
  e.file = file_;
  e.line = line_;
  e.column = file_column;
  if (file_column >= 1 && static_cast<std::size_t>(file_column) <= header_.names.size()) {
    e.column_name = header_.names[static_cast<std::size_t>(file_column) - 1];
  }
  e.rule = std::move(rule);
  e.message = file_ + ":" + std::to_string(line_);
  if (file_column > 0) e.message += ": column " + std::to_string(file_column);
  if (!e.column_name.empty()) e.message += " (" + e.column_name + ")";
  e.message += ": " + message;
  errors_.push_back(std::move(e));
}

std::string RowContext::where(int column) const {
  std::string s = file_ + ":" + std::to_string(line_);
  const int pos = column >= 0 ? header_.position_of[column] : -1;
  if (pos >= 0) s += ": column " + std::to_string(pos + 1) + " (" + header_.names[static_cast<std::size_t>(pos)] + ")";
  return s;
}

std::string RowContext::text(int column, std::size_t bytes_max, bool required) {
  const std::string_view v = cell(column);
  if (required && v.empty()) {
    error(column, "csv.required", "is empty");
  } else if (v.size() > bytes_max) {
    error(column, "csv.length", "is longer than " + std::to_string(bytes_max) + " bytes");
  } else if (!is_clean_utf8(v)) {
    error(column, "csv.encoding", "is not UTF-8 text or holds a control character (line end, NUL, ...)");
  }
  return std::string(v);
}

Money RowContext::money(int column) {
  const std::string_view v = cell(column);
  if (v.empty()) return Money();
  try {
    return Money::parse(v);
  } catch (const Error& e) {
    error(column, "csv.money", e.what());
    return Money();
  }
}

int64_t RowContext::centi(int column) {
  const std::string_view v = cell(column);
  if (v.empty()) return 0;
  try {
    const Money m = Money::parse(v);
    if (m.is_negative() || !m.is_whole_fen()) throw Error(ErrorCode::kRange, "");
    return m.units() / Money::kUnitsPerFen;
  } catch (const Error&) {
    error(column, "csv.number", quote_for_message(v) + " is not a non-negative number with at most 2 decimals");
    return 0;
  }
}

template <typename Parse>
auto RowContext::parsed(int column, const char* rule, Parse parse) -> std::optional<decltype(parse(std::string_view()))> {
  try {
    return parse(cell(column));
  } catch (const Error& e) {
    error(column, rule, e.what());
    return std::nullopt;
  }
}

std::optional<Date> RowContext::date(int column) {
  return parsed(column, "csv.date", [](std::string_view v) { return Date::parse(v); });
}

std::optional<RegionCode> RowContext::region(int column) {
  return parsed(column, "csv.region_code", [](std::string_view v) { return RegionCode::parse(v); });
}

bool RowContext::flag(int column, bool fallback) {
  const std::string_view v = cell(column);
  if (v.empty()) return fallback;
  if (auto b = parse_bool(v)) return *b;
  error(column, "csv.boolean", quote_for_message(v) + " is not one of 1/0, true/false, yes/no, 是/否");
  return fallback;
}

int RowContext::code(int column, const CodeTable& table, int fallback) {
  const std::string_view v = cell(column);
  if (v.empty() && fallback >= 0) return fallback;  // optional column left empty
  if (auto c = parse_code(table, v)) return *c;
  error(column, "csv.code", quote_for_message(v) + " is not a " + table.name + " (" + code_choices(table) + ")");
  return fallback < 0 ? table.items[0].value : fallback;
}

int RowContext::integer(int column, int min, int max, int fallback) {
  const std::string_view v = cell(column);
  if (v.empty()) return fallback;
  int value = 0;
  const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
  if (ec != std::errc() || ptr != v.data() + v.size() || value < min || value > max) {
    error(column, "csv.number", quote_for_message(v) + " is not a whole number in " + std::to_string(min) + ".." +
                                    std::to_string(max));
    return fallback;
  }
  return value;
}

}  // namespace rg::csv
