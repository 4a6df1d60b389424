list(APPEND RG_TEST_SOURCES
  ledger/ledger_test.cpp
  ledger/ledger_bad_input_test.cpp
  ledger/ledger_invariants_test.cpp
  ledger/project_test.cpp
  ledger/transfer_index_test.cpp)
list(APPEND RG_TEST_SOURCES
  ledger/ledger_store_test.cpp
  ledger/ledger_crash_test.cpp)
list(APPEND RG_TEST_SOURCES
  ledger/fund_report_test.cpp)
