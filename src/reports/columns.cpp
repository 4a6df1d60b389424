// The report's column table: one definition feeds JSON, CSV, HTML and the text report.
#include <functional>

#include "reports/columns.hpp"
#include "ruralguard/monitoring_case.hpp"

namespace rg {

namespace {

using Getter = std::function<std::string(const RegionSummary&, const ReportOptions&)>;

struct Def {
  ReportColumn column;
  Getter get;
};

std::string count(int64_t n) { return std::to_string(n); }
std::string money(Money m) { return m.format({.decimals = 2}); }
std::string rate(const std::optional<Ratio>& r) { return r ? r->to_decimal(4) : std::string(); }

void add(std::vector<Def>& d, std::string id, std::string en, std::string zh, ValueKind kind, Getter g) {
  d.push_back(Def{ReportColumn{std::move(id), std::move(en), std::move(zh), kind}, std::move(g)});
}

const char* const kTypeId[] = {"", "formerly_poor", "formerly_poor_no_policy", "ordinary"};
const char* const kTypeEn[] = {"", "formerly poor", "formerly poor (no policy)", "ordinary"};
const char* const kTypeZh[] = {"", "脱贫户", "脱贫不享受政策户", "一般农户"};
const char* const kCategoryId[] = {"", "unstable", "marginal", "sudden_severe"};
const char* const kCategoryEn[] = {"", "unstable formerly poor", "marginal", "sudden severe difficulty"};
const char* const kCategoryZh[] = {"", "脱贫不稳定户", "边缘易致贫户", "突发严重困难户"};
const char* const kLevelId[] = {"", "blue", "yellow", "red"};
const char* const kLevelZh[] = {"", "蓝色预警", "黄色预警", "红色预警"};
const char* const kStateZh[] = {"",         "风险线索", "入户核实", "信息比对", "民主评议", "村内公示", "乡镇审核",
                                "监测中",   "不纳入",   "消除核实", "消除评议", "消除公示", "消除乡镇审核",
                                "风险消除"};
const char* const kFundId[] = {"central", "provincial", "municipal", "county"};
const char* const kFundZh[] = {"中央", "省级", "市级", "县级"};
const char* const kGroupId[] = {"", "industry", "infrastructure", "other"};
const char* const kGroupZh[] = {"", "产业发展", "基础设施", "其他"};

std::vector<Def> make_defs() {
  std::vector<Def> d;
  add(d, "region", "Region code", "区划代码", ValueKind::kText,
      [](const RegionSummary& s, const ReportOptions&) { return region_text(s.region); });
  add(d, "region_name", "Region", "地区", ValueKind::kText, [](const RegionSummary& s, const ReportOptions& o) {
    auto it = o.region_names.find(s.region);
    return it == o.region_names.end() ? std::string() : it->second;
  });
  add(d, "households", "Households", "户数", ValueKind::kCount,
      [](const RegionSummary& s, const ReportOptions&) { return count(s.households()); });
  add(d, "people", "People", "人数", ValueKind::kCount,
      [](const RegionSummary& s, const ReportOptions&) { return count(s.people()); });
  for (std::size_t t = 1; t < kHouseholdTypeSlots; ++t) {
    add(d, std::string("households_") + kTypeId[t], std::string("Households: ") + kTypeEn[t],
        std::string(kTypeZh[t]) + "户数", ValueKind::kCount,
        [t](const RegionSummary& s, const ReportOptions&) { return count(s.households_by_type[t]); });
    add(d, std::string("people_") + kTypeId[t], std::string("People: ") + kTypeEn[t], std::string(kTypeZh[t]) + "人数",
        ValueKind::kCount, [t](const RegionSummary& s, const ReportOptions&) { return count(s.people_by_type[t]); });
  }
  add(d, "assessed", "Households assessed", "已研判户数", ValueKind::kCount,
      [](const RegionSummary& s, const ReportOptions&) { return count(s.assessed); });
  add(d, "monitored", "Households within monitoring range", "纳入监测范围户数", ValueKind::kCount,
      [](const RegionSummary& s, const ReportOptions&) { return count(s.monitored); });
  add(d, "monitored_formerly_poor", "Formerly poor households within monitoring range", "脱贫户纳入监测范围户数",
      ValueKind::kCount, [](const RegionSummary& s, const ReportOptions&) { return count(s.monitored_formerly_poor); });
  for (std::size_t c = 1; c < kCategorySlots; ++c) {
    add(d, std::string("monitored_") + kCategoryId[c], std::string("Monitored: ") + kCategoryEn[c],
        std::string("监测范围: ") + kCategoryZh[c], ValueKind::kCount,
        [c](const RegionSummary& s, const ReportOptions&) { return count(s.monitored_by_category[c]); });
  }
  for (std::size_t l = 1; l < kLevelSlots; ++l) {
    add(d, std::string("monitored_level_") + kLevelId[l], std::string("Monitored: ") + kLevelId[l] + " warning",
        std::string("监测范围: ") + kLevelZh[l], ValueKind::kCount,
        [l](const RegionSummary& s, const ReportOptions&) { return count(s.monitored_by_level[l]); });
  }
  for (std::size_t st = 1; st < kCaseStateSlots; ++st) {
    const std::string name(case_state_name(static_cast<CaseState>(st)));
    add(d, "cases_" + name, "Cases: " + name, std::string("监测对象: ") + kStateZh[st], ValueKind::kCount,
        [st](const RegionSummary& s, const ReportOptions&) { return count(s.cases_by_state[st]); });
  }
  add(d, "cases_under_monitoring", "Monitored households (risk not eliminated)", "监测对象(风险未消除)",
      ValueKind::kCount, [](const RegionSummary& s, const ReportOptions&) { return count(s.cases_under_monitoring); });
  for (std::size_t c = 1; c < kCategorySlots; ++c) {
    add(d, std::string("cases_") + kCategoryId[c], std::string("Under monitoring: ") + kCategoryEn[c],
        std::string("监测对象: ") + kCategoryZh[c], ValueKind::kCount,
        [c](const RegionSummary& s, const ReportOptions&) { return count(s.cases_by_category[c]); });
  }
  for (std::size_t l = 1; l < kLevelSlots; ++l) {
    add(d, std::string("cases_level_") + kLevelId[l], std::string("Under monitoring: ") + kLevelId[l] + " warning",
        std::string("监测对象: ") + kLevelZh[l], ValueKind::kCount,
        [l](const RegionSummary& s, const ReportOptions&) { return count(s.cases_by_level[l]); });
  }
  add(d, "cases_with_measure", "Under monitoring with a measure", "已落实帮扶措施", ValueKind::kCount,
      [](const RegionSummary& s, const ReportOptions&) { return count(s.cases_with_measure); });
  add(d, "measure_coverage", "Measure coverage", "帮扶措施覆盖率", ValueKind::kRate,
      [](const RegionSummary& s, const ReportOptions&) { return rate(s.measure_coverage()); });
  add(d, "elimination_rate", "Elimination rate", "风险消除率", ValueKind::kRate,
      [](const RegionSummary& s, const ReportOptions&) { return rate(s.elimination_rate()); });
  add(d, "fp_people_with_income", "Formerly poor people with an income record", "有收入记录的脱贫人口",
      ValueKind::kCount, [](const RegionSummary& s, const ReportOptions&) { return count(s.fp_people_with_income); });
  add(d, "fp_income_mean", "Per-capita net income of formerly poor people (yuan)", "脱贫人口人均纯收入(元)",
      ValueKind::kMoney, [](const RegionSummary& s, const ReportOptions&) {
        const auto m = s.fp_income_mean();
        return m ? m->to_decimal(2) : std::string();
      });
  add(d, "fp_income_growth", "Income growth of formerly poor people", "脱贫人口收入增速", ValueKind::kRate,
      [](const RegionSummary& s, const ReportOptions&) { return rate(s.fp_income_growth()); });
  for (std::size_t b = 0; b < kIncomeBucketCount; ++b) {
    const std::string lower = std::to_string(kIncomeBucketLowerYuan[b]);
    const std::string range = b + 1 < kIncomeBucketCount
                                  ? lower + "-" + std::to_string(kIncomeBucketLowerYuan[b + 1])
                                  : lower + " or more";
    const std::string range_zh = b + 1 < kIncomeBucketCount
                                     ? lower + "-" + std::to_string(kIncomeBucketLowerYuan[b + 1])
                                     : lower + "及以上";
    add(d, "fp_people_income_from_" + lower, "Formerly poor people, per-capita income " + range + " yuan",
        "脱贫人口: 人均纯收入 " + range_zh + " 元", ValueKind::kCount,
        [b](const RegionSummary& s, const ReportOptions&) { return count(s.fp_income_people_by_bucket[b]); });
  }
  for (std::size_t f = 0; f < kFundLevelCount; ++f) {
    add(d, std::string("allocated_") + kFundId[f], std::string("Funds allocated: ") + kFundId[f] + " (yuan)",
        std::string(kFundZh[f]) + "资金已下达(元)", ValueKind::kMoney,
        [f](const RegionSummary& s, const ReportOptions&) { return money(s.funds_allocated[f]); });
    add(d, std::string("disbursed_") + kFundId[f], std::string("Funds disbursed: ") + kFundId[f] + " (yuan)",
        std::string(kFundZh[f]) + "资金已支出(元)", ValueKind::kMoney,
        [f](const RegionSummary& s, const ReportOptions&) { return money(s.funds_disbursed[f]); });
    add(d, std::string("progress_") + kFundId[f], std::string("Disbursement progress: ") + kFundId[f],
        std::string(kFundZh[f]) + "资金支出进度", ValueKind::kRate, [f](const RegionSummary& s, const ReportOptions&) {
          return rate(s.progress(static_cast<FundLevel>(f + 1)));
        });
  }
  add(d, "allocated_total", "Funds allocated (yuan)", "资金已下达合计(元)", ValueKind::kMoney,
      [](const RegionSummary& s, const ReportOptions&) { return money(s.allocated_total()); });
  add(d, "disbursed_total", "Funds disbursed (yuan)", "资金已支出合计(元)", ValueKind::kMoney,
      [](const RegionSummary& s, const ReportOptions&) { return money(s.disbursed_total()); });
  add(d, "progress_total", "Disbursement progress", "资金支出进度", ValueKind::kRate,
      [](const RegionSummary& s, const ReportOptions&) { return rate(s.progress_total()); });
  add(d, "industry_disbursed", "Disbursed on industry (yuan)", "产业发展支出(元)", ValueKind::kMoney,
      [](const RegionSummary& s, const ReportOptions&) { return money(s.industry_disbursed); });
  add(d, "industry_share", "Industry share", "产业发展资金占比", ValueKind::kRate,
      [](const RegionSummary& s, const ReportOptions&) { return rate(s.industry_share()); });
  add(d, "projects", "Projects", "项目数", ValueKind::kCount,
      [](const RegionSummary& s, const ReportOptions&) { return count(s.projects()); });
  for (std::size_t g = 1; g < kProjectGroupSlots; ++g) {
    add(d, std::string("projects_") + kGroupId[g], std::string("Projects: ") + kGroupId[g],
        std::string(kGroupZh[g]) + "项目数", ValueKind::kCount,
        [g](const RegionSummary& s, const ReportOptions&) { return count(s.projects_by_group[g]); });
  }
  add(d, "projects_completed", "Projects completed", "完工项目数", ValueKind::kCount,
      [](const RegionSummary& s, const ReportOptions&) { return count(s.projects_completed()); });
  add(d, "completion_rate", "Project completion rate", "项目完工率", ValueKind::kRate,
      [](const RegionSummary& s, const ReportOptions&) { return rate(s.completion_rate()); });
  add(d, "assets", "Project assets", "项目资产数", ValueKind::kCount, [](const RegionSummary& s, const ReportOptions&) {
    int64_t n = 0;
    for (const auto& [k, t] : s.assets) n += t.count;
    return count(n);
  });
  add(d, "assets_value", "Project asset value (yuan)", "项目资产原值(元)", ValueKind::kMoney,
      [](const RegionSummary& s, const ReportOptions&) {
        Money v;
        for (const auto& [k, t] : s.assets) v += t.value;
        return money(v);
      });
  add(d, "assets_income", "Asset income (yuan)", "资产收益(元)", ValueKind::kMoney,
      [](const RegionSummary& s, const ReportOptions&) {
        Money v;
        for (const auto& [k, t] : s.assets) v += t.income;
        return money(v);
      });
  return d;
}

const std::vector<Def>& defs() {
  static const std::vector<Def> d = make_defs();
  return d;
}

}  // namespace

const std::vector<ReportColumn>& report_columns() {
  static const std::vector<ReportColumn> columns = [] {
    std::vector<ReportColumn> c;
    for (const Def& d : defs()) c.push_back(d.column);
    return c;
  }();
  return columns;
}

std::vector<std::string> report_values(const RegionSummary& summary, const ReportOptions& options) {
  std::vector<std::string> v;
  v.reserve(defs().size());
  for (const Def& d : defs()) v.push_back(d.get(summary, options));
  return v;
}

std::size_t report_column_index(std::string_view id) {
  const auto& c = report_columns();
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (c[i].id == id) return i;
  }
  return c.size();
}

}  // namespace rg
