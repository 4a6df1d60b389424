# assets_bench: distribution plans (1,234 and 100,000 households) and county-scale asset warnings.
add_executable(assets_bench "${CMAKE_CURRENT_LIST_DIR}/assets_bench.cpp")
target_link_libraries(assets_bench PRIVATE ruralguard_static benchmark::benchmark)
