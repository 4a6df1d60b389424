// Policy per household and regimes as data (issue 16, part A).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "ruralguard/error.hpp"
#include "ruralguard/household_table.hpp"
#include "ruralguard/policy_set.hpp"
#include "test_support/fixture_policy.hpp"

namespace rg {
namespace {

Policy with_threshold(Policy p, int64_t yuan) {
  p.threshold.amount = Money::from_yuan(yuan);
  return p;
}

// The 2026 example policy of examples/policies in code form: Yunnan 2026 under the normalised regime.
Policy yunnan_2026_example() {
  Policy p = default_policy("53", 2025);
  p.id = "example-53-2026";
  p.year = 2026;
  p.effective = Date::from_ymd(2026, 1, 1);
  p.source = "example, unverified";
  p.regime = builtin_regime_rules(Regime::kNormalised2026);
  return p;
}

template <typename F>
std::string error_of(F&& f, ErrorCode expected) {
  try {
    f();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), expected) << e.what();
    return e.what();
  }
  ADD_FAILURE() << "no error";
  return {};
}

// DOMAIN.md 1.2: "Never use a single national constant after 2021" — Guangdong 2024 has no
// sourced figure, so there is no policy, and the error names the province and the year.
TEST(PolicyPerHousehold, AnUnknownProvinceOrYearIsANamedErrorNeverTheNationalFloor) {
  const std::string msg = error_of([] { (void)default_policy("44", 2024); }, ErrorCode::kNotFound);
  EXPECT_NE(msg.find("province 44 year 2024"), std::string::npos) << msg;
  EXPECT_NE(msg.find("00/2021"), std::string::npos) << msg;  // what the catalogue has
  EXPECT_NE(error_of([] { (void)default_policy("53", 2024); }, ErrorCode::kNotFound).find("year 2024"),
            std::string::npos);
  EXPECT_NE(error_of([] { (void)default_policy("00", 2024); }, ErrorCode::kNotFound).find("province 00 year 2024"),
            std::string::npos);
  // Malformed codes stay range errors, as before.
  (void)error_of([] { (void)default_policy("XX", 2025); }, ErrorCode::kRange);
}

// DOMAIN.md 1.2: the catalogue holds only sourced figures, each with its source.
TEST(PolicyPerHousehold, TheBuiltInCatalogueIsSourcedDataOnly) {
  const PolicySet& c = builtin_policy_catalogue();
  EXPECT_EQ(c.keys_text(), "00/2021, 35/2023, 35/2024, 52/2023, 53/2023, 53/2025");
  for (const Policy& p : c.policies()) EXPECT_FALSE(p.source.empty()) << p.id;
  EXPECT_EQ(default_policy("00", 2021).threshold.base(), Money::from_yuan(6000));
  EXPECT_EQ(default_policy("53", 2025).source, "Yunnan 2025: 云农办通〔2025〕1号 (8,700 yuan)");
}

// DOMAIN.md §8 item 4: the threshold is looked up by (province, year) of the income period end;
// a province never falls back to "00".
TEST(PolicyPerHousehold, LookupIsByTheHouseholdsProvinceAndTheYearItsIncomePeriodEnds) {
  PolicySet set;
  set.id = "two-provinces";
  set.add(default_policy("53", 2025));
  set.add(with_threshold(test::fixture_policy("35", 2025), 12000));
  set.add(default_policy("00", 2021));
  EXPECT_EQ(set.lookup(530122101001ULL, Date::from_ymd(2025, 12, 31)).threshold.base(), Money::from_yuan(8700));
  EXPECT_EQ(set.lookup(350526101001ULL, Date::from_ymd(2025, 6, 30)).threshold.base(), Money::from_yuan(12000));
  const std::string msg = error_of([&] { (void)set.lookup(440106001001ULL, Date::from_ymd(2024, 12, 31)); },
                                   ErrorCode::kNotFound);
  EXPECT_NE(msg.find("no policy for province 44 year 2024"), std::string::npos) << msg;
  EXPECT_NE(msg.find("'two-provinces' has 00/2021, 35/2025, 53/2025"), std::string::npos) << msg;
  // Period ending in 2026: the 2025 policy does not apply.
  (void)error_of([&] { (void)set.lookup(530122101001ULL, Date::from_ymd(2026, 1, 31)); }, ErrorCode::kNotFound);
}

