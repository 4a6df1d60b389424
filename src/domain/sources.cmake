list(APPEND RG_SOURCES
  domain/region.cpp
  domain/member.cpp
  domain/income.cpp
  domain/guarantee.cpp
  domain/rule_catalogue.cpp
  domain/validation.cpp
  domain/synthetic_county.cpp
  domain/memberships.cpp
  domain/household_events.cpp
  domain/work_calendar.cpp)
