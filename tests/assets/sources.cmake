list(APPEND RG_TEST_SOURCES
  assets/asset_lifecycle_test.cpp
  assets/asset_bad_input_test.cpp
  assets/distribution_test.cpp
  assets/asset_summary_test.cpp
  assets/asset_warnings_test.cpp)
