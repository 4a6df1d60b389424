add_executable(cases_bench cases_bench.cpp)
target_link_libraries(cases_bench PRIVATE ruralguard_static benchmark::benchmark)
