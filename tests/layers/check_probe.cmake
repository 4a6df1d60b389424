# Builds one probe target and checks the outcome: EXPECT=fails needs a compile error naming
# HEADER as not found (not any other error); EXPECT=compiles needs a clean build.
execute_process(COMMAND ${CMAKE_COMMAND} --build "${BUILD_DIR}" --target "${TARGET}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(all "${out}\n${err}")
if(EXPECT STREQUAL "compiles")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TARGET}: a downward include must compile, but the build failed:\n${all}")
  endif()
  return()
endif()
if(rc EQUAL 0)
  message(FATAL_ERROR "${TARGET}: an upward include of ${HEADER} compiled; the layers are not enforced")
endif()
# GCC: "<header>: No such file or directory"; Clang: "'<header>' file not found".
string(FIND "${all}" "${HEADER}: No such file or directory" at)
if(at EQUAL -1)
  string(FIND "${all}" "'${HEADER}' file not found" at)
endif()
if(at EQUAL -1)
  message(FATAL_ERROR "${TARGET}: the build failed, but not because ${HEADER} is out of reach:\n${all}")
endif()
message(STATUS "${TARGET}: ${HEADER} is out of reach, as the layers require")
