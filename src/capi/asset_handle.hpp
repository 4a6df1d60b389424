// Private: the struct behind rg_assets.
#pragma once

#include "capi/ledger_handle.hpp"
#include "ruralguard/asset_store.hpp"

struct rg_assets {
  explicit rg_assets(rg_ledger& l) : assets(l.store, l.ledger) {}
  rg::AssetStore assets;
};
