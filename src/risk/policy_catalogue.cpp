// The built-in catalogue of sourced policies (docs/policy.md): one row per (province, year), each
// with its source. Nothing else is built in: every other province and year is loaded as data.
#include <string_view>

#include "ruralguard/policy_set.hpp"

namespace rg {
namespace {

struct CatalogueRow {
  std::string_view province;
  int32_t year;
  int64_t yuan;           // threshold amount (ignored when dibao_monthly_yuan is set)
  int64_t dibao_monthly;  // > 0: threshold = dibao_multiple x (dibao_monthly x 12)
  int64_t dibao_multiple;
  std::string_view source;
};

// DOMAIN.md 1.2: only figures read in official sources or their mirrors; the source texts are
// those of earlier releases byte for byte, so stored copies (rg_policies) stay equal.
constexpr CatalogueRow kCatalogue[] = {
    {"00", 2021, 6000, 0, 0,
     "2021 national floor (中农组发〔2021〕7号): 1.5 x the poverty line = 6,000 yuan; "
     "set the province's own figure for later years"},
    {"35", 2023, 10560, 0, 0, "Fujian 2023: 闽振兴函〔2023〕8号 (10,560 yuan)"},
    {"35", 2024, 0, 815, 2, "Fujian 2024 (德化县): 2 x rural 低保 standard 815 yuan/month = 19,560 yuan"},
    {"52", 2023, 7300, 0, 0, "Guizhou 2023: data-check rule 1_02_006 (7,300 yuan; secondary source)"},
    {"53", 2023, 8050, 0, 0, "Yunnan 2023: county notice, 元谋县 (8,050 yuan)"},
    {"53", 2025, 8700, 0, 0, "Yunnan 2025: 云农办通〔2025〕1号 (8,700 yuan)"},
};

Policy policy_of(const CatalogueRow& row) {
  Policy p;
  p.province = std::string(row.province);
  p.year = row.year;
  p.id = "default-" + p.province + "-" + std::to_string(row.year);
  p.effective = Date::from_ymd(row.year, 1, 1);
  p.source = std::string(row.source);
  if (row.dibao_monthly > 0) {
    p.threshold.dibao_multiple = Ratio(row.dibao_multiple, 1);
    p.threshold.dibao_annual = Money::from_yuan(row.dibao_monthly * 12);
    p.threshold.amount = p.threshold.base();
  } else {
    p.threshold.amount = Money::from_yuan(row.yuan);
  }
  return p;
}

}  // namespace

const PolicySet& builtin_policy_catalogue() {
  static const PolicySet catalogue = [] {
    PolicySet set;
    set.id = "builtin-catalogue";
    for (const auto& row : kCatalogue) set.add(policy_of(row));
    return set;
  }();
  return catalogue;
}

}  // namespace rg
