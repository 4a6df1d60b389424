// Test helper: GoogleTest prints rg::Ratio as "num/den" in failure messages.
#pragma once

#include <ostream>

#include "ruralguard/ratio.hpp"

namespace rg {
inline void PrintTo(const Ratio& r, std::ostream* os) { *os << r.to_fraction(); }
}  // namespace rg
