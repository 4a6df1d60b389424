list(APPEND RG_SOURCES
  risk/policy.cpp
  risk/policy_json.cpp
  risk/regime.cpp
  risk/policy_catalogue.cpp
  risk/policy_set.cpp
  risk/policy_set_json.cpp
  risk/policy_compare.cpp
  risk/assess.cpp
  risk/batch.cpp
  risk/household_table.cpp
  risk/explain.cpp
  risk/elimination.cpp
  risk/income_stability.cpp
  risk/procedure_policy.cpp
  risk/policy_procedure_json.cpp)
