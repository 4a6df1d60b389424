# Named limits (docs/limits.md): every limit accepted at its value and refused one past it.
list(APPEND RG_TEST_SOURCES
  capi/limits_text_test.cpp
  capi/limits_store_test.cpp
  capi/limits_ledger_test.cpp)
