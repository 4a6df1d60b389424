list(APPEND RG_SOURCES
  store/database.cpp
  store/migrations.cpp
  store/store.cpp
  store/assessment_runs.cpp)
