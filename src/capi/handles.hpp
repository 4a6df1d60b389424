// Private: the structs behind the C ABI's opaque handles.
#pragma once

#include "ruralguard/ruralguard.h"
#include "ruralguard/store.hpp"

struct rg_store {
  explicit rg_store(rg::Store s) : store(std::move(s)) {}
  rg::Store store;
};

#include "ruralguard/policy.hpp"

struct rg_policy {
  explicit rg_policy(rg::Policy p) : policy(std::move(p)) {}
  rg::Policy policy;
};

#include "ruralguard/assessment_store.hpp"

struct rg_run_diff {
  rg::RunDiff diff;
};
