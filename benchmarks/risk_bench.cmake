add_executable(risk_bench risk_bench.cpp)
target_link_libraries(risk_bench PRIVATE ruralguard_static ruralguard benchmark::benchmark SQLiteCpp SQLite::SQLite3)
target_include_directories(risk_bench PRIVATE "${PROJECT_SOURCE_DIR}/src")
target_compile_definitions(risk_bench PRIVATE
  RG_PYTHON_BENCH="${CMAKE_CURRENT_SOURCE_DIR}/risk_batch_python.py"
  RG_PYTHON_PATH="${PROJECT_SOURCE_DIR}/bindings/python"
  RG_SHARED_LIBRARY="$<TARGET_FILE:ruralguard>")
