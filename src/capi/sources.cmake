set(RG_CAPI_SOURCES
  capi/errors.cpp
  capi/args.cpp
  capi/limits_check.cpp
  capi/enums_check.cpp
  capi/money_api.cpp
  capi/date_api.cpp
  capi/region_api.cpp
  capi/store_api.cpp
  capi/household_records.cpp
  capi/households_api.cpp
  capi/household_batch_api.cpp
  capi/policy_api.cpp
  capi/policy_set_api.cpp
  capi/risk_api.cpp
  capi/assessment_store_api.cpp
  capi/ledger_api.cpp
  capi/project_api.cpp
  capi/measures_api.cpp
  capi/cases_api.cpp
  capi/case_time_api.cpp
  capi/assets_api.cpp
  capi/asset_income_api.cpp
  capi/reports_api.cpp
  capi/status_api.cpp
  capi/procedure_api.cpp
  capi/warning_letters_api.cpp)
list(APPEND RG_SOURCES ${RG_CAPI_SOURCES})
# Debug info on the C ABI shims lets abidw record every exported signature in abi/ (types,
# not only symbol names), at no cost to the optimised code.
set_source_files_properties(${RG_CAPI_SOURCES} PROPERTIES COMPILE_OPTIONS
  "-g;-fdebug-prefix-map=${PROJECT_SOURCE_DIR}=.")
