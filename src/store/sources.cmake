list(APPEND RG_SOURCES
  store/database.cpp
  store/migrations.cpp
  store/store.cpp
  store/id_key.cpp
  store/household_rows.cpp
  store/households_repo.cpp
  store/transaction.cpp
  store/store_validation.cpp
  store/household_columns.cpp
  store/assessment_runs.cpp
  store/ledger_rows.cpp
  store/ledger_store.cpp
  store/ledger_verify.cpp
  store/cases_repo.cpp
  store/bulk_write.cpp
  store/asset_rows.cpp
  store/asset_store.cpp)
