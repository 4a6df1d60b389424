# The layers of the library, bottom to top (docs/architecture.md). Each layer is one build target
# whose include path holds only its own private module folders and the public headers of its own
# and lower layers, so an upward include does not compile (tests/layers proves it).
set(RG_LAYERS core rules store reports capi)

set(RG_LAYER_core_MODULES core)
set(RG_LAYER_rules_MODULES domain risk monitoring ledger assets measures)
set(RG_LAYER_store_MODULES store csv)
set(RG_LAYER_reports_MODULES reports)
set(RG_LAYER_capi_MODULES capi)

# Public headers (include/ruralguard/) by the layer that implements them.
set(RG_LAYER_core_HEADERS csv_text.hpp date.hpp error.hpp money.hpp ratio.hpp region_code.hpp rounding.hpp)
set(RG_LAYER_rules_HEADERS
  account.hpp asset.hpp asset_distribution.hpp asset_registry.hpp asset_report.hpp assistance.hpp
  case_report.hpp case_roles.hpp clues.hpp elimination.hpp fund_report.hpp guarantee.hpp household.hpp
  household_events.hpp household_table.hpp income.hpp ledger.hpp ledger_queries.hpp ledger_verifier.hpp member.hpp
  memberships.hpp monitoring_case.hpp policy.hpp policy_set.hpp poverty_measures.hpp procedure_policy.hpp project.hpp
  regime.hpp region.hpp risk.hpp synthetic_county.hpp transfer.hpp validation.hpp warning_letters.hpp work_calendar.hpp
  case_clocks.hpp income_stability.hpp)
set(RG_LAYER_store_HEADERS
  assessment_store.hpp asset_store.hpp cases_repo.hpp household_columns.hpp households_csv.hpp
  households_repo.hpp ledger_store.hpp policy_set_store.hpp status_csv.hpp status_repo.hpp store.hpp store_validation.hpp
  transaction.hpp warning_letters_repo.hpp)
set(RG_LAYER_reports_HEADERS indicators.hpp report.hpp summary.hpp summary_store.hpp)
set(RG_LAYER_capi_HEADERS ruralguard.h)

# Every public header belongs to exactly one layer.
file(GLOB rg_public_headers RELATIVE "${PROJECT_SOURCE_DIR}/include/ruralguard"
     "${PROJECT_SOURCE_DIR}/include/ruralguard/*.h*")
set(rg_assigned)
foreach(layer IN LISTS RG_LAYERS)
  list(APPEND rg_assigned ${RG_LAYER_${layer}_HEADERS})
endforeach()
foreach(h IN LISTS rg_public_headers)
  list(FIND rg_assigned "${h}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "include/ruralguard/${h} belongs to no layer: add it to src/layers.cmake")
  endif()
endforeach()

# rg_stage_layer(<name> <headers> <modules>): a folder with links to the given public headers
# (as ruralguard/<h>) and private module folders (as <module>/), for one target's include path.
function(rg_stage_layer name headers modules out_var)
  set(dir "${PROJECT_BINARY_DIR}/layers/${name}")
  file(REMOVE_RECURSE "${dir}")
  file(MAKE_DIRECTORY "${dir}/ruralguard")
  foreach(h IN LISTS headers)
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/include/ruralguard/${h}" "${dir}/ruralguard/${h}" SYMBOLIC)
  endforeach()
  foreach(m IN LISTS modules)
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/src/${m}" "${dir}/${m}" SYMBOLIC)
  endforeach()
  set(${out_var} "${dir}" PARENT_SCOPE)
endfunction()

# The public headers visible from each layer: its own and every lower layer's.
set(rg_visible)
foreach(layer IN LISTS RG_LAYERS)
  list(APPEND rg_visible ${RG_LAYER_${layer}_HEADERS})
  set(RG_LAYER_${layer}_VISIBLE ${rg_visible})
endforeach()
