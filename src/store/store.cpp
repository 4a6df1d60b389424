#include "ruralguard/store.hpp"

#include "store/store_impl.hpp"

namespace rg {

Store::Store(const std::string& path, StoreOptions options)
    : impl_(std::make_unique<Impl>(path, options)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const std::string& Store::path() const { return impl_->db.path(); }
int Store::schema_version() const { return impl_->db.schema_version(); }

}  // namespace rg
