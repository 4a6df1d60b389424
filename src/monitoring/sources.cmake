list(APPEND RG_SOURCES
  monitoring/case_machine.cpp
  monitoring/public_notice.cpp
  monitoring/assistance.cpp
  monitoring/alerts.cpp
  monitoring/clues.cpp)
