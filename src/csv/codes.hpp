// Private: the text forms of the household enums in CSV files (English code, Chinese label, or
// the numeric value), shared by import and export.
#pragma once

#include <optional>
#include <string_view>

#include "ruralguard/household.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/region.hpp"

namespace rg::csv {

// ASCII case-insensitive equality (column names and codes are ASCII or exact UTF-8; the C
// library's tolower costs a call per byte, measured at 2% of an import).
[[nodiscard]] inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    unsigned char x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x >= 'A' && x <= 'Z') x = static_cast<unsigned char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<unsigned char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

struct CodeText {
  int value;
  const char* en;
  const char* zh;
};

struct CodeTable {
  const CodeText* items;
  std::size_t count;
  const char* name;  // for messages: "household type"
};

extern const CodeTable kHouseholdTypes, kRelations, kSexes, kEducations, kSchoolStatuses, kHealths,
    kLabours, kMemberStatuses, kIncomePeriods, kKeyAssistLevels;

// The value for `text` (English code in any case, Chinese label, or the number), if any.
[[nodiscard]] std::optional<int> parse_code(const CodeTable& table, std::string_view text);
// The English code of `value` ("?" when unknown).
[[nodiscard]] const char* code_en(const CodeTable& table, int value);
// "one of: formerly_poor, ..." for messages.
[[nodiscard]] std::string code_choices(const CodeTable& table);

// Booleans: 1/0, true/false, yes/no, y/n, 是/否.
[[nodiscard]] std::optional<bool> parse_bool(std::string_view text);

// Medical insurance column: none (未参加), resident (城乡居民), employee (职工), both (两者).
struct MedicalSchemes {
  bool resident;
  bool employee;
};
[[nodiscard]] std::optional<MedicalSchemes> parse_medical(std::string_view text);
[[nodiscard]] const char* medical_code(bool resident, bool employee);

}  // namespace rg::csv
