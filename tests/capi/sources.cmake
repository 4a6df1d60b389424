# Named limits (docs/limits.md): every limit accepted at its value and refused one past it.
list(APPEND RG_TEST_SOURCES
  capi/limits_text_test.cpp
  capi/limits_store_test.cpp
  capi/limits_ledger_test.cpp)
# The argument layer (docs/c-abi.md "Arguments"): text, struct_size and enum values, one rule each.
list(APPEND RG_TEST_SOURCES
  capi/arguments_test.cpp)
# Memberships and household events (issue 16 part B).
list(APPEND RG_TEST_SOURCES
  capi/household_events_test.cpp)
# Issue 16 part D: roles, procedure limits, warning letters through the C ABI.
list(APPEND RG_TEST_SOURCES
  capi/roles_letters_api_test.cpp)
