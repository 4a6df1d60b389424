#include "ruralguard/region.hpp"

namespace rg {

Region make_region(RegionCode code, std::string name) {
  Region r{.code = code, .name = std::move(name), .parent = std::nullopt};
  if (code.level() != RegionLevel::kProvince) r.parent = code.parent();
  return r;
}

}  // namespace rg
