// C ABI: opening and closing the store.
#include "capi/args.hpp"
#include "capi/guard.hpp"
#include "capi/handles.hpp"
#include "ruralguard/error.hpp"

using rg::capi::guard;

extern "C" {

void rg_store_options_init(rg_store_options* options) {
  if (!rg::capi::init_struct(options)) return;
  options->synchronous_full = 1;
  options->busy_timeout_ms = 5000;
}

rg_status rg_store_open(rg_store** out_store, const char* path, size_t path_len,
                        const rg_store_options* options) {
  RG_CHECK_ARG(out_store);
  *out_store = nullptr;
  RG_CHECK_ARG(path);  // required: NULL is refused even with length 0
  rg::StoreOptions opts;
  return guard([&, func = __func__] {
    const auto file = rg::capi::text_arg(path, path_len, "path", func);
    if (options != nullptr) {
      rg::capi::check_struct_size(options->struct_size, sizeof(rg_store_options),
                                  "rg_store_options", func);
      if (options->busy_timeout_ms < 0) {
        throw rg::Error(rg::ErrorCode::kInvalidArgument,
                        "rg_store_open: busy_timeout_ms is negative");
      }
      opts.synchronous_full = options->synchronous_full != 0;
      opts.read_only = options->read_only != 0;
      opts.busy_timeout_ms = options->busy_timeout_ms;
    }
    auto handle = std::make_unique<rg_store>(rg::Store(std::string(file), opts));
    *out_store = handle.release();
  });
}

void rg_store_close(rg_store* store) { delete store; }

rg_status rg_store_schema_version(int32_t* out_version, rg_store* store) {
  RG_CHECK_ARG(out_version);
  RG_CHECK_ARG(store);
  return guard([&] { *out_version = store->store.schema_version(); });
}

}  // extern "C"
