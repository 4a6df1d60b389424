#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "ruralguard/error.hpp"
#include "test_support/fixture_policy.hpp"
#include "ruralguard/policy.hpp"

namespace rg {
namespace {

std::string error_of(const std::string& json_text) {
  try {
    (void)policy_from_json(json_text);
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

nlohmann::json default_json() { return nlohmann::json::parse(policy_to_json(default_policy("53", 2025))); }

TEST(Policy, DefaultsCarryTheDocumentedThresholds) {
  EXPECT_EQ(default_policy("00", 2021).threshold.base(), Money::from_yuan(6000));
  EXPECT_EQ(default_policy("53", 2025).threshold.base(), Money::from_yuan(8700));
  EXPECT_EQ(default_policy("35", 2023).threshold.base(), Money::from_yuan(10560));
  // Fujian 2024 (Dehua): 2 x 815 yuan/month x 12 = 19,560 by formula.
  const Policy fj = default_policy("35", 2024);
  ASSERT_TRUE(fj.threshold.dibao_multiple.has_value());
  EXPECT_EQ(fj.threshold.base(), Money::from_yuan(19560));
  EXPECT_EQ(fj.visits.red_days, 15);
  EXPECT_EQ(fj.visits.yellow_months, 1);
  EXPECT_EQ(fj.visits.blue_months, 3);
  EXPECT_EQ(fj.elimination.min_months_monitored, 6);
}

TEST(Policy, CountyOverrideWinsForItsCountyOnly) {
  Policy p = rg::test::fixture_policy("50", 2023);
  p.threshold.county_overrides[500112] = Money::from_yuan(7000);
  EXPECT_EQ(p.threshold.for_region(500112001001ULL), Money::from_yuan(7000));
  EXPECT_EQ(p.threshold.for_region(500113001001ULL), Money::from_yuan(6000));
}

TEST(PolicyJson, RoundTripsExactly) {
  Policy p = default_policy("35", 2024);
  p.threshold.county_overrides[350526] = Money::parse("19560.50");
  p.elimination.veto_list.push_back(VetoItem::kNoContactPerson);
  p.screening.income_drop_share = Ratio(1, 3);
  const Policy q = policy_from_json(policy_to_json(p));
  EXPECT_EQ(policy_to_json(q), policy_to_json(p));
  EXPECT_EQ(q.threshold.base(), Money::from_yuan(19560));
  EXPECT_EQ(q.threshold.county_overrides.at(350526), Money::parse("19560.50"));
  EXPECT_EQ(q.screening.income_drop_share, Ratio(1, 3));
  EXPECT_EQ(q.elimination.veto_list.back(), VetoItem::kNoContactPerson);
}

TEST(PolicyJson, MissingFieldIsNamed) {
  auto j = default_json();
  j["cutoffs"].erase("yellow");
  EXPECT_EQ(error_of(j.dump()), "policy: cutoffs.yellow: missing field");
  auto k = default_json();
  k.erase("threshold");
  EXPECT_EQ(error_of(k.dump()), "policy: threshold: missing field");
}

TEST(PolicyJson, UnknownFieldIsNamed) {
  auto j = default_json();
  j["weights"]["risk"]["illnes"] = 3;
  EXPECT_EQ(error_of(j.dump()), "policy: weights.risk.illnes: unknown field");
  auto k = default_json();
  k["colour"] = "red";
  EXPECT_EQ(error_of(k.dump()), "policy: colour: unknown field");
}

TEST(PolicyJson, OutOfRangeAndWrongTypesAreNamed) {
  auto j = default_json();
  j["weights"]["risk"]["illness"] = -3;
  EXPECT_EQ(error_of(j.dump()), "policy: weights.risk.illness: expected an integer 0..1000, got -3");
  auto k = default_json();
  k["threshold"]["amount"] = 6000.5;
  EXPECT_NE(error_of(k.dump()).find("policy: threshold.amount: expected an amount as a string"), std::string::npos);
  auto l = default_json();
  l["threshold"]["amount"] = "60,00";
  EXPECT_NE(error_of(l.dump()).find("policy: threshold.amount: amount '60,00'"), std::string::npos);
  auto m = default_json();
  m["cutoffs"]["blue"] = 70;
  EXPECT_NE(error_of(m.dump()).find("policy: cutoffs: must satisfy 0 < blue <= yellow <= red"), std::string::npos);
  auto n = default_json();
  n["effective"] = "2025-2-1";
  EXPECT_NE(error_of(n.dump()).find("policy: effective: date '2025-2-1'"), std::string::npos);
  auto o = default_json();
  o["elimination"]["veto_list"].push_back("bad_luck");
  EXPECT_NE(error_of(o.dump()).find("policy: elimination.veto_list[4]: unknown veto item"), std::string::npos);
  auto q = default_json();
  q["screening"]["lack_of_labour_share"] = "5/4";
  EXPECT_NE(error_of(q.dump()).find("screening.lack_of_labour_share: must be a share between 0 and 1"), std::string::npos);
  EXPECT_NE(error_of("{\"format\": ").find("policy: not valid JSON"), std::string::npos);
  EXPECT_EQ(error_of("[]"), "policy: (top level): expected an object");
}

}  // namespace
}  // namespace rg

#include "ruralguard/income.hpp"

namespace rg {
namespace {

TEST(PolicyIncomeItems, UnknownItemCodesAreRefusedAndTheTableFollowsThePolicy) {
  Policy p = default_policy("53", 2025);
  p.excluded_income_items.push_back("lottery");
  try {
    p.validate();
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("excluded_income_items[8]: unknown transfer item 'lottery'"),
              std::string::npos) << e.what();
  }
  p = default_policy("53", 2025);
  p.excluded_income_items.push_back("dibao");  // a province that leaves 低保 out
  const IncomeItemPolicy items = income_item_policies(p).find(53, 2025);
  EXPECT_FALSE(items.counts(TransferItem::kDibao));
  EXPECT_FALSE(items.counts(TransferItem::kCondolence));
  EXPECT_TRUE(items.counts(TransferItem::kPension));
  // A national policy applies to every province.
  EXPECT_FALSE(income_item_policies(default_policy("00", 2021)).find(35, 2021).counts(TransferItem::kOneOffRelief));
}

}  // namespace
}  // namespace rg
