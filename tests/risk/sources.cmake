list(APPEND RG_TEST_SOURCES
  risk/policy_test.cpp
  risk/assess_test.cpp
  risk/elimination_test.cpp
  risk/batch_property_test.cpp
  risk/policy_json_bad_input_test.cpp
  risk/assess_bad_input_test.cpp
  risk/policy_set_test.cpp)
