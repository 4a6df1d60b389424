list(APPEND RG_SOURCES
  store/database.cpp
  store/migrations.cpp
  store/store.cpp)
list(APPEND RG_SOURCES
  store/id_key.cpp
  store/household_rows.cpp
  store/households_repo.cpp
  store/transaction.cpp
  store/store_validation.cpp
  store/household_columns.cpp
  store/bulk_write.cpp)
