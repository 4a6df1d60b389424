// The control: a rules-layer source including core and its own private headers compiles with
// the same include path (so the failures above are the layers, not the probe set-up).
#include "risk/compiled_policy.hpp"
#include "ruralguard/money.hpp"

int rg_probe_downward() { return static_cast<int>(rg::Money::from_units(1).units()); }
