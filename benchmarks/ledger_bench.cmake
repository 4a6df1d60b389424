# ledger_bench: transfers per second in memory and durable to SQLite, beside a naive SQLite peer.
# Include from benchmarks/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/ledger_bench.cmake)
find_package(benchmark REQUIRED)
add_executable(ledger_bench "${CMAKE_CURRENT_LIST_DIR}/ledger_bench.cpp")
target_link_libraries(ledger_bench PRIVATE ruralguard_static SQLite::SQLite3 benchmark::benchmark)
