#include "csv/columns.hpp"

#include "csv/codes.hpp"

#include <cctype>
#include <string_view>

namespace rg::csv {
namespace {

constexpr ColumnDef kRegionCols[] = {
    {"code", "区划代码", true},
    {"name", "名称", true},
    {"former_poverty_county", "是否脱贫县", false},
    {"key_assist", "重点帮扶级别", false},
    {"relocation_site", "是否安置区", false},
};
constexpr ColumnDef kHouseholdCols[] = {
    {"household_id", "户编号", true},
    {"region", "区划代码", true},
    {"type", "户类型", true},
    {"relocated", "是否易地搬迁户", false},
    {"phone", "联系电话", false},
    {"arable_mu", "耕地面积", false},
    {"forest_mu", "林地面积", false},
    {"grain_to_green_mu", "退耕还林面积", false},
    {"orchard_mu", "林果面积", false},
    {"pasture_mu", "牧草地面积", false},
    {"water_mu", "水面面积", false},
    {"housing_area_m2", "住房面积", false},
    {"unsafe_house", "是否危房户", false},
    {"house_damaged", "是否住房损毁", false},
    {"water_safe", "是否解决安全饮用水", false},
    {"electricity", "是否通生活用电", false},
    {"road_paved", "入户道路是否硬化", false},
};
constexpr ColumnDef kMemberCols[] = {
    {"person_id", "人编号", true},
    {"household_id", "户编号", true},
    {"id_number", "证件号码", true},
    {"relation", "与户主关系", true},
    {"sex", "性别", true},
    {"birth_date", "出生日期", true},
    {"education", "文化程度", false},
    {"school_status", "在校生状况", false},
    {"health", "健康状况", false},
    {"disability_grade", "残疾等级", false},
    {"labour", "劳动技能", true},
    {"medical_insurance", "基本医疗保险", true},
    {"critical_illness", "是否参加大病保险", false},
    {"pension", "是否参加养老保险", false},
    {"dibao", "是否享受低保", false},
    {"tekun", "是否特困供养", false},
    {"status", "人员状态", false},
};

// Income columns are built once: the transfer items take their names from the item table.
struct IncomeCols {
  std::array<ColumnDef, income_col::kCount> cols{};
  std::array<std::string, kTransferItemCount> en_names;
  std::array<std::string, kTransferItemCount> zh_names;
  IncomeCols() {
    using namespace income_col;
    cols[kHouseholdId] = {"household_id", "户编号", true};
    cols[kKind] = {"kind", "收入类型", true};
    cols[kPeriodStart] = {"period_start", "起始日期", true};
    cols[kPeriodEnd] = {"period_end", "截止日期", true};
    cols[kWage] = {"wage", "工资性收入", false};
    cols[kBusinessIncome] = {"business_income", "生产经营性收入", false};
    cols[kBusinessCost] = {"business_cost", "生产经营性支出", false};
    cols[kProperty] = {"property", "财产性收入", false};
    for (std::size_t i = 0; i < kTransferItemCount; ++i) {
      en_names[i] = "transfer_" + std::string(transfer_item_code(static_cast<TransferItem>(i)));
      zh_names[i] = std::string(transfer_item_label_zh(static_cast<TransferItem>(i)));
      cols[kTransferFirst + static_cast<int>(i)] = {en_names[i].c_str(), zh_names[i].c_str(), false};
    }
    cols[kInsurancePayout] = {"insurance_payout", "理赔收入", false};
    cols[kOopMedical] = {"oop_medical", "合规自付医疗支出", false};
    cols[kOopEducation] = {"oop_education", "合规自付教育支出", false};
    cols[kFamilySize] = {"family_size", "家庭人口数", true};
  }
};

const IncomeCols& income_cols() {
  static const IncomeCols cols;
  return cols;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}


}  // namespace

std::span<const ColumnDef> columns_of(Entity e) {
  switch (e) {
    case Entity::kRegions: return kRegionCols;
    case Entity::kHouseholds: return kHouseholdCols;
    case Entity::kMembers: return kMemberCols;
    case Entity::kIncome: return income_cols().cols;
  }
  return {};
}

const char* entity_name(Entity e) {
  switch (e) {
    case Entity::kRegions: return "regions";
    case Entity::kHouseholds: return "households";
    case Entity::kMembers: return "members";
    case Entity::kIncome: return "income";
  }
  return "?";
}

HeaderMap map_header(Entity e, const std::vector<std::string>& cells, std::vector<HeaderProblem>& problems) {
  const auto defs = columns_of(e);
  HeaderMap map;
  map.position_of.assign(defs.size(), -1);
  map.names = cells;
  for (std::size_t pos = 0; pos < cells.size(); ++pos) {
    const std::string_view cell = trim(cells[pos]);
    int found = -1;
    for (std::size_t c = 0; c < defs.size(); ++c) {
      if (iequals(cell, defs[c].en) || cell == defs[c].zh) {
        found = static_cast<int>(c);
        break;
      }
    }
    const int file_column = static_cast<int>(pos) + 1;
    if (found < 0) {
      problems.push_back({file_column, std::string(cell), "csv.header",
                          "unknown column '" + std::string(cell) + "' in the " + entity_name(e) + " header"});
    } else if (map.position_of[found] >= 0) {
      problems.push_back({file_column, std::string(cell), "csv.header",
                          "column '" + std::string(cell) + "' appears twice (also column " +
                              std::to_string(map.position_of[found] + 1) + ")"});
    } else {
      map.position_of[found] = static_cast<int>(pos);
    }
  }
  for (std::size_t c = 0; c < defs.size(); ++c) {
    if (defs[c].required && map.position_of[c] < 0) {
      problems.push_back({0, defs[c].en, "csv.header",
                          std::string("required column '") + defs[c].en + "' (" + defs[c].zh + ") is missing"});
    }
  }
  return map;
}

}  // namespace rg::csv
