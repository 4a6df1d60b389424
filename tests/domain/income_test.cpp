#include <gtest/gtest.h>

#include "ruralguard/error.hpp"
#include "ruralguard/income.hpp"

namespace rg {
namespace {

Money yuan(std::string_view text) { return Money::parse(text); }

IncomeStatement four_person_statement() {
  IncomeStatement s;
  s.household_id = "500112001001-0001";
  s.period_start = Date::parse("2023-01-01");
  s.period_end = Date::parse("2023-12-31");
  s.wage = yuan("24000");
  s.business_income = yuan("10000");
  s.business_cost = yuan("3000");
  s.property = yuan("500");
  s.transfer(TransferItem::kPension) = yuan("1200");
  s.transfer(TransferItem::kDibao) = yuan("3000");
  s.transfer(TransferItem::kCondolence) = yuan("500");           // one-off: excluded by default
  s.transfer(TransferItem::kRelocationSubsidy) = yuan("10000");  // earmarked: excluded by default
  s.insurance_payout = yuan("8000");  // kept beside the formula, never added
  s.oop_medical = yuan("6000");
  s.family_size = 4;
  return s;
}

TEST(PerCapitaIncome, ExcludedTransferItemsAreLeftOut) {
  // 24000 + 10000 - 3000 + 500 + (1200 + 3000) = 35700; 35700 / 4 = 8925.00.
  const auto b = compute_income(four_person_statement(), IncomeItemPolicy(50, 2023));
  EXPECT_EQ(b.counted_transfers, yuan("4200"));
  EXPECT_EQ(b.excluded_transfers, yuan("10500"));
  EXPECT_EQ(b.net_income, yuan("35700"));
  EXPECT_EQ(b.per_capita, yuan("8925"));
}

TEST(PerCapitaIncome, AProvinceThatExcludesDibaoCountsLess) {
  // Same household where the province leaves 低保 out: 35700 - 3000 = 32700; / 4 = 8175.00.
  IncomeItemPolicy policy(52, 2023);
  policy.set(TransferItem::kDibao, false);
  const auto b = compute_income(four_person_statement(), policy);
  EXPECT_EQ(b.net_income, yuan("32700"));
  EXPECT_EQ(b.per_capita, yuan("8175"));
}

TEST(PerCapitaIncome, AProvinceThatCountsCondolenceMoneyCountsMore) {
  IncomeItemPolicy policy(50, 2024);
  policy.set(TransferItem::kCondolence, true);
  // 35700 + 500 = 36200; / 4 = 9050.00.
  EXPECT_EQ(compute_income(four_person_statement(), policy).per_capita, yuan("9050"));
}

TEST(PerCapitaIncome, OnePersonHousehold) {
  IncomeStatement s;
  s.household_id = "h1";
  s.business_income = yuan("5600.50");
  s.business_cost = yuan("1200.25");
  s.transfer(TransferItem::kDibao) = yuan("4800");
  s.transfer(TransferItem::kTemporaryAid) = yuan("1000");  // excluded
  s.family_size = 1;
  // 5600.50 - 1200.25 + 4800 = 9200.25, divided by one person.
  const auto b = compute_income(s, IncomeItemPolicy(50, 2024));
  EXPECT_EQ(b.net_income, yuan("9200.25"));
  EXPECT_EQ(b.per_capita, yuan("9200.25"));
}

TEST(PerCapitaIncome, RoundsOnceToFenHalfUp) {
  IncomeStatement s;
  s.household_id = "h2";
  s.wage = yuan("20000.01");
  s.family_size = 2;
  // 10000.005 is a tie: half-up gives 10000.01 (half-even would give 10000.00).
  EXPECT_EQ(compute_income(s, IncomeItemPolicy(50, 2024)).per_capita, yuan("10000.01"));
  s.wage = yuan("10000");
  s.family_size = 3;
  EXPECT_EQ(compute_income(s, IncomeItemPolicy(50, 2024)).per_capita, yuan("3333.33"));
}

TEST(PerCapitaIncome, SubFenItemsAreSummedBeforeTheOnlyRounding) {
  IncomeStatement s;
  s.household_id = "h3";
  s.wage = yuan("0.004");
  s.property = yuan("0.004");
  s.transfer(TransferItem::kPension) = yuan("0.004");
  s.family_size = 1;
  // Rounding each item would give 0.00; the exact sum 0.012 rounds once to 0.01.
  const auto b = compute_income(s, IncomeItemPolicy(50, 2024));
  EXPECT_EQ(b.net_income, yuan("0.012"));
  EXPECT_EQ(b.per_capita, yuan("0.01"));
}

TEST(PerCapitaIncome, NegativeNetIncomeRoundsAwayFromZeroOnTies) {
  IncomeStatement s;
  s.household_id = "h4";
  s.business_cost = yuan("0.03");
  s.family_size = 2;
  EXPECT_EQ(compute_income(s, IncomeItemPolicy(50, 2024)).per_capita, yuan("-0.02"));
}

TEST(PerCapitaIncome, ZeroFamilySizeIsARangeErrorNamingTheHousehold) {
  IncomeStatement s;
  s.household_id = "500112001001-0042";
  s.family_size = 0;
  try {
    (void)compute_income(s, IncomeItemPolicy(50, 2024));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kRange);
    EXPECT_NE(std::string(e.what()).find("500112001001-0042"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("family_size"), std::string::npos);
  }
}

TEST(IncomeItemPolicyTable, FindsTheLatestPolicyNotAfterTheYear) {
  IncomeItemPolicyTable table;
  table.add(IncomeItemPolicy(52, 2022).set(TransferItem::kDibao, false));
  table.add(IncomeItemPolicy(52, 2024).set(TransferItem::kPension, false));
  EXPECT_FALSE(table.find(52, 2023).counts(TransferItem::kDibao));
  EXPECT_TRUE(table.find(52, 2023).counts(TransferItem::kPension));
  EXPECT_FALSE(table.find(52, 2025).counts(TransferItem::kPension));
  EXPECT_TRUE(table.find(52, 2025).counts(TransferItem::kDibao));
  // Before any policy of the province, and for another province: the defaults.
  EXPECT_TRUE(table.find(52, 2021).counts(TransferItem::kDibao));
  EXPECT_TRUE(table.find(53, 2023).counts(TransferItem::kDibao));
  EXPECT_FALSE(table.find(53, 2023).counts(TransferItem::kCondolence));
  EXPECT_THROW(IncomeItemPolicy(5, 2023), Error);
}

}  // namespace
}  // namespace rg