// DOMAIN.md 1.2: one policy per (province, year) — a second is refused, naming both, nothing added.
TEST(PolicyPerHousehold, TwoPoliciesForTheSameProvinceAndYearAreRefused) {
  PolicySet set;
  set.add(default_policy("53", 2025));
  Policy other = default_policy("53", 2025);
  other.id = "yunnan-copy";
  const std::string msg = error_of([&] { set.add(other); }, ErrorCode::kConflict);
  EXPECT_NE(msg.find("two policies for province 53 year 2025: 'default-53-2025' and 'yunnan-copy'"), std::string::npos)
      << msg;
  EXPECT_EQ(set.size(), 1u);
}

// DOMAIN.md 1.2 (county override) and §8 item 4: a county with households of two provinces is
// assessed under two thresholds; a county override of the set is honoured.
TEST(PolicyPerHousehold, HouseholdsOfTwoProvincesAreAssessedUnderTwoThresholds) {
  HouseholdColumnData t;
  auto row = [&t](uint64_t region, int64_t pci_yuan) {
    t.household_key.push_back(static_cast<int64_t>(t.household_key.size() + 1));
    t.region_code.push_back(region);
    t.kind.push_back(static_cast<uint8_t>(HouseholdKind::kOrdinary));
    t.per_capita_income.push_back(Money::from_yuan(pci_yuan).units());
    t.previous_per_capita_income.push_back(HouseholdColumnData::kMoneyUnknown);
    t.net_income.push_back(Money::from_yuan(pci_yuan * 2).units());
    t.medical_out_of_pocket.push_back(0);
    t.education_out_of_pocket.push_back(0);
    t.income_period_end.push_back(Date::from_ymd(2025, 12, 31).days_since_epoch());
    t.members.push_back(2);
    t.labour_capable.push_back(2);
    for (auto* v : {&t.weak_labour, &t.seriously_ill, &t.chronically_ill, &t.disabled}) v->push_back(0);
    t.guarantee_failures.push_back(0);
    t.events.push_back(0);
  };
  row(530122101001ULL, 10000);  // Yunnan: 8,700 -> above
  row(350526101001ULL, 10000);  // Fujian (德化 county 350526): 12,000 -> below
  PolicySet set;
  set.add(default_policy("53", 2025));
  set.add(with_threshold(test::fixture_policy("35", 2025), 12000));
  const TableAssessment a = assess_table(t, set, Date::from_ymd(2026, 1, 15));
  EXPECT_EQ(a.failed, 0u);
  EXPECT_EQ(a.within_monitoring[0], 0);
  EXPECT_EQ(a.within_monitoring[1], 1);
  ASSERT_EQ(a.policies.size(), 2u);
  EXPECT_EQ(a.policies[0].province, "53");
  EXPECT_EQ(a.policies[1].province, "35");
  // The county override of 德化 (9,000) wins for its county only.
  Policy fj = with_threshold(test::fixture_policy("35", 2025), 12000);
  fj.threshold.county_overrides[350526] = Money::from_yuan(9000);
  PolicySet with_override;
  with_override.add(default_policy("53", 2025));
  with_override.add(fj);
  EXPECT_EQ(assess_table(t, with_override, Date::from_ymd(2026, 1, 15)).within_monitoring[1], 0);
  // Without a set, the built-in catalogue: 35/2025 is not in it -> a named error, no result.
  const std::string msg = error_of([&] { (void)assess_table(t, std::nullopt, Date::from_ymd(2026, 1, 15)); },
                                   ErrorCode::kNotFound);
  EXPECT_NE(msg.find("row 1 (region 350526101001, income period ending 2025-12-31): no policy for province 35 year 2025"),
            std::string::npos)
      << msg;
}

