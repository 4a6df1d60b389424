// Private: one CSV row per domain record, in the import format (docs/csv-format.md).
#pragma once

#include <cstdio>
#include <string_view>

#include "csv/columns.hpp"
#include "ruralguard/household.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/region.hpp"

namespace rg::csv {

void write_header(std::FILE* out, Entity entity);  // English names
void write_region_row(std::FILE* out, const Region& r);
void write_household_row(std::FILE* out, const Household& h);
// `id_text` is what goes in the id_number column: the masked form on export, the clear number
// only from the synthetic generator.
void write_member_row(std::FILE* out, const Member& m, std::string_view id_text);
void write_income_row(std::FILE* out, const IncomeStatement& s);

}  // namespace rg::csv
