list(APPEND RG_TEST_SOURCES
  store/database_test.cpp
  store/migration7_test.cpp
  store/households_repo_test.cpp
  store/assessment_runs_test.cpp
  store/household_columns_test.cpp
  store/household_cache_test.cpp
  store/cases_repo_test.cpp
  store/status_repo_test.cpp
  store/status_csv_test.cpp
  store/case_time_test.cpp
  store/policy_set_store_test.cpp
  store/warning_letters_test.cpp)
