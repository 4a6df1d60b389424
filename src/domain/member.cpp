#include <cctype>

#include "ruralguard/error.hpp"
#include "ruralguard/member.hpp"

namespace rg {
namespace {

// GB 11643-1999: weights 2^(17-i) mod 11 for positions 1..17, check = (12 - sum mod 11) mod 11,
// written as 0-9 or X for 10 (ISO 7064 MOD 11-2).
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int digits_value(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

int age_on(Date birth, Date as_of) {
  int age = as_of.year() - birth.year();
  if (as_of.month() < birth.month() || (as_of.month() == birth.month() && as_of.day() < birth.day())) {
    --age;
  }
  return age;
}

char id_check_character(std::string_view first17) {
  if (first17.size() != 17 || !all_digits(first17)) {
    throw Error(ErrorCode::kParse, "ID number prefix " + quote_for_message(first17) + " is not 17 digits");
  }
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheckChars[sum % 11];
}

IdFacts inspect_id_number(std::string_view id) {
  IdFacts facts;
  if (id.empty()) return facts;
  facts.status = IdNumberStatus::kBadFormat;
  if (id.size() != 18 || !all_digits(id.substr(0, 17))) return facts;
  const char last = static_cast<char>(std::toupper(static_cast<unsigned char>(id[17])));
  if (!(last == 'X' || (last >= '0' && last <= '9'))) return facts;
  try {
    facts.birth_date = Date::from_ymd(digits_value(id.substr(6, 4)), digits_value(id.substr(10, 2)),
                                      digits_value(id.substr(12, 2)));
  } catch (const Error&) {
    return facts;  // impossible birth date inside the number: a format error
  }
  facts.status = id_check_character(id.substr(0, 17)) == last ? IdNumberStatus::kValid
                                                              : IdNumberStatus::kBadCheckDigit;
  return facts;
}

std::string mask_id_number(std::string_view id) {
  std::string out(id);
  bool ascii = true;
  for (char c : out) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  // Non-ASCII text is not an ID number; keeping part of it could split a UTF-8 character.
  if (out.size() <= 8 || !ascii) return std::string(out.size(), '*');
  for (std::size_t i = 4; i + 1 < out.size(); ++i) out[i] = '*';
  if (!out.empty()) out.back() = static_cast<char>(std::toupper(static_cast<unsigned char>(out.back())));
  return out;
}

}  // namespace rg
