list(APPEND RG_TEST_SOURCES
  store/database_test.cpp)
