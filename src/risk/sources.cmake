list(APPEND RG_SOURCES
  risk/policy.cpp
  risk/policy_json.cpp
  risk/assess.cpp
  risk/batch.cpp
  risk/household_table.cpp
  risk/explain.cpp
  risk/elimination.cpp
  risk/procedure_policy.cpp
  risk/policy_procedure_json.cpp)
