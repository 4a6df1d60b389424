list(APPEND RG_SOURCES
  monitoring/case_machine.cpp
  monitoring/case_states.cpp
  monitoring/case_report.cpp
  monitoring/public_notice.cpp
  monitoring/assistance.cpp
  monitoring/alerts.cpp
  monitoring/alert_life_cycle.cpp
  monitoring/clues.cpp
  monitoring/case_clocks.cpp
  monitoring/case_roles.cpp
  monitoring/procedure_checks.cpp
  monitoring/warning_letters.cpp)
