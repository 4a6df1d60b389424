list(APPEND RG_TEST_SOURCES
  crash/import_crash_test.cpp
  crash/run_storage_crash_test.cpp)
