add_executable(store_bench store_bench.cpp)
target_link_libraries(store_bench PRIVATE ruralguard_static benchmark::benchmark SQLiteCpp SQLite::SQLite3)
