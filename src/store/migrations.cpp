#include "store/migrations.hpp"

namespace rg::store {
namespace {

// Every table is STRICT; money columns hold INTEGER 1/10000 yuan; dates hold INTEGER days since
// 1970-01-01. Modules append their migrations here in landing order.
constexpr Migration kMigrations[] = {
    {1, "metadata",
     R"sql(
CREATE TABLE rg_metadata (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
INSERT INTO rg_metadata(key, value) VALUES ('application', 'ruralguard');
)sql"},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

}  // namespace rg::store
