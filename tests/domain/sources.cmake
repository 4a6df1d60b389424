list(APPEND RG_TEST_SOURCES
  domain/income_test.cpp
  domain/id_number_test.cpp
  domain/guarantee_test.cpp
  domain/validation_test.cpp)
