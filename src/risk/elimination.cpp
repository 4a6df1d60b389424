#include "ruralguard/elimination.hpp"
#include "ruralguard/household_events.hpp"

#include <bit>

#include "risk/compiled_policy.hpp"
#include "ruralguard/error.hpp"

namespace rg {
namespace {

std::string yuan(Money m) { return m.format({.decimals = 2, .thousands_separator = true}); }

bool veto_holds(VetoItem item, const CaseFacts& c, const HouseholdFacts& h, Money threshold) {
  switch (item) {
    case VetoItem::kUninsuredMember: return (h.guarantee_failures & kGuaranteeUninsured) != 0;
    case VetoItem::kUnsafeHouse: return (h.guarantee_failures & kGuaranteeUnsafeHouse) != 0;
    case VetoItem::kUnsafeWater: return (h.guarantee_failures & kGuaranteeUnsafeWater) != 0;
    case VetoItem::kChildOutOfSchool: return (h.guarantee_failures & kGuaranteeChildOutOfSchool) != 0;
    case VetoItem::kSeriousIllness: return h.seriously_ill > 0;
    case VetoItem::kIncomeBelowThreshold: return h.per_capita_income < threshold;
    case VetoItem::kNoContactPerson: return !c.has_contact_person;
  }
  return false;
}

}  // namespace

EliminationCheck check_elimination(const CaseFacts& c, const HouseholdFacts& h, const Policy& policy, Date as_of,
                                   EliminationKind kind) {
  if (as_of < c.identified) {
    throw Error(ErrorCode::kRange, "elimination check: as-of date " + as_of.to_string() +
                                       " is before the identification date " + c.identified.to_string());
  }
  if (c.measures_implemented < 0) throw Error(ErrorCode::kRange, "case: measures_implemented is negative");
  const risk::CompiledPolicy cp(policy, as_of);
  const risk::Outcome now = risk::evaluate(h, cp, nullptr);
  const Money threshold = Money::from_units(now.threshold);
  const auto& rules = policy.elimination;
  EliminationCheck out;
  out.kind = kind;
  auto fail = [&out](EliminationCondition cond, std::string en, std::string zh, std::optional<VetoItem> veto = {}) {
    out.failures.push_back({cond, veto, std::move(en), std::move(zh)});
  };

  const int64_t months = c.identified.whole_months_until(as_of);
  if (months < rules.min_months_monitored) {
    fail(EliminationCondition::kMonthsMonitored,
         "monitored " + std::to_string(months) + " whole months since " +
             (c.clock_from_rollback ? "the rollback of " : "") + c.identified.to_string() + ", needs " +
             std::to_string(rules.min_months_monitored) + " (until " +
             c.identified.add_months(rules.min_months_monitored).to_string() + ")",
         std::string(c.clock_from_rollback ? "回退后监测仅 " : "识别监测仅 ") + std::to_string(months) + " 个月, 须满 " + std::to_string(rules.min_months_monitored) + " 个月");
  }
  if (kind == EliminationKind::kAided && c.measures_implemented < rules.min_measures_implemented) {
    fail(EliminationCondition::kMeasuresImplemented,
         std::to_string(c.measures_implemented) + " assistance measures implemented, needs " +
             std::to_string(rules.min_measures_implemented),
         "已落实帮扶措施 " + std::to_string(c.measures_implemented) + " 项, 至少需要 " +
             std::to_string(rules.min_measures_implemented) + " 项");
  }
  if (!c.income_stable_since || c.income_stable_since->add_months(rules.min_months_income_stable) > as_of) {
    fail(EliminationCondition::kIncomeStable,
         c.income_stable_since ? "income stable only since " + c.income_stable_since->to_string() + ", needs " +
                                     std::to_string(rules.min_months_income_stable) + " months"
                               : "no record of stable income above the threshold",
         "收入稳定未满 " + std::to_string(rules.min_months_income_stable) + " 个月");
  }
  if (h.per_capita_income < threshold) {
    fail(EliminationCondition::kIncomeAboveThreshold,
         "per-capita net income " + yuan(h.per_capita_income) + " yuan is below the threshold " + yuan(threshold) + " yuan",
         "人均纯收入 " + yuan(h.per_capita_income) + " 元低于监测范围 " + yuan(threshold) + " 元");
  }
  if (now.risk_mask & (1u << static_cast<unsigned>(RiskType::kHighRigidExpenditure))) {
    fail(EliminationCondition::kRigidExpenditure, "large rigid expenditure (medical or school costs) is not resolved",
         "大额刚性支出未稳定解决");
  }
  if (h.guarantee_failures != 0) {
    fail(EliminationCondition::kGuarantees, "a 'two assurances, three guarantees' or drinking-water item is not secure",
         "两不愁三保障及饮水安全未全部保障");
  }
  const uint32_t remaining = now.risk_mask & ~(1u << static_cast<unsigned>(RiskType::kHighRigidExpenditure));
  if (remaining != 0) {
    std::string en = "risks still present:";
    std::string zh = "风险仍存在:";
    for (int t = 0; t < kRiskTypeCount; ++t) {
      if (remaining & (1u << t)) {
        en += ' ';
        en += risk_type_code(static_cast<RiskType>(t));
      }
    }
    // "No new risk" (DOMAIN.md 1.9): name the household events of the period that raised one.
    if (h.events != 0) {
      en += "; household events within 12 months before " + as_of.to_string() + ":";
      zh += " " + std::to_string(std::popcount(remaining)) + " 项; 近12个月家庭事件:";
      for (int k = 1; k <= kHouseholdEventKindCount; ++k) {
        const auto ev = static_cast<HouseholdEventKind>(k);
        if (h.events & event_bit(ev)) {
          en += ' ';
          en += household_event_code(ev);
          zh += ' ';
          zh += household_event_name_zh(ev);
        }
      }
    }
    if (h.events == 0) zh += " " + std::to_string(std::popcount(remaining)) + " 项";
    fail(EliminationCondition::kRisksGone, en, zh);
  }
  if (rules.forbid_no_labour && int64_t{h.labour_capable} + h.weak_labour == 0) {
    fail(EliminationCondition::kHasLabour, "the household has no labour at all: keep tracking, do not eliminate",
         "整户无劳动力, 落实保障措施后持续跟踪, 不标注风险消除");
  }
  if (kind == EliminationKind::kAided && rules.forbid_same_or_next_month) {
    const int month_index_identified = c.identified.year() * 12 + c.identified.month();
    const int month_index_now = as_of.year() * 12 + as_of.month();
    if (month_index_now - month_index_identified <= 1) {
      fail(EliminationCondition::kNotTooSoon, "aided elimination in the identification month or the month after",
           "帮扶消除不得在识别当月或次月");
    }
  }
  for (VetoItem item : rules.veto_list) {
    if (veto_holds(item, c, h, threshold)) {
      fail(EliminationCondition::kVeto, "veto item holds: " + std::string(veto_item_code(item)),
           "一项否决: " + std::string(veto_item_code(item)), item);
    }
  }
  out.eligible = out.failures.empty();
  return out;
}

std::vector<ConsistencyFinding> check_post_elimination(const PostEliminationFacts& f) {
  std::vector<ConsistencyFinding> out;
  if (f.kind == EliminationKind::kAided && f.per_capita_income < f.threshold) {
    out.push_back({"4_11_010",
                   "aided elimination with per-capita income " + yuan(f.per_capita_income) + " below the range " +
                       yuan(f.threshold),
                   "帮扶消除但人均纯收入低于省定监测范围"});
  }
  if (f.has_employment_or_public_job_measure && f.wage_income.units() <= 0) {
    out.push_back({"4_11_012", "employment or public-welfare job measure but no wage income",
                   "有就业帮扶或公益岗位措施但无工资性收入"});
  }
  if (f.has_social_security_measure && f.transfer_income.units() <= 0) {
    out.push_back({"4_11_013", "dibao, tekun or disability subsidy measure but no transfer income",
                   "有低保/特困/残疾人补贴措施但无转移性收入"});
  }
  if (f.has_industry_measure && f.business_income.units() <= 0) {
    out.push_back({"5_11_013", "industry assistance measure but no business income", "有产业帮扶措施但无生产经营性收入"});
  }
  return out;
}

}  // namespace rg
