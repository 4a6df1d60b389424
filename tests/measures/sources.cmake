list(APPEND RG_TEST_SOURCES
  measures/fgt_test.cpp
  measures/alkire_foster_test.cpp
  measures/alkire_foster_groups_test.cpp)
