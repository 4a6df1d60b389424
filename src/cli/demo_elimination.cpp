// `ruralguard demo`, step 7: risk elimination (风险消除) of the cases whose assistance worked.
#include <unordered_set>

#include "cli/demo_county.hpp"
#include "ruralguard/cases_repo.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/household_columns.hpp"
#include "ruralguard/households_repo.hpp"
#include "ruralguard/transaction.hpp"

namespace rg::cli {
namespace {

Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

// The 2024 income as verified again at the elimination visit: the assistance (a public-welfare
// job or an industry award) raised the wage so that per-capita net income is 1.25 times the
// threshold (never lowered), and medical assistance (医疗救助) and education aid covered the
// out-of-pocket costs. It replaces the 2024 annual statement, so the county's approval on
// 2025-01-02 sees it; the assessment run recorded earlier keeps what it saw.
IncomeStatement remeasured(const IncomeStatement& annual, Money threshold) {
  IncomeStatement s = annual;
  const Money target = threshold.mul_ratio(5 * s.family_size, 4, Rounding::kHalfUp, 2);
  const Money net = s.wage + s.business_income - s.business_cost + s.property;
  if (net < target) s.wage += target - net;
  s.oop_medical = Money();
  s.oop_education = Money();
  return s;
}

}  // namespace

EliminationCounts eliminate_cases(Store& store, const std::vector<OpenedCase>& cases, const Policy& policy) {
  const Date cutoff = d(2024, 5, 31);
  auto chosen = [&](const OpenedCase& c) { return c.identified <= cutoff && c.measure_start.has_value(); };
  std::unordered_set<int64_t> households;
  for (const OpenedCase& c : cases) {
    if (chosen(c)) households.insert(c.household_key);
  }
  EliminationCounts n;
  if (households.empty()) return n;

  // Remeasured income of the chosen households (their 2024 annual statement as the base).
  HouseholdColumnOptions all;
  all.as_of = d(2024, 12, 31);
  const HouseholdColumnData columns = load_household_columns(store, all);  // row key -> household id
  HouseholdRepository repo(store);
  std::vector<std::pair<IncomeStatement, int64_t>> statements;
  for (std::size_t row = 0; row < columns.size(); ++row) {
    const int64_t key = columns.household_key[row];
    if (!households.contains(key)) continue;
    for (const IncomeStatement& s : repo.income_of(columns.household_id(row))) {
      if (s.kind == IncomePeriod::kAnnual && s.period_end == d(2024, 12, 31)) {
        statements.emplace_back(remeasured(s, policy.threshold.base()), key);
      }
    }
  }
  {
    WriteTransaction tx(store);
    for (const auto& [s, key] : statements) repo.upsert_income(s, key);
    tx.commit();
  }

  CaseRepository repo_cases(store);
  for (const OpenedCase& one : cases) {
    if (!chosen(one)) continue;
    const OpenedCase* c = &one;
    auto step = [&](CaseStep s, Date date) {
      StepInput in;
      in.step = s;
      in.date = date;
      in.actor = "demo";
      return in;
    };
    (void)repo_cases.advance(c->case_id, step(CaseStep::kStartElimination, d(2024, 12, 2)), policy);
    StepInput review = step(CaseStep::kReview, d(2024, 12, 4));
    review.votes_for = 15;
    (void)repo_cases.advance(c->case_id, review, policy);
    StepInput notice = step(CaseStep::kNotice, d(2024, 12, 10));
    notice.notice_start = d(2024, 12, 5);
    notice.notice_end = d(2024, 12, 10);
    (void)repo_cases.advance(c->case_id, notice, policy);
    (void)repo_cases.advance(c->case_id, step(CaseStep::kTownshipApprove, d(2024, 12, 11)), policy);
    n.started += 1;
    // The county approves after the new year: the income-stable date is derived from the
    // statements (issue 16), and the identification period below the threshold ended on
    // 2024-06-30, so six months of stable income are on record from 2025-01-01.
    StepInput approve = step(CaseStep::kCountyApprove, d(2025, 1, 2));
    approve.elimination_kind = EliminationKind::kAided;
    try {
      (void)repo_cases.advance(c->case_id, approve, policy);
      n.eliminated += 1;
    } catch (const Error& e) {
      if (e.code() != ErrorCode::kRefused) throw;
      if (n.first_refusal.empty()) n.first_refusal = e.what();
      StepInput back = step(CaseStep::kReject, d(2025, 1, 2));
      back.note = e.what();
      (void)repo_cases.advance(c->case_id, back, policy);
      n.refused += 1;
    }
  }
  return n;
}

}  // namespace rg::cli
