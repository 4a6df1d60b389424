// Private: the columns of each CSV entity (English and Chinese names) and header mapping.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ruralguard/income.hpp"

namespace rg::csv {

enum class Entity : uint8_t { kRegions, kHouseholds, kMembers, kIncome };

struct ColumnDef {
  const char* en;
  const char* zh;
  bool required;
};

namespace region_col {
enum : int { kCode, kName, kFormerPovertyCounty, kKeyAssist, kRelocationSite, kCount };
}
namespace household_col {
enum : int {
  kHouseholdId, kRegion, kType, kRelocated, kPhone, kArable, kForest, kGrainToGreen, kOrchard, kPasture,
  kWater, kHousingArea, kUnsafeHouse, kHouseDamaged, kWaterSafe, kElectricity, kRoadPaved, kCount
};
}
namespace member_col {
enum : int {
  kPersonId, kHouseholdId, kIdNumber, kRelation, kSex, kBirthDate, kEducation, kSchoolStatus, kHealth,
  kDisabilityGrade, kLabour, kMedical, kCriticalIllness, kPension, kDibao, kTekun, kStatus, kCount
};
}
namespace income_col {
enum : int {
  kHouseholdId, kKind, kPeriodStart, kPeriodEnd, kWage, kBusinessIncome, kBusinessCost, kProperty,
  kTransferFirst,  // kTransferFirst + TransferItem value
  kInsurancePayout = kTransferFirst + static_cast<int>(kTransferItemCount),
  kOopMedical, kOopEducation, kFamilySize, kCount
};
}

[[nodiscard]] std::span<const ColumnDef> columns_of(Entity e);
[[nodiscard]] const char* entity_name(Entity e);

// Where each defined column sits in a file: position (0-based) or -1 when absent.
struct HeaderMap {
  std::vector<int> position_of;       // by column id
  std::vector<std::string> names;     // header cells as written, by file position
  [[nodiscard]] bool has(int column) const { return position_of[column] >= 0; }
};

struct HeaderProblem {
  int file_column;  // 1-based, 0 for a missing column
  std::string name;
  std::string rule;
  std::string message;
};

// Maps header cells (trimmed; English names compare case-insensitively) to column ids.
HeaderMap map_header(Entity e, const std::vector<std::string>& cells, std::vector<HeaderProblem>& problems);

}  // namespace rg::csv
