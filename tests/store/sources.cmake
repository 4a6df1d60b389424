list(APPEND RG_TEST_SOURCES
  store/database_test.cpp
  store/assessment_runs_test.cpp)
