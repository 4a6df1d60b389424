list(APPEND RG_SOURCES
  store/database.cpp
  store/migrations.cpp
  store/store.cpp
  store/assessment_runs.cpp
  store/ledger_rows.cpp
  store/ledger_store.cpp
  store/ledger_verify.cpp)
list(APPEND RG_SOURCES
  store/asset_rows.cpp
  store/asset_store.cpp)
