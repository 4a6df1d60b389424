#include <bit>
#include <climits>

#include "risk/compiled_policy.hpp"
#include "ruralguard/error.hpp"

namespace rg::risk {
namespace {

constexpr int64_t kShareTermMax = INT32_MAX;

Share compile_share(const Ratio& r, const char* field) {
  Share s;
  if (!r.to_int64_pair(s.num, s.den) || s.num > kShareTermMax || s.den > kShareTermMax || s.num < 0) {
    throw Error(ErrorCode::kRange, std::string("policy: ") + field +
                                       ": numerator and denominator must be at most 2^31-1");
  }
  return s;
}

// a * share.num > b * share.den, exactly (128-bit).
bool exceeds(int64_t a, int64_t b, const Share& share) {
  return static_cast<int128>(a) * share.den > static_cast<int128>(b) * share.num;
}

[[noreturn]] void bad_fact(const char* field, const std::string& why) {
  throw Error(ErrorCode::kRange, std::string("household facts: ") + field + ": " + why);
}

void check_facts(const HouseholdFacts& f, Date as_of) {
  if (f.members < 1) bad_fact("members", "must be at least 1, got " + std::to_string(f.members));
  auto count = [&](int32_t v, const char* field) {
    if (v < 0 || v > f.members) {
      bad_fact(field, "must be 0.." + std::to_string(f.members) + " (members), got " + std::to_string(v));
    }
  };
  count(f.labour_capable, "labour_capable");
  count(f.weak_labour, "weak_labour");
  count(f.seriously_ill, "seriously_ill");
  count(f.chronically_ill, "chronically_ill");
  count(f.disabled, "disabled");
  if (int64_t{f.labour_capable} + f.weak_labour > f.members) bad_fact("labour_capable + weak_labour", "exceeds members");
  if (f.medical_out_of_pocket.is_negative()) bad_fact("medical_out_of_pocket", "must not be negative");
  if (f.education_out_of_pocket.is_negative()) bad_fact("education_out_of_pocket", "must not be negative");
  if (f.kind != HouseholdKind::kFormerlyPoor && f.kind != HouseholdKind::kFormerlyPoorNoPolicy &&
      f.kind != HouseholdKind::kOrdinary) {
    // An enum value out of its range is an invalid argument, as at the C ABI (docs/c-abi.md), so a
    // batch row and the single call give the same status.
    throw Error(ErrorCode::kInvalidArgument, "household facts: kind " + std::to_string(static_cast<int>(f.kind)) +
                                                 " is not an RG_HOUSEHOLD_* value (1..3)");
  }
  if (as_of < f.income_period_end) {
    throw Error(ErrorCode::kRange, "as-of date " + as_of.to_string() + " is before the end of the income period " +
                                       f.income_period_end.to_string());
  }
}

bool formerly_poor(HouseholdKind k) { return k == HouseholdKind::kFormerlyPoor || k == HouseholdKind::kFormerlyPoorNoPolicy; }

}  // namespace

CompiledPolicy::CompiledPolicy(const Policy& p, Date as_of_date) : policy(&p), as_of(as_of_date) {
  p.validate();
  base_threshold = p.threshold.base().units();
  has_county_overrides = !p.threshold.county_overrides.empty();
  deduct_rigid_expenditure = regime_rules(p).accounting.deduct_rigid_expenditure;
  medical_formerly_poor = p.screening.medical_oop_formerly_poor.units();
  medical_other = p.screening.medical_oop_other.units();
  school_cost = p.screening.school_cost.units();
  rigid = compile_share(p.screening.rigid_expenditure_share, "screening.rigid_expenditure_share");
  drop = compile_share(p.screening.income_drop_share, "screening.income_drop_share");
  lack_of_labour = compile_share(p.screening.lack_of_labour_share, "screening.lack_of_labour_share");
  weights = p.weights;
  cutoffs = p.cutoffs;
  next_visit[static_cast<std::size_t>(WarningLevel::kNone)] = INT32_MIN;
  next_visit[static_cast<std::size_t>(WarningLevel::kBlue)] = as_of.add_months(p.visits.blue_months).days_since_epoch();
  next_visit[static_cast<std::size_t>(WarningLevel::kYellow)] = as_of.add_months(p.visits.yellow_months).days_since_epoch();
  next_visit[static_cast<std::size_t>(WarningLevel::kRed)] = as_of.add_days(p.visits.red_days).days_since_epoch();
}

namespace {

// What every phase of evaluate() reads, computed once.
struct Amounts {
  int64_t threshold = 0;
  int64_t income = 0;      // per capita as the regime's accounting rule counts it
  int64_t raw_income = 0;  // per capita as stated
  int64_t medical = 0;
  int64_t education = 0;
  int64_t medical_screen = 0;  // the medical out-of-pocket screen for this household type
  int64_t rigid_spending = 0;  // medical + education
  bool income_below = false;
  bool below_after_rigid = false;  // income left after rigid spending, per person, below the threshold
};

Amounts amounts_of(const HouseholdFacts& f, const CompiledPolicy& cp) {
  Amounts a;
  a.threshold = cp.threshold_for(f.region_code);
  a.income = f.per_capita_income.units();
  a.raw_income = a.income;
  a.medical = f.medical_out_of_pocket.units();
  a.education = f.education_out_of_pocket.units();
  a.medical_screen = formerly_poor(f.kind) ? cp.medical_formerly_poor : cp.medical_other;
  a.rigid_spending = a.medical + a.education;  // both <= int64 max / 2 in practice; checked here
  if (a.rigid_spending < a.medical) bad_fact("medical + education out-of-pocket", "overflow");
  // 2026 accounting rule 收支核算口径 (DOMAIN-2026 §7.3): compliant out-of-pocket medical and
  // education spending per member is deducted from per-capita income (truncated to the unit).
  if (cp.deduct_rigid_expenditure && f.members > 0) a.income -= a.rigid_spending / f.members;
  a.income_below = a.income < a.threshold;
  // 支出型困难: income * members - spending < threshold * members.
  a.below_after_rigid = a.rigid_spending > 0 && static_cast<int128>(a.raw_income) * f.members - a.rigid_spending <
                                                    static_cast<int128>(a.threshold) * f.members;
  return a;
}

// Phase 1: the risk types the facts show (RiskType bits).
uint32_t risk_types(const HouseholdFacts& f, const CompiledPolicy& cp, const Amounts& a) {
  const uint8_t g = f.guarantee_failures;
  uint32_t mask = 0;
  auto set = [&mask](RiskType t) { mask |= 1u << static_cast<unsigned>(t); };
  if (((f.seriously_ill + f.chronically_ill) > 0 && a.medical >= a.medical_screen) || (g & kGuaranteeUninsured)) {
    set(RiskType::kIllness);
  }
  if (f.disabled > 0 && (a.income_below || f.labour_capable == 0)) set(RiskType::kDisability);
  if (a.education >= cp.school_cost && a.education > 0) set(RiskType::kEducation);
  if (g & kGuaranteeChildOutOfSchool) set(RiskType::kEducation);
  if (f.events & kEventNaturalDisaster) set(RiskType::kNaturalDisaster);
  if (f.events & kEventAccident) set(RiskType::kAccident);
  if (f.events & kEventUnstableEmployment) set(RiskType::kUnstableEmployment);
  if (f.events & kEventIndustryFailure) set(RiskType::kIndustryFailure);
  if (f.events & kEventSeriousIllness) set(RiskType::kIllness);
  if (f.events & kEventSuddenExpenditure) set(RiskType::kHighRigidExpenditure);
  // Labour-capable members at most the policy's share of all members (default 1/4).
  const bool few_workers = !exceeds(f.labour_capable, f.members, cp.lack_of_labour);
  if (few_workers && (a.income_below || f.labour_capable == 0)) set(RiskType::kLackOfLabour);
  if (g & kGuaranteeUnsafeHouse) set(RiskType::kHousing);
  if (g & kGuaranteeUnsafeWater) set(RiskType::kDrinkingWater);
  const int64_t net = f.net_income.units();
  if (a.rigid_spending > 0 && (net <= 0 || exceeds(a.rigid_spending, net, cp.rigid))) set(RiskType::kHighRigidExpenditure);
  if (f.previous_per_capita_income && f.previous_per_capita_income->units() > 0) {
    // current < (1 - share) x previous  <=>  current * den < (den - num) * previous
    const int64_t prev = f.previous_per_capita_income->units();
    if (static_cast<int128>(a.raw_income) * cp.drop.den < static_cast<int128>(cp.drop.den - cp.drop.num) * prev) {
      set(RiskType::kIncomeDrop);
    }
  }
  if ((f.events & kEventOther) || (g & kGuaranteeFood)) set(RiskType::kOther);
  return mask;
}

// Phase 2: within the monitoring range, and as which category. Low income with no visible cause
// gets kOther (the cause is found at the home visit).
void decide_category(const HouseholdFacts& f, const Amounts& a, uint32_t& mask, Outcome& out) {
  if (a.income_below) {
    out.within = true;
    out.category = formerly_poor(f.kind) ? MonitoringCategory::kUnstableFormerlyPoor : MonitoringCategory::kMarginal;
    if (mask == 0) mask |= 1u << static_cast<unsigned>(RiskType::kOther);
    return;
  }
  const uint32_t shock_bits = (1u << static_cast<unsigned>(RiskType::kHighRigidExpenditure)) |
                              (1u << static_cast<unsigned>(RiskType::kIncomeDrop)) |
                              (1u << static_cast<unsigned>(RiskType::kNaturalDisaster)) |
                              (1u << static_cast<unsigned>(RiskType::kAccident)) |
                              (1u << static_cast<unsigned>(RiskType::kIllness));
  const bool shock = (mask & shock_bits) != 0;
  const bool severe = (f.events & kEventSevereDifficulty) || a.below_after_rigid;
  if (f.guarantee_failures != 0 || (shock && severe)) {
    out.within = true;
    out.category = MonitoringCategory::kSuddenSevere;
  }
}

// Phase 3: the scorecard, integer points, each with its reason.
int64_t score_of(const HouseholdFacts& f, const CompiledPolicy& cp, const Amounts& a, uint32_t mask,
                 ReasonList* reasons) {
  int64_t score = 0;
  if (a.income_below) {
    score += cp.weights.income_below_threshold;
    if (reasons) reasons->add({ReasonCode::kIncomeBelowThreshold, RiskType::kOther, 0, cp.weights.income_below_threshold,
                               f.per_capita_income, Money::from_units(a.threshold)});
    int64_t tenths =
        a.threshold > 0 ? static_cast<int64_t>((static_cast<int128>(a.threshold) - a.income) * 10 / a.threshold) : 0;
    if (tenths > 10) tenths = 10;
    if (tenths > 0 && cp.weights.income_gap_per_tenth > 0) {
      const auto pts = static_cast<int32_t>(tenths * cp.weights.income_gap_per_tenth);
      score += pts;
      if (reasons) reasons->add({ReasonCode::kIncomeGap, RiskType::kOther, static_cast<uint8_t>(tenths), pts,
                                 f.per_capita_income, Money::from_units(a.threshold)});
    }
  }
  for (uint32_t bits = mask; bits != 0; bits &= bits - 1) {
    const int t = std::countr_zero(bits);
    const int32_t pts = cp.weights.risk[static_cast<std::size_t>(t)];
    score += pts;
    if (reasons) {
      Money value;
      Money limit;
      switch (static_cast<RiskType>(t)) {
        case RiskType::kIllness: value = f.medical_out_of_pocket; limit = Money::from_units(a.medical_screen); break;
        case RiskType::kEducation: value = f.education_out_of_pocket; limit = Money::from_units(cp.school_cost); break;
        case RiskType::kHighRigidExpenditure: value = Money::from_units(a.rigid_spending); limit = f.net_income; break;
        case RiskType::kIncomeDrop: value = f.per_capita_income; limit = *f.previous_per_capita_income; break;
        default: break;
      }
      reasons->add({ReasonCode::kRiskType, static_cast<RiskType>(t), 0, pts, value, limit});
    }
  }
  const uint8_t g = f.guarantee_failures;
  for (uint8_t bit = 1; bit != 0 && bit <= kGuaranteeFood; bit = static_cast<uint8_t>(bit << 1)) {
    if (g & bit) {
      score += cp.weights.guarantee_failure;
      if (reasons) reasons->add({ReasonCode::kGuaranteeFailure, RiskType::kOther, bit, cp.weights.guarantee_failure, {}, {}});
    }
  }
  if (a.below_after_rigid && !a.income_below && reasons) {
    reasons->add({ReasonCode::kRigidExpenditureAfterIncome, RiskType::kOther, 0, 0,
                  Money::from_units(static_cast<int64_t>((static_cast<int128>(a.raw_income) * f.members - a.rigid_spending) /
                                                         f.members)),
                  Money::from_units(a.threshold)});
  }
  return score;
}

// Phase 4: the warning colour; any guarantee failure is red.
WarningLevel level_of(uint8_t guarantee_failures, int64_t score, const WarningCutoffs& cutoffs) {
  if (guarantee_failures != 0 || score >= cutoffs.red) return WarningLevel::kRed;
  if (score >= cutoffs.yellow) return WarningLevel::kYellow;
  if (score >= cutoffs.blue) return WarningLevel::kBlue;
  return WarningLevel::kNone;
}

}  // namespace

Outcome evaluate(const HouseholdFacts& f, const CompiledPolicy& cp, ReasonList* reasons) {
  check_facts(f, cp.as_of);
  const Amounts a = amounts_of(f, cp);
  Outcome out;
  out.threshold = a.threshold;
  uint32_t mask = risk_types(f, cp, a);
  decide_category(f, a, mask, out);
  out.risk_mask = mask;
  const int64_t score = score_of(f, cp, a, mask, reasons);
  out.score = static_cast<int32_t>(score);
  out.level = level_of(f.guarantee_failures, score, cp.cutoffs);
  out.next_visit = cp.next_visit[static_cast<std::size_t>(out.level)];
  return out;
}

}  // namespace rg::risk

namespace rg {

Assessment assess(const HouseholdFacts& facts, const Policy& policy, Date as_of) {
  const risk::CompiledPolicy cp(policy, as_of);
  risk::ReasonList reasons;
  const risk::Outcome o = risk::evaluate(facts, cp, &reasons);
  Assessment a;
  a.within_monitoring = o.within;
  a.category = o.category;
  a.risk_mask = o.risk_mask;
  a.score = o.score;
  a.level = o.level;
  if (o.next_visit != INT32_MIN) a.next_visit = Date::from_days_since_epoch(o.next_visit);
  a.threshold = Money::from_units(o.threshold);
  a.reasons.assign(reasons.items.begin(), reasons.items.begin() + reasons.count);
  return a;
}

}  // namespace rg
