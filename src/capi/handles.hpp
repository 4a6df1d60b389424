// Private: the structs behind the C ABI's opaque handles.
#pragma once

#include "ruralguard/ruralguard.h"
#include "ruralguard/store.hpp"

struct rg_store {
  explicit rg_store(rg::Store s) : store(std::move(s)) {}
  rg::Store store;
};
