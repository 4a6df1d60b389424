list(APPEND RG_TEST_SOURCES
  csv/csv_import_test.cpp
  csv/csv_import_pipeline_test.cpp
  csv/csv_reader_test.cpp
  csv/csv_import_limits_test.cpp
  csv/synthetic_county_test.cpp)
