// Private: the struct behind the C ABI's rg_policy_set handle.
#pragma once

#include "ruralguard/policy_set.hpp"
#include "ruralguard/ruralguard.h"

struct rg_policy_set {
  explicit rg_policy_set(rg::PolicySet s) : set(std::move(s)) {}
  rg::PolicySet set;
};
