list(APPEND RG_TEST_SOURCES
  reports/summary_test.cpp
  reports/indicators_test.cpp
  reports/report_test.cpp
  reports/store_summary_test.cpp
  reports/json_bad_input_test.cpp)
