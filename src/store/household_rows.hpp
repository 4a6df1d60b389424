// Private: SQL text and row mapping for the household tables (migration 2).
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "ruralguard/household.hpp"
#include "ruralguard/income.hpp"
#include "ruralguard/member.hpp"
#include "ruralguard/region.hpp"

namespace rg::store {

// SELECT lists whose column order the read_* functions below expect.
extern const char* const kRegionColumns;
extern const char* const kHouseholdColumns;  // first column: household_id
extern const char* const kMemberColumns;     // first column: the household's household_id
extern const char* const kIncomeColumns;     // first column: the household's household_id

// Binds every field; see the upsert statements in households_repo.cpp. Text and blobs are bound
// without copies: the record (and id_hash) must stay alive until the statement has run.
void bind_region(SQLite::Statement& st, const Region& r);
void bind_household(SQLite::Statement& st, const Household& h);
void bind_member(SQLite::Statement& st, const Member& m, int64_t household_key,
                 const void* id_hash /* 32 bytes or NULL */);
void bind_income(SQLite::Statement& st, const IncomeStatement& s, int64_t household_key);

Region read_region(SQLite::Statement& st, int first_column = 0);
Household read_household(SQLite::Statement& st, int first_column = 0);
Member read_member(SQLite::Statement& st, int first_column = 0);
IncomeStatement read_income(SQLite::Statement& st, int first_column = 0);

}  // namespace rg::store
