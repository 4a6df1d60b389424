// One household under two policies, differences explained (DOMAIN-2026 §7.3: 2025 and 2026
// results side by side).
#include <nlohmann/json.hpp>

#include "ruralguard/policy_set.hpp"

namespace rg {
namespace {

std::string yuan(Money m) { return m.format({.decimals = 2, .thousands_separator = true}); }

PolicyComparisonSide side_of(const HouseholdFacts& facts, const Policy& policy, Date as_of) {
  PolicyComparisonSide s;
  const RegimeRules rules = regime_rules(policy);
  s.policy_id = policy.id;
  s.province = policy.province;
  s.year = policy.year;
  s.regime = rules.regime;
  s.deduct_rigid_expenditure = rules.accounting.deduct_rigid_expenditure;
  s.assessment = assess(facts, policy, as_of);
  s.threshold = s.assessment.threshold;
  int64_t income = facts.per_capita_income.units();
  if (s.deduct_rigid_expenditure && facts.members > 0) {
    income -= (facts.medical_out_of_pocket.units() + facts.education_out_of_pocket.units()) / facts.members;
  }
  s.accounted_income = Money::from_units(income);
  const auto c = static_cast<std::size_t>(s.assessment.category);
  if (s.assessment.within_monitoring && c >= 1 && c <= 3) s.category_label = rules.category_labels[c - 1];
  return s;
}

const char* level_en(WarningLevel l) {
  switch (l) {
    case WarningLevel::kBlue: return "blue";
    case WarningLevel::kYellow: return "yellow";
    case WarningLevel::kRed: return "red";
    default: return "none";
  }
}
const char* level_zh(WarningLevel l) {
  switch (l) {
    case WarningLevel::kBlue: return "蓝色";
    case WarningLevel::kYellow: return "黄色";
    case WarningLevel::kRed: return "红色";
    default: return "无";
  }
}
std::string regime_zh(Regime r) { return r == Regime::kNormalised2026 ? "2026年常态化帮扶" : "2021-2025年过渡期"; }

}  // namespace

PolicyComparison compare_policies(const HouseholdFacts& facts, const Policy& before, Date before_as_of,
                                  const Policy& after, Date after_as_of) {
  PolicyComparison c;
  c.before = side_of(facts, before, before_as_of);
  c.after = side_of(facts, after, after_as_of);
  const auto& a = c.before;
  const auto& b = c.after;
  auto add = [&c](std::string zh, std::string en) {
    c.differences_zh.push_back(std::move(zh));
    c.differences_en.push_back(std::move(en));
  };
  if (a.regime != b.regime) {
    add("政策阶段：" + regime_zh(a.regime) + " → " + regime_zh(b.regime),
        "regime: " + std::string(regime_name(a.regime)) + " -> " + std::string(regime_name(b.regime)));
  }
  if (a.threshold != b.threshold) {
    add("监测范围（人均纯收入）：" + yuan(a.threshold) + " 元 → " + yuan(b.threshold) + " 元",
        "threshold (per capita): " + yuan(a.threshold) + " -> " + yuan(b.threshold) + " yuan");
  }
  if (a.deduct_rigid_expenditure != b.deduct_rigid_expenditure || a.accounted_income != b.accounted_income) {
    auto rule_zh = [](bool d) { return d ? std::string("扣除刚性支出（合规自付医疗、教育）") : std::string("不扣除刚性支出"); };
    auto rule_en = [](bool d) {
      return d ? std::string("rigid expenditure (compliant out-of-pocket medical and education) deducted")
               : std::string("rigid expenditure not deducted");
    };
    add("收支核算口径：" + rule_zh(a.deduct_rigid_expenditure) + " → " + rule_zh(b.deduct_rigid_expenditure) +
            "；计入人均收入 " + yuan(a.accounted_income) + " 元 → " + yuan(b.accounted_income) + " 元",
        "accounting rule: " + rule_en(a.deduct_rigid_expenditure) + " -> " + rule_en(b.deduct_rigid_expenditure) +
            "; per-capita income counted " + yuan(a.accounted_income) + " -> " + yuan(b.accounted_income) + " yuan");
  }
  if (a.assessment.within_monitoring != b.assessment.within_monitoring) {
    auto zh = [](bool w) { return w ? std::string("纳入监测范围") : std::string("不在监测范围"); };
    auto en = [](bool w) { return w ? std::string("within monitoring") : std::string("not within monitoring"); };
    add("结果：" + zh(a.assessment.within_monitoring) + " → " + zh(b.assessment.within_monitoring),
        "result: " + en(a.assessment.within_monitoring) + " -> " + en(b.assessment.within_monitoring));
  }
  if (a.category_label != b.category_label) {
    auto label = [](const std::string& l, bool en) { return l.empty() ? std::string(en ? "(none)" : "（无）") : l; };
    add("监测对象类别：" + label(a.category_label, false) + " → " + label(b.category_label, false),
        "category: " + label(a.category_label, true) + " -> " + label(b.category_label, true));
  }
  if (a.assessment.level != b.assessment.level || a.assessment.score != b.assessment.score) {
    add("风险预警：" + std::string(level_zh(a.assessment.level)) + "（" + std::to_string(a.assessment.score) + " 分）→ " +
            level_zh(b.assessment.level) + "（" + std::to_string(b.assessment.score) + " 分）",
        "warning: " + std::string(level_en(a.assessment.level)) + " (score " + std::to_string(a.assessment.score) +
            ") -> " + level_en(b.assessment.level) + " (score " + std::to_string(b.assessment.score) + ")");
  }
  if (c.differences_en.empty()) add("两项政策下结果相同", "the same result under both policies");
  return c;
}

std::string comparison_text(const PolicyComparison& c, int language) {
  const bool en = language == 1;
  std::string out = en ? "policy '" + c.before.policy_id + "' (" + c.before.province + "/" + std::to_string(c.before.year) +
                             ") -> policy '" + c.after.policy_id + "' (" + c.after.province + "/" +
                             std::to_string(c.after.year) + ")\n"
                       : "政策 '" + c.before.policy_id + "'（" + c.before.province + "/" + std::to_string(c.before.year) +
                             "）→ 政策 '" + c.after.policy_id + "'（" + c.after.province + "/" +
                             std::to_string(c.after.year) + "）\n";
  for (const std::string& line : en ? c.differences_en : c.differences_zh) out += "- " + line + "\n";
  return out;
}

std::string comparison_json(const PolicyComparison& c) {
  auto side = [](const PolicyComparisonSide& s) {
    return nlohmann::json{{"policy_id", s.policy_id},
                          {"province", s.province},
                          {"year", s.year},
                          {"regime", std::string(regime_code(s.regime))},
                          {"threshold", s.threshold.format({.decimals = 2})},
                          {"accounted_income", s.accounted_income.format({.decimals = 2})},
                          {"deduct_rigid_expenditure", s.deduct_rigid_expenditure},
                          {"within_monitoring", s.assessment.within_monitoring},
                          {"category", static_cast<int>(s.assessment.category)},
                          {"category_label", s.category_label},
                          {"level", static_cast<int>(s.assessment.level)},
                          {"score", s.assessment.score}};
  };
  nlohmann::json j{{"before", side(c.before)},
                   {"after", side(c.after)},
                   {"differences_zh", c.differences_zh},
                   {"differences_en", c.differences_en}};
  return j.dump(2);
}

}  // namespace rg
