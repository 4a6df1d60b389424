// Private: conversions between the C ABI's household records and the C++ domain types.
#pragma once

#include <cstring>
#include <string>
#include <string_view>

#include "ruralguard/error.hpp"
#include "ruralguard/household.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/ruralguard.h"

namespace rg::capi {

// Text of a fixed NUL-terminated array; Error(kInvalidArgument) naming the field when no NUL.
template <std::size_t N>
std::string fixed_text(const char (&field)[N], const char* name) {
  const void* nul = std::memchr(field, '\0', N);
  if (nul == nullptr) {
    throw Error(ErrorCode::kInvalidArgument, std::string(name) + " is not NUL-terminated within " + std::to_string(N) + " bytes");
  }
  return std::string(field, static_cast<const char*>(nul));
}

template <std::size_t N>
void copy_text(char (&field)[N], std::string_view text) {
  const std::size_t n = std::min(text.size(), N - 1);
  std::memcpy(field, text.data(), n);
  field[n] = '\0';
}

// The C record as a C++ value; Error(kInvalidArgument) naming `function` and the field for a
// struct_size below the library's, text without its NUL, a flag or a code out of range.
Household to_household(const rg_household_record& r, const char* function);
void from_household(rg_household_record& out, const Household& h);
Member to_member(const rg_member_record& r, const char* function);
void from_member(rg_member_record& out, const Member& m);
IncomeStatement to_income(const rg_income_record& r, const char* function);

}  // namespace rg::capi
