// ruralguard C++ API: the rural household (户), the unit of monitoring (DOMAIN.md 1.1, 8.2).
#pragma once

#include <cstdint>
#include <string>

#include "ruralguard/region_code.hpp"

namespace rg {

// Values are stored in the database and exported through the C ABI: never renumber.
enum class HouseholdType : uint8_t {
  kFormerlyPoor = 1,          // 脱贫户
  kFormerlyPoorNoPolicy = 2,  // 脱贫不享受政策户
  kOrdinary = 3,              // 一般农户
};

// True for both kinds of formerly poor household (脱贫户 and 脱贫不享受政策户).
[[nodiscard]] constexpr bool is_formerly_poor(HouseholdType t) {
  return t == HouseholdType::kFormerlyPoor || t == HouseholdType::kFormerlyPoorNoPolicy;
}

// Land areas in hundredths of a mu (亩), so that "3.25" mu is exactly 325.
struct LandAreas {
  int64_t arable_centimu = 0;      // 耕地
  int64_t forest_centimu = 0;      // 林地
  int64_t grain_to_green_centimu = 0;  // 退耕还林
  int64_t orchard_centimu = 0;     // 林果
  int64_t pasture_centimu = 0;     // 牧草地
  int64_t water_centimu = 0;       // 水面
};

struct Household {
  static constexpr std::size_t kIdLengthMax = 64;     // household_id bytes
  static constexpr std::size_t kPhoneLengthMax = 32;  // phone bytes
  static constexpr std::size_t kMembersMax = 50;      // members of one household in a store

  std::string household_id;  // 户编号: the vendor's stable id, unique in a store
  // The village (or lower unit) the household lives in. RegionCode has no empty value: the
  // default is a placeholder every real record replaces.
  RegionCode region = RegionCode::from_value(110000000000ULL);
  HouseholdType type = HouseholdType::kOrdinary;
  bool relocated = false;  // 易地扶贫搬迁户
  std::string phone;       // personal data: exports mask it
  LandAreas land;
  int64_t housing_area_centim2 = 0;  // housing area in 1/100 m²
  bool unsafe_house = false;         // 危房户
  bool house_damaged = false;        // 住房损毁
  bool water_safe = true;            // 解决安全饮用水
  bool electricity = true;           // 通生活用电
  bool road_paved = true;            // 入户道路硬化
};

}  // namespace rg