// DOMAIN-2026 §7.3 ThresholdAdjustment: old, new, basis, document, effective date; a bad amount
// or date is a named error and nothing is added.
TEST(PolicyPerHousehold, ThresholdChangesAreRecordsAndBadOnesAreNamed) {
  PolicySet set;
  ThresholdChange c{"53", 2026, std::nullopt, Money::from_yuan(8700), Money::from_yuan(9000), "rural income growth",
                    "example document", Date::from_ymd(2026, 1, 1)};
  set.add_change(c);
  ASSERT_EQ(set.changes().size(), 1u);
  ThresholdChange bad_amount = c;
  bad_amount.new_amount = Money::from_yuan(-1);
  EXPECT_NE(error_of([&] { set.add_change(bad_amount); }, ErrorCode::kRange).find("threshold change 53/2026: new_amount"),
            std::string::npos);
  ThresholdChange bad_date = c;
  bad_date.effective = Date::from_ymd(2031, 1, 1);
  EXPECT_NE(error_of([&] { set.add_change(bad_date); }, ErrorCode::kRange).find("effective: date 2031-01-01"),
            std::string::npos);
  EXPECT_EQ(set.changes().size(), 1u);
  // In JSON form the path is named too.
  const std::string json = R"({"format": "ruralguard-policy-set", "format_version": 1, "policies": [],
    "threshold_changes": [{"province": "53", "year": 2026, "old_amount": "8700", "new_amount": "9000",
    "basis": "CPI", "document": "x", "effective": "2026-02-30"}]})";
  EXPECT_NE(error_of([&] { (void)policy_set_from_json(json); }, ErrorCode::kRange).find("threshold_changes[0].effective"),
            std::string::npos);
}

// DOMAIN.md 1.2: a set in JSON round-trips; a duplicate province+year in JSON is named by path.
TEST(PolicyPerHousehold, APolicySetRoundTripsAndDuplicatesInJsonAreNamed) {
  PolicySet set;
  set.id = "yn";
  set.add(default_policy("53", 2025));
  set.add(yunnan_2026_example());
  set.add_change({"53", 2026, 530122, Money::from_yuan(8700), Money::from_yuan(8700), "unchanged", "example",
                  Date::from_ymd(2026, 1, 1)});
  const std::string text = policy_set_to_json(set);
  EXPECT_EQ(policy_set_to_json(policy_set_from_json(text)), text);
  nlohmann::json doc = nlohmann::json::parse(text);
  doc["policies"].push_back(doc["policies"][0]);
  const std::string msg = error_of([&] { (void)policy_set_from_json(doc.dump()); }, ErrorCode::kConflict);
  EXPECT_NE(msg.find("policies[2]"), std::string::npos) << msg;
  EXPECT_NE(msg.find("two policies for province 53 year 2025"), std::string::npos) << msg;
}

// DOMAIN-2026 §7.3: the regime is chosen by date (2026-01-01 onward normalised) unless the
// policy names one; an unknown regime name is a named error.
TEST(RegimesAsData, TheRegimeIsChosenByDateAndOverridablePerProvince) {
  EXPECT_EQ(regime_for_date(Date::from_ymd(2025, 12, 31)), Regime::kTransition2021To2025);
  EXPECT_EQ(regime_for_date(Date::from_ymd(2026, 1, 1)), Regime::kNormalised2026);
  EXPECT_EQ(regime_rules(default_policy("53", 2025)).regime, Regime::kTransition2021To2025);
  Policy late = test::fixture_policy("50", 2026);
  EXPECT_EQ(regime_rules(late).regime, Regime::kNormalised2026);
  // A province keeps the transition rules in 2026 by saying so.
  nlohmann::json doc = nlohmann::json::parse(policy_to_json(late));
  doc["regime"] = "2021-2025 transition";
  EXPECT_EQ(regime_rules(policy_from_json(doc.dump())).regime, Regime::kTransition2021To2025);
  doc["regime"] = "2027 something";
  const std::string msg = error_of([&] { (void)policy_from_json(doc.dump()); }, ErrorCode::kNotFound);
  EXPECT_NE(msg.find("policy: regime: unknown regime '2027 something'"), std::string::npos) << msg;
  // The rules travel in JSON and back.
  const Policy ex = yunnan_2026_example();
  EXPECT_EQ(policy_to_json(policy_from_json(policy_to_json(ex))), policy_to_json(ex));
}

