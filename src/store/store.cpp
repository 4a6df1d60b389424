#include "ruralguard/store.hpp"

#include "ruralguard/error.hpp"
#include "store/store_impl.hpp"

namespace rg {

void check_path_length(std::string_view path, std::string_view field) {
  if (path.size() > kPathBytesMax) {
    throw Error(ErrorCode::kLimit, std::string(field) + ": path of " + std::to_string(path.size()) +
                                       " bytes is longer than the maximum " + std::to_string(kPathBytesMax) +
                                       " (kPathBytesMax) " + quote_for_message(path));
  }
}

namespace {
const std::string& checked_path(const std::string& path) {
  check_path_length(path, "database");
  return path;
}
}  // namespace

Store::Store(const std::string& path, StoreOptions options)
    : impl_(std::make_unique<Impl>(checked_path(path), options)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const std::string& Store::path() const { return impl_->db.path(); }
int Store::schema_version() const { return impl_->db.schema_version(); }

}  // namespace rg
