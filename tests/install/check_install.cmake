# Installs the build tree into a temporary prefix, moves the prefix (relocation), then builds and
# runs a consumer with find_package(ruralguard) and a C program with pkg-config.
set(stage "${WORK}/stage")
set(moved "${WORK}/moved")
file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${stage}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed")
endif()
file(RENAME "${stage}" "${moved}")
file(GLOB_RECURSE pc_files "${moved}/*/ruralguard.pc")
list(GET pc_files 0 pc)
get_filename_component(pc_dir "${pc}" DIRECTORY)

execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE}" -B "${WORK}/consumer-build"
                        -DCMAKE_PREFIX_PATH=${moved} -DCMAKE_BUILD_TYPE=Release
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "find_package(ruralguard) consumer failed to configure:\n${out}${err}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${WORK}/consumer-build" -j2
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "consumer failed to build:\n${out}${err}")
endif()
foreach(exe consumer_c consumer_cpp)
  execute_process(COMMAND "${WORK}/consumer-build/${exe}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${exe} failed (${rc})")
  endif()
endforeach()

# pkg-config from the moved prefix: paths must follow the .pc file.
set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
execute_process(COMMAND pkg-config --cflags --libs ruralguard OUTPUT_VARIABLE flags RESULT_VARIABLE rc
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0 OR NOT flags MATCHES "${moved}")
  message(FATAL_ERROR "pkg-config flags do not point into the moved prefix: '${flags}'")
endif()
separate_arguments(flag_list UNIX_COMMAND "${flags}")
execute_process(COMMAND "${C_COMPILER}" "${SOURCE}/consumer.c" ${flag_list} -o "${WORK}/pc_consumer"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compiling with pkg-config flags failed: ${err}")
endif()
string(REGEX MATCH "-L([^ ]+)" _ "${flags}")
set(ENV{LD_LIBRARY_PATH} "${CMAKE_MATCH_1}")
execute_process(COMMAND "${WORK}/pc_consumer" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config consumer failed (${rc})")
endif()
message(STATUS "install tree relocatable: find_package and pkg-config consumers build and run")