// DOMAIN.md 1.1 / DOMAIN-2026 §7.2, §7.11: categories, accounting rule and exit rules per regime.
TEST(RegimesAsData, EachRegimeCarriesCategoriesAccountingAndExitRules) {
  const RegimeRules t = builtin_regime_rules(Regime::kTransition2021To2025);
  EXPECT_EQ(t.category_labels[0], "脱贫不稳定户");
  EXPECT_EQ(t.category_labels[1], "边缘易致贫户");
  EXPECT_EQ(t.category_labels[2], "突发严重困难户");
  EXPECT_FALSE(t.accounting.deduct_rigid_expenditure);
  EXPECT_EQ(t.accounting.period_months, 12);
  EXPECT_FALSE(t.exit.assistance_exit);
  EXPECT_FALSE(t.unverified);
  const RegimeRules n = builtin_regime_rules(Regime::kNormalised2026);
  EXPECT_TRUE(n.accounting.deduct_rigid_expenditure);
  EXPECT_EQ(n.accounting.period_months, 12);
  EXPECT_TRUE(n.exit.assistance_exit);
  EXPECT_TRUE(n.unverified);  // the new category names are ✖
  // The transition has no exit from assistance: a policy saying so is refused, named.
  Policy p = default_policy("53", 2025);
  p.regime = t;
  p.regime->exit.assistance_exit = true;
  EXPECT_NE(error_of([&] { p.validate(); }, ErrorCode::kRange).find("regime.exit.assistance_exit"), std::string::npos);
}

// DOMAIN-2026 §7.1 row 7.7 and §7.3: the same household under the 2025 and the 2026 policy; the
// 2026 accounting rule deducts rigid expenditure, and the differences are explained in zh and en.
TEST(RegimesAsData, TheSameHouseholdUnder2025And2026PoliciesWithTheDifferencesExplained) {
  HouseholdFacts f;
  f.region_code = 530122101001ULL;
  f.per_capita_income = Money::from_yuan(10000);
  f.net_income = Money::from_yuan(20000);
  f.medical_out_of_pocket = Money::from_yuan(4000);
  f.members = 2;
  f.labour_capable = 2;
  f.income_period_end = Date::from_ymd(2025, 12, 31);
  const Policy y2025 = default_policy("53", 2025);
  const Policy y2026 = yunnan_2026_example();
  // 2021-2025 rules unchanged: 10,000 >= 8,700, not within.
  EXPECT_FALSE(assess(f, y2025, Date::from_ymd(2026, 1, 15)).within_monitoring);
  const PolicyComparison c = compare_policies(f, y2025, Date::from_ymd(2026, 1, 15), y2026, Date::from_ymd(2026, 1, 15));
  EXPECT_FALSE(c.before.assessment.within_monitoring);
  EXPECT_TRUE(c.after.assessment.within_monitoring);  // 10,000 - 4,000 / 2 = 8,000 < 8,700
  EXPECT_EQ(c.after.accounted_income, Money::from_yuan(8000));
  EXPECT_EQ(c.after.category_label, builtin_regime_rules(Regime::kNormalised2026).category_labels[1]);
  const std::string en = comparison_text(c, 1);
  EXPECT_NE(en.find("regime: 2021-2025 transition -> 2026 normalised"), std::string::npos) << en;
  EXPECT_NE(en.find("per-capita income counted 10,000.00 -> 8,000.00 yuan"), std::string::npos) << en;
  EXPECT_NE(en.find("result: not within monitoring -> within monitoring"), std::string::npos) << en;
  EXPECT_NE(en.find("category: (none) -> "), std::string::npos) << en;
  const std::string zh = comparison_text(c, 0);
  EXPECT_NE(zh.find("收支核算口径"), std::string::npos) << zh;
  EXPECT_NE(zh.find("结果：不在监测范围 → 纳入监测范围"), std::string::npos) << zh;
  const auto j = nlohmann::json::parse(comparison_json(c));
  EXPECT_EQ(j["after"]["regime"], "normalised_2026");
  EXPECT_EQ(j["before"]["threshold"], "8700.00");
}

// DOMAIN-2026 §7.3: "Data from 2021-2025 stays valid under its regime" — existing policies
// assess exactly as before (no regime field written, no deduction).
TEST(RegimesAsData, ExistingPoliciesKeepTheirJsonAndResults) {
  const std::string json = policy_to_json(default_policy("53", 2025));
  EXPECT_EQ(json.find("\"regime\""), std::string::npos);
  EXPECT_FALSE(default_policy("53", 2025).regime.has_value());
}

}  // namespace
}  // namespace rg
