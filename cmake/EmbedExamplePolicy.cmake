# rg_embed_example_policy(<target> <json file under examples/policies> <C++ name>): a generated
# header "example_policies/<C++ name>.hpp" holding the shipped example policy's JSON text, so a
# program uses exactly the file in examples/policies (re-run on change).
function(rg_embed_example_policy target file name)
  set(path "${PROJECT_SOURCE_DIR}/examples/policies/${file}")
  file(READ "${path}" RG_EMBEDDED_JSON)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${path}")
  set(dir "${PROJECT_BINARY_DIR}/generated/${target}")
  set(RG_EMBEDDED_NAME "${name}")
  set(RG_EMBEDDED_FILE "examples/policies/${file}")
  file(CONFIGURE OUTPUT "${dir}/example_policies/${name}.hpp" CONTENT
"// Generated from @RG_EMBEDDED_FILE@ by cmake/EmbedExamplePolicy.cmake; do not edit.
#pragma once
#include <string_view>
inline constexpr std::string_view @RG_EMBEDDED_NAME@ = R\"rgjson(@RG_EMBEDDED_JSON@)rgjson\";
inline constexpr std::string_view @RG_EMBEDDED_NAME@_file = \"@RG_EMBEDDED_FILE@\";
" @ONLY)
  target_include_directories(${target} PRIVATE "${dir}")
endfunction()
