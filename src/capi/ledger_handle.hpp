// Private: the struct behind rg_ledger and conversions between C records and C++ values.
#pragma once

#include "capi/handles.hpp"
#include "ruralguard/date.hpp"
#include "ruralguard/ledger_store.hpp"
#include "ruralguard/ruralguard.h"

struct rg_ledger {
  explicit rg_ledger(rg::Store& s) : ledger(s), store(s) {}
  rg::LedgerStore ledger;
  rg::Store& store;
};

namespace rg::capi {

// Throws Error(kRange) naming `what` when the day count is outside the supported dates.
Date date_arg(rg_date date, const char* what);

}  // namespace rg::capi
