// ruralguard C++ API: a region of the administrative hierarchy with its monitoring flags.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "ruralguard/region_code.hpp"

namespace rg {

// Level of the national or provincial key-assistance programme a region belongs to.
// Values are stored in the database and exported through the C ABI: never renumber.
enum class KeyAssistLevel : uint8_t {
  kNone = 0,
  kNational = 1,    // 国家乡村振兴重点帮扶县
  kProvincial = 2,  // 省级重点帮扶
  kCity = 3,        // 市级重点帮扶
};

struct Region {
  // Longest name (UTF-8 bytes; C: RG_REGION_NAME_MAX). The C ABI and the CSV import check it.
  static constexpr std::size_t kNameBytesMax = 200;

  RegionCode code;
  std::string name;
  // The enclosing region; empty for a province. Derived from the code by default.
  std::optional<RegionCode> parent;
  bool former_poverty_county = false;  // 脱贫县
  KeyAssistLevel key_assist = KeyAssistLevel::kNone;
  bool relocation_site = false;  // 易地搬迁安置区

  [[nodiscard]] RegionLevel level() const { return code.level(); }
};

// A region with its parent filled from the code (no parent for a province).
[[nodiscard]] Region make_region(RegionCode code, std::string name);

}  // namespace rg
