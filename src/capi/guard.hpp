// Private: the exception firewall every C ABI function runs its body through.
#pragma once

#include <new>
#include <string>

#include "ruralguard/error.hpp"
#include "ruralguard/ruralguard.h"

namespace rg::capi {

// Records `message` as this thread's last error and returns `status`.
rg_status set_error(rg_status status, std::string message) noexcept;
// This thread's last error message ("" if none).
const char* last_error_c_str() noexcept;

// Runs body() (which returns void) and maps every exception to an rg_status.
template <typename Body>
rg_status guard(Body&& body) noexcept {
  try {
    body();
    return RG_OK;
  } catch (const Error& e) {
    return set_error(static_cast<rg_status>(e.code()), e.what());
  } catch (const std::bad_alloc&) {
    return set_error(RG_ENOMEM, "out of memory");
  } catch (const std::exception& e) {
    return set_error(RG_EINTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return set_error(RG_EINTERNAL, "internal error: unknown exception");
  }
}

// Required pointer arguments (checked in release builds). Text, struct sizes and enum values
// go through capi/args.hpp.
inline rg_status null_argument(const char* function, const char* argument) noexcept {
  return set_error(RG_EINVAL, std::string(function) + ": argument '" + argument + "' is NULL");
}

#define RG_CHECK_ARG(ptr)                                           \
  do {                                                              \
    if ((ptr) == nullptr) return ::rg::capi::null_argument(__func__, #ptr); \
  } while (0)

// A list call's pointers: out_count required (set to 0 first, so it reads 0 after any refusal),
// the handle required, the rows array required when capacity > 0.
#define RG_CHECK_LIST_ARGS(rows, capacity, out_count, handle) \
  do {                                                        \
    RG_CHECK_ARG(out_count);                                  \
    *(out_count) = 0;                                         \
    RG_CHECK_ARG(handle);                                     \
    if ((capacity) > 0) RG_CHECK_ARG(rows);                   \
  } while (0)

}  // namespace rg::capi
