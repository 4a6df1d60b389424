add_executable(money_bench money_bench.cpp)
target_link_libraries(money_bench PRIVATE ruralguard_static benchmark::benchmark)
