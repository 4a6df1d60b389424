list(APPEND RG_SOURCES
  reports/summary.cpp
  reports/summary_json.cpp)
list(APPEND RG_SOURCES
  reports/store_summary.cpp)
list(APPEND RG_SOURCES
  reports/indicators.cpp)
list(APPEND RG_SOURCES
  reports/columns.cpp
  reports/report.cpp
  reports/html.cpp)
