// C ABI: versions, status names and the thread-local last error.
#include <string>

#include "capi/args.hpp"
#include "capi/guard.hpp"

namespace rg::capi {
namespace {
thread_local std::string t_last_error;
}

rg_status set_error(rg_status status, std::string message) noexcept {
  try {
    t_last_error = std::move(message);
  } catch (...) {
    t_last_error.clear();  // out of memory while recording: keep the status
  }
  return status;
}

const char* last_error_c_str() noexcept { return t_last_error.c_str(); }

}  // namespace rg::capi

extern "C" {

uint32_t rg_version_number(void) { return RG_VERSION_NUMBER; }

const char* rg_version_string(void) {
#define RG_STR2(x) #x
#define RG_STR(x) RG_STR2(x)
  return RG_STR(RG_VERSION_MAJOR) "." RG_STR(RG_VERSION_MINOR) "." RG_STR(RG_VERSION_PATCH);
}

const char* rg_status_name(rg_status status) {
  if (status == RG_OK) return "RG_OK";
  // A lookup: an unknown value gives "RG_E?", as documented.
  return rg::error_code_name(rg::capi::engine_checked_enum<rg::ErrorCode>(status));
}

const char* rg_last_error_message(void) { return rg::capi::last_error_c_str(); }

}  // extern "C"
