list(APPEND RG_TEST_SOURCES
  upgrade/upgrade_test.cpp
  upgrade/migration10_test.cpp)
