// zh-CN and en explanations of an assessment: one line per reason, then a summary.
#include <array>
#include <string>

#include "ruralguard/risk.hpp"

namespace rg {
namespace {

struct Names {
  std::string_view en;
  std::string_view zh;
};

constexpr std::array<Names, kRiskTypeCount> kRiskNames{{
    {"illness", "因病"},
    {"disability", "因残"},
    {"education costs", "因学"},
    {"natural disaster", "因自然灾害"},
    {"accident", "因意外事故"},
    {"unstable employment", "因务工就业不稳"},
    {"failed industry project", "因产业项目失败"},
    {"lack of labour", "缺劳动力"},
    {"housing safety", "因安全住房"},
    {"drinking water safety", "因安全饮水"},
    {"high rigid expenditure", "刚性支出大"},
    {"sharp income drop", "收入大幅缩减"},
    {"other", "其他"},
}};

Names guarantee_name(uint8_t bit) {
  switch (bit) {
    case kGuaranteeChildOutOfSchool: return {"a compulsory-school-age child is out of school", "义务教育阶段适龄儿童少年失学辍学"};
    case kGuaranteeUninsured: return {"a member has no basic medical insurance", "有家庭成员未参加基本医疗保险"};
    case kGuaranteeUnsafeHouse: return {"the house is unsafe or damaged", "住房不安全或损毁"};
    case kGuaranteeUnsafeWater: return {"drinking water is not secured", "饮水安全未保障"};
    case kGuaranteeFood: return {"food or clothing is not secured", "吃穿未保障"};
    default: return {"guarantee", "保障"};
  }
}

// Names by enum value; value 0 (none) also stands for a value out of range.
template <typename E, std::size_t N>
Names name_of(E value, const Names (&names)[N]) {
  const auto i = static_cast<std::size_t>(value);
  return i < N ? names[i] : names[0];
}

Names category_name(MonitoringCategory c) {
  static constexpr Names kNames[] = {{"not within monitoring", "不属于监测范围"},
                                     {"unstable formerly poor household", "脱贫不稳定户"},
                                     {"marginal household at risk of poverty", "边缘易致贫户"},
                                     {"household in sudden severe difficulty", "突发严重困难户"}};
  return name_of(c, kNames);
}

Names level_name(WarningLevel l) {
  static constexpr Names kNames[] = {{"none", "无"}, {"blue", "蓝色"}, {"yellow", "黄色"}, {"red", "红色"}};
  return name_of(l, kNames);
}

std::string yuan(Money m) { return m.format({.decimals = 2, .thousands_separator = true}); }

std::string pts(int32_t points, bool zh) {
  return " (" + std::string(points >= 0 ? "+" : "") + std::to_string(points) + (zh ? "分)" : " points)");
}

std::string reason_line(const Reason& r, bool zh) {
  switch (r.code) {
    case ReasonCode::kIncomeBelowThreshold:
      return zh ? "家庭年人均纯收入 " + yuan(r.value) + " 元低于监测范围 " + yuan(r.limit) + " 元" + pts(r.points, zh)
                : "per-capita net income " + yuan(r.value) + " yuan is below the monitoring threshold " + yuan(r.limit) +
                      " yuan" + pts(r.points, zh);
    case ReasonCode::kIncomeGap:
      return zh ? "收入低于监测范围 " + std::to_string(r.detail * 10) + "% 以上" + pts(r.points, zh)
                : "income falls short of the threshold by at least " + std::to_string(r.detail * 10) + "%" + pts(r.points, zh);
    case ReasonCode::kRiskType: {
      const auto& n = kRiskNames[static_cast<std::size_t>(r.risk)];
      std::string line = zh ? "风险类型: " + std::string(n.zh) : "risk: " + std::string(n.en);
      if (!r.value.is_zero() || !r.limit.is_zero()) {
        line += zh ? " (" + yuan(r.value) + " 元, 界限 " + yuan(r.limit) + " 元)"
                   : " (" + yuan(r.value) + " yuan against " + yuan(r.limit) + " yuan)";
      }
      return line + pts(r.points, zh);
    }
    case ReasonCode::kGuaranteeFailure: {
      const Names n = guarantee_name(r.detail);
      return (zh ? "保障缺失: " + std::string(n.zh) : "guarantee failed: " + std::string(n.en)) + pts(r.points, zh);
    }
    case ReasonCode::kRigidExpenditureAfterIncome:
      return zh ? "扣除刚性支出后人均收入 " + yuan(r.value) + " 元低于监测范围 " + yuan(r.limit) + " 元"
                : "per-capita income after rigid spending " + yuan(r.value) + " yuan is below the threshold " +
                      yuan(r.limit) + " yuan";
  }
  return {};
}

}  // namespace

std::string explain(const Assessment& a, Language language) {
  const bool zh = language == Language::kZhCN;
  const Names cat = category_name(a.category);
  const Names lvl = level_name(a.level);
  std::string out;
  if (zh) {
    out = std::string(a.within_monitoring ? "纳入监测: " : "不纳入监测: ") + std::string(cat.zh) + "; 风险分 " +
          std::to_string(a.score) + "; 预警等级 " + std::string(lvl.zh);
    if (a.next_visit) out += "; 下次走访 " + a.next_visit->to_string();
  } else {
    out = std::string(a.within_monitoring ? "within monitoring: " : "not monitored: ") + std::string(cat.en) +
          "; score " + std::to_string(a.score) + "; warning level " + std::string(lvl.en);
    if (a.next_visit) out += "; next visit " + a.next_visit->to_string();
  }
  out += "\n";
  for (const auto& r : a.reasons) out += "  - " + reason_line(r, zh) + "\n";
  return out;
}

}  // namespace rg
