list(APPEND RG_SOURCES
  capi/errors.cpp
  capi/money_api.cpp
  capi/date_api.cpp
  capi/region_api.cpp
  capi/store_api.cpp
  capi/household_records.cpp
  capi/households_api.cpp
  capi/household_batch_api.cpp)
# Debug info on the C ABI shims lets abidw record every exported signature in abi/ (types,
# not only symbol names), at no cost to the optimised code.
set_source_files_properties(
  capi/errors.cpp capi/money_api.cpp capi/date_api.cpp capi/region_api.cpp
  capi/store_api.cpp capi/households_api.cpp capi/household_batch_api.cpp
  PROPERTIES COMPILE_OPTIONS "-g")
