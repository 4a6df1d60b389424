// Private: how the columnar load reads the member and income tables (tests compare both ways).
#pragma once

#include "ruralguard/household_columns.hpp"

namespace rg::store {

enum class ColumnAccess : uint8_t {
  kAuto,   // by key when a region prefix selects under 1/kKeyedShareMax of the households, else scan
  kScan,   // one scan of each table
  kKeyed,  // one index lookup per selected household
};
inline constexpr int64_t kKeyedShareMax = 8;

HouseholdColumnData load_household_columns(Store& store, const HouseholdColumnOptions& options, ColumnAccess access);

// The columns of the one household with row key `household_key` (no row when it is not stored or
// outside options.region_prefix), read by key.
HouseholdColumnData load_household_columns_of(Store& store, const HouseholdColumnOptions& options,
                                              int64_t household_key);

}  // namespace rg::store
