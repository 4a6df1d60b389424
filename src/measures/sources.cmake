list(APPEND RG_SOURCES
  measures/fgt.cpp
  measures/alkire_foster.cpp
  measures/alkire_foster_groups.cpp)
