list(APPEND RG_SOURCES
  ledger/hash_chain.cpp
  ledger/names.cpp
  ledger/ledger.cpp
  ledger/project.cpp)
