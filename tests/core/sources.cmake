list(APPEND RG_TEST_SOURCES
  core/money_test.cpp
  core/money_parse_edge_test.cpp
  core/allocate_test.cpp
  core/ratio_test.cpp
  core/date_test.cpp
  core/region_code_test.cpp
  core/region_prefix_test.cpp)
