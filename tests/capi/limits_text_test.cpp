// Named limits of the pure entry points: amount text, policy JSON, indicator sets, summary JSON,
// allocation parts, batch row counts and the synthetic county. Each limit is accepted at its
// value and refused one past it with RG_ELIMIT / Error(kLimit) naming the limit and the value.
//
// Row-count limits of 10^7..10^8 rows are too large to fill in a unit test; for those the
// at-limit call carries a deliberately missing column (or option) that is checked after the
// limit, so the test proves the count itself passes and stops at the next check.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <numeric>
#include <string>
#include <vector>

#include "capi/limits_support.hpp"
#include "test_support/fixture_policy.hpp"
#include "ruralguard/indicators.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/policy.hpp"
#include "ruralguard/summary.hpp"
#include "ruralguard/synthetic_county.hpp"

namespace rg::test {
namespace {

std::string padded(std::string text, std::size_t size) {
  text.resize(size, ' ');  // JSON allows any amount of trailing whitespace
  return text;
}

TEST(Limits, MoneyTextAtTheLimitParsesAndOneMoreByteIsRefused) {
  std::string text = "1234.5";
  text.resize(RG_MONEY_TEXT_MAX, '0');  // trailing zeros keep the value
  rg_money out = 0;
  ASSERT_EQ(rg_money_parse(&out, text.data(), text.size(), 0), RG_OK) << last_message();
  EXPECT_EQ(out, 12345000);
  text.push_back('0');
  EXPECT_C_LIMIT(rg_money_parse(&out, text.data(), text.size(), 0), "kTextBytesMax", "257 bytes");
  EXPECT_EQ(out, 12345000);  // unchanged on error
}

TEST(Limits, PolicyJsonAtOneMebibyteLoadsAndOneMoreByteIsRefused) {
  const std::string json = policy_to_json(rg::test::fixture_policy("50", 2024));
  const std::string at_limit = padded(json, RG_POLICY_JSON_MAX);
  rg_policy* policy = nullptr;
  ASSERT_EQ(rg_policy_from_json(&policy, at_limit.data(), at_limit.size()), RG_OK) << last_message();
  rg_policy_free(policy);
  policy = nullptr;
  const std::string past = padded(json, RG_POLICY_JSON_MAX + 1);
  EXPECT_C_LIMIT(rg_policy_from_json(&policy, past.data(), past.size()), "kPolicyJsonBytesMax", "1048577");
  EXPECT_EQ(policy, nullptr);
}

std::string policy_json_with(const char* field, std::size_t bytes) {
  nlohmann::json doc = nlohmann::json::parse(policy_to_json(rg::test::fixture_policy("50", 2024)));
  doc[field] = std::string(bytes, 'p');
  return doc.dump();
}

TEST(Limits, PolicyIdAndSourceAtTheLimitLoadAndOneMoreByteIsRefused) {
  EXPECT_EQ(policy_from_json(policy_json_with("id", RG_POLICY_ID_MAX)).id.size(), RG_POLICY_ID_MAX);
  EXPECT_CPP_LIMIT(outcome_of([] { (void)policy_from_json(policy_json_with("id", RG_POLICY_ID_MAX + 1)); }),
                   "kPolicyIdBytesMax", "65 bytes");
  EXPECT_EQ(policy_from_json(policy_json_with("source", RG_POLICY_SOURCE_MAX)).source.size(), RG_POLICY_SOURCE_MAX);
  EXPECT_CPP_LIMIT(outcome_of([] { (void)policy_from_json(policy_json_with("source", RG_POLICY_SOURCE_MAX + 1)); }),
                   "kPolicySourceBytesMax", "1001 bytes");
  // A policy built in C++ is held to the same bounds when validated (before it is stored).
  Policy p = rg::test::fixture_policy("50", 2024);
  p.id.assign(kPolicyIdBytesMax, 'x');
  EXPECT_TRUE(outcome_of([&] { p.validate(); }).ok);
  p.id.push_back('x');
  EXPECT_CPP_LIMIT(outcome_of([&] { p.validate(); }), "kPolicyIdBytesMax", "65 bytes");
}

IndicatorSet indicators_of(std::size_t count) {
  const Indicator model = default_indicators(Date::from_ymd(2024, 12, 31)).indicators.front();
  IndicatorSet set;
  for (std::size_t i = 0; i < count; ++i) {
    Indicator copy = model;
    copy.id = "indicator_" + std::to_string(i);
    set.indicators.push_back(copy);
  }
  return set;
}

TEST(Limits, IndicatorSetOf64LoadsAnd65AreRefused) {
  EXPECT_EQ(indicators_from_json(indicators_to_json(indicators_of(RG_INDICATORS_MAX))).indicators.size(),
            RG_INDICATORS_MAX);
  const std::string past = indicators_to_json(indicators_of(RG_INDICATORS_MAX + 1));
  EXPECT_CPP_LIMIT(outcome_of([&] { (void)indicators_from_json(past); }), "kIndicatorsMax", "65 indicators");
}

TEST(Limits, IndicatorJsonAtOneMebibyteLoadsAndOneMoreByteIsRefused) {
  const std::string json = indicators_to_json(default_indicators(Date::from_ymd(2024, 12, 31)));
  EXPECT_FALSE(indicators_from_json(padded(json, RG_INDICATORS_JSON_MAX)).indicators.empty());
  const std::string past = padded(json, RG_INDICATORS_JSON_MAX + 1);
  EXPECT_CPP_LIMIT(outcome_of([&] { (void)indicators_from_json(past); }), "kJsonBytesMax", "1048577");
  // The C report call reads indicator JSON through the same check.
  rg_summary* summary = nullptr;
  const std::string empty = R"({"format": "ruralguard.summary/1", "regions": []})";
  ASSERT_EQ(rg_summary_from_json(&summary, empty.data(), empty.size()), RG_OK) << last_message();
  std::size_t length = 0;
  EXPECT_C_LIMIT(rg_report_render(nullptr, 0, &length, summary, 20089, RG_REGION_COUNTY, RG_REPORT_JSON, past.data(),
                                  past.size()),
                 "kJsonBytesMax", "1048577");
  rg_summary_free(summary);
}

TEST(Limits, SummaryJsonUpTo256MebibytesIsParsedAndOneMoreByteIsRefused) {
  // 256 MiB of real summaries would take seconds to build; text of exactly the limit that is
  // malformed from its second byte shows the size passes and parsing starts (RG_EPARSE).
  std::string text(RG_SUMMARY_JSON_MAX + 1, 'x');
  text[0] = '{';
  rg_summary* summary = nullptr;
  EXPECT_EQ(rg_summary_from_json(&summary, text.data(), RG_SUMMARY_JSON_MAX), RG_EPARSE) << last_message();
  EXPECT_C_LIMIT(rg_summary_from_json(&summary, text.data(), text.size()), "kSummaryJsonBytesMax", "268435457");
  EXPECT_EQ(summary, nullptr);
}

TEST(Limits, AllocationOfTenMillionPartsSumsAndOneMoreIsRefused) {
  std::vector<int64_t> weights(RG_ALLOCATE_PARTS_MAX + 1, 1);
  std::vector<rg_money> parts(RG_ALLOCATE_PARTS_MAX, -1);
  const rg_money total = 3 * static_cast<rg_money>(RG_ALLOCATE_PARTS_MAX) + 7;
  ASSERT_EQ(rg_money_allocate(parts.data(), total, weights.data(), RG_ALLOCATE_PARTS_MAX), RG_OK) << last_message();
  EXPECT_EQ(std::accumulate(parts.begin(), parts.end(), rg_money{0}), total);
  EXPECT_EQ(parts.front(), 4);  // the 7 leftover units go to the lowest indexes
  EXPECT_EQ(parts.back(), 3);
  // One past: refused before either array is read or written.
  EXPECT_C_LIMIT(rg_money_allocate(parts.data(), total, weights.data(), RG_ALLOCATE_PARTS_MAX + 1),
                 "RG_ALLOCATE_PARTS_MAX", "10000001");
  EXPECT_EQ(parts.back(), 3);
  // The C++ API has the same bound.
  EXPECT_CPP_LIMIT(outcome_of([&] { (void)allocate(Money::from_units(total), weights); }), "kAllocatePartsMax",
                   "10000001 parts");
}

TEST(Limits, RiskBatchCountPassesAtTheLimitAndIsRefusedOnePast) {
  rg_policy* policy = nullptr;
  ASSERT_EQ(rg::test::fixture_c_policy(&policy, "50", 2024), RG_OK);
  rg_household_columns in{};
  in.struct_size = sizeof in;
  rg_assessment_columns out{};
  out.struct_size = sizeof out;
  in.count = RG_BATCH_ROWS_MAX;  // no columns: the count passes, the missing column stops it
  EXPECT_EQ(rg_risk_assess_batch(nullptr, &out, &in, policy, 20089), RG_EINVAL);
  EXPECT_NE(last_message().find("region_code"), std::string::npos) << last_message();
  in.count = RG_BATCH_ROWS_MAX + 1;
  EXPECT_C_LIMIT(rg_risk_assess_batch(nullptr, &out, &in, policy, 20089), "RG_BATCH_ROWS_MAX", "100000001");
  rg_policy_free(policy);
}

TEST(Limits, SummaryHouseholdCountPassesAtTheLimitAndIsRefusedOnePast) {
  rg_summary_households rows;
  rg_summary_households_init(&rows);
  rg_summary* summary = nullptr;
  rows.count = RG_SUMMARY_HOUSEHOLDS_MAX;  // no region column: stops after the count check
  EXPECT_EQ(rg_summary_from_households(&summary, &rows), RG_EINVAL);
  rows.count = RG_SUMMARY_HOUSEHOLDS_MAX + 1;
  EXPECT_C_LIMIT(rg_summary_from_households(&summary, &rows), "RG_SUMMARY_HOUSEHOLDS_MAX", "100000001");
  EXPECT_EQ(summary, nullptr);
}

TEST(Limits, SyntheticCountyHouseholdsPassAtTheLimitAndAreRefusedOnePast) {
  SyntheticCountyOptions o;
  o.households = SyntheticCountyOptions::kHouseholdsMax;
  o.townships = 0;  // out of range: stops after the household count passed
  const CountySink sink;
  const Outcome at = outcome_of([&] { (void)generate_county(o, sink); });
  EXPECT_EQ(at.code, ErrorCode::kInvalidArgument);
  EXPECT_NE(at.message.find("townships"), std::string::npos) << at.message;
  o.households = SyntheticCountyOptions::kHouseholdsMax + 1;
  EXPECT_CPP_LIMIT(outcome_of([&] { (void)generate_county(o, sink); }), "kHouseholdsMax", "20000001");
}

}  // namespace
}  // namespace rg::test
