list(APPEND RG_TEST_SOURCES
  monitoring/case_machine_test.cpp
  monitoring/case_clocks_test.cpp
  monitoring/alerts_test.cpp
  monitoring/clues_test.cpp
  monitoring/lifecycle_test.cpp
  monitoring/alert_life_cycle_test.cpp
  monitoring/roles_test.cpp
  monitoring/procedure_limits_test.cpp)
