list(APPEND RG_SOURCES
  assets/asset_rules.cpp
  assets/capitalise.cpp
  assets/asset_registry.cpp
  assets/distribution.cpp
  assets/asset_warnings.cpp
  assets/asset_reports.cpp)
