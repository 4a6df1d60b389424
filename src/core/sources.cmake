list(APPEND RG_SOURCES
  core/error.cpp
  core/money.cpp
  core/ratio.cpp
  core/date.cpp
  core/region_code.cpp
  core/csv_text.cpp)
