# Every dependency comes from a Debian 12 package; build.sh installs them (see README).
find_package(Threads REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS date_time)
find_package(SQLite3 REQUIRED)
find_package(SQLiteCpp 3.2 REQUIRED)
find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto)
find_package(nlohmann_json 3.11 REQUIRED)

# libcsv (Debian libcsv-dev) ships no CMake or pkg-config file.
find_path(CSV_INCLUDE_DIR csv.h REQUIRED)
find_library(CSV_LIBRARY csv REQUIRED)
add_library(rg_libcsv UNKNOWN IMPORTED)
set_target_properties(rg_libcsv PROPERTIES IMPORTED_LOCATION "${CSV_LIBRARY}"
                      INTERFACE_INCLUDE_DIRECTORIES "${CSV_INCLUDE_DIR}")
