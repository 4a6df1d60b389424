list(APPEND RG_SOURCES
  ledger/hash_chain.cpp
  ledger/names.cpp
  ledger/ledger.cpp
  ledger/project.cpp
  ledger/ledger_verifier.cpp)
list(APPEND RG_SOURCES
  ledger/queries.cpp
  ledger/fund_report.cpp
  ledger/notice_csv.cpp)
