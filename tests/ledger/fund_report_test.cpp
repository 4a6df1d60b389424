#include <gtest/gtest.h>

#include <csv.h>

#include "ledger/ledger_fixture.hpp"
#include "ruralguard/fund_report.hpp"
#include "ruralguard/ledger_queries.hpp"

namespace rg::test {
namespace {

using R = TransferResult;
namespace tf = transfer_flags;

Money yi(const char* text) { return Money::parse(text); }

class FundReports : public ::testing::Test {
 protected:
  void SetUp() override {
    f.projects.transition(kReserveProject, ProjectStatus::kAdmitted, d("2024-01-20"));
    f.projects.transition(kReserveProject, ProjectStatus::kApproved, d("2024-02-01"));
  }
  Transfer disburse(uint64_t id, Money amount, uint64_t project, const char* date = "2024-06-01") {
    Transfer t = make_transfer(id, kCountyBudget, kPayee, amount, TransferCode::kDisburse, 0, date);
    t.project_id = project;
    return t;
  }
  LedgerFixture f;
};

TEST_F(FundReports, ProgressIsExactAndRoundedOnceWhenPresented) {
  // The county report's figures: 36.82亿 allocated, 22.4亿 disbursed = 60.84%.
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yi("36.82亿"))), R::kOk);
  ASSERT_EQ(f.submit_one(disburse(2, yi("14.4亿"), kApprovedProject)), R::kOk);
  ASSERT_EQ(f.submit_one(disburse(3, yi("8亿"), kReserveProject)), R::kOk);
  // A reservation is not spending.
  Transfer pending = disburse(4, yi("1亿"), kApprovedProject);
  pending.flags = tf::kPending;
  ASSERT_EQ(f.submit_one(pending), R::kOk);
  const auto rows = disbursement_progress(f.ledger, f.projects, d("2024-12-31"));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].level, FundLevel::kCentral);
  EXPECT_EQ(rows[0].fiscal_year, 2024);
  EXPECT_EQ(rows[0].allocated, yi("36.82亿"));
  EXPECT_EQ(rows[0].disbursed, yi("22.4亿"));
  ASSERT_TRUE(rows[0].progress.has_value());
  EXPECT_EQ(rows[0].progress->to_percent(2), "60.84%");
  EXPECT_EQ(rows[0].progress->to_fraction(), "160/263");  // exactly 22.4 / 36.82 in lowest terms
  // Before the disbursements, progress is zero.
  EXPECT_EQ(disbursement_progress(f.ledger, f.projects, d("2024-05-31"))[0].progress->to_percent(2), "0.00%");
}

TEST_F(FundReports, ReversalsAndReturnsReduceDisbursedFunds) {
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(1000))), R::kOk);
  ASSERT_EQ(f.submit_one(disburse(2, yuan(400), kApprovedProject)), R::kOk);
  Transfer rev = make_transfer(3, kPayee, kCountyBudget, yuan(100), TransferCode::kReversal, 0, "2024-06-02");
  rev.ref_id = TransferId{0, 2};
  rev.project_id = kApprovedProject;
  ASSERT_EQ(f.submit_one(rev), R::kOk);
  Transfer ret = make_transfer(4, kPayee, kCountyBudget, yuan(50), TransferCode::kReturn, 0, "2024-06-03");
  ret.project_id = kApprovedProject;
  ASSERT_EQ(f.submit_one(ret), R::kOk);
  const auto rows = disbursement_progress(f.ledger, f.projects, d("2024-12-31"));
  EXPECT_EQ(rows[0].disbursed, yuan(250));
  EXPECT_EQ(rows[0].progress->to_percent(2), "25.00%");
}

TEST_F(FundReports, IndustryShareIsComparedWithTheYearsRequiredShare) {
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(1000))), R::kOk);
  ASSERT_EQ(f.submit_one(disburse(2, yuan(580), kApprovedProject)), R::kOk);  // industry
  ASSERT_EQ(f.submit_one(disburse(3, yuan(420), kReserveProject)), R::kOk);   // rural construction
  const IndustryShare s55 = industry_share(f.ledger, f.projects, 2024, Ratio::parse("55%"), d("2024-12-31"));
  EXPECT_EQ(s55.industry_disbursed, yuan(580));
  EXPECT_EQ(s55.total_disbursed, yuan(1000));
  EXPECT_EQ(s55.share->to_percent(1), "58.0%");
  EXPECT_FALSE(s55.below_required);
  EXPECT_TRUE(industry_share(f.ledger, f.projects, 2024, Ratio::parse("60%"), d("2024-12-31")).below_required);
  // Nothing spent in 2025: the share is missing and the warning is on.
  const IndustryShare none = industry_share(f.ledger, f.projects, 2025, Ratio::parse("60%"), d("2025-12-31"));
  EXPECT_FALSE(none.share.has_value());
  EXPECT_TRUE(none.below_required);
}

TEST_F(FundReports, ProjectCountsAndCompletionRateByType) {
  Project extra = *f.projects.find(kApprovedProject);
  extra.id = 7003;
  f.projects.add(extra, d("2024-01-01"));
  extra.id = 7004;
  f.projects.add(extra, d("2024-01-01"));
  f.projects.transition(7004, ProjectStatus::kTerminated, d("2024-02-01"));
  f.projects.transition(kApprovedProject, ProjectStatus::kUnderConstruction, d("2024-03-01"));
  f.projects.transition(kApprovedProject, ProjectStatus::kCompleted, d("2024-09-01"));
  const auto rows = project_counts(f.projects, 2024);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].type, ProjectType::kIndustry);
  EXPECT_EQ(rows[0].projects, 2u);
  EXPECT_EQ(rows[0].completed, 1u);
  EXPECT_EQ(rows[0].terminated, 1u);
  EXPECT_EQ(rows[0].completion_rate->to_percent(2), "50.00%");
  EXPECT_EQ(rows[1].group, ProjectGroup::kInfrastructure);
  EXPECT_EQ(rows[1].completion_rate->to_percent(2), "0.00%");
}

TEST_F(FundReports, FundsWaitingForProjectsAreListedAfterNIdleDays) {
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(1000))), R::kOk);
  Transfer to_project = make_transfer(2, kCountyBudget, kProjectAccount, yuan(600));
  to_project.project_id = kApprovedProject;
  ASSERT_EQ(f.submit_one(to_project), R::kOk);
  auto waiting = funds_waiting_for_projects(f.ledger, f.projects, d("2024-06-01"), 60);
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0].project_id, kApprovedProject);
  EXPECT_EQ(waiting[0].allocated, yuan(600));
  EXPECT_EQ(waiting[0].since, d("2024-03-01"));
  EXPECT_EQ(waiting[0].idle_days, 92);
  Transfer spend = make_transfer(3, kProjectAccount, kPayee, yuan(200), TransferCode::kDisburse, 0, "2024-05-20");
  ASSERT_EQ(f.submit_one(spend), R::kOk);
  EXPECT_TRUE(funds_waiting_for_projects(f.ledger, f.projects, d("2024-06-01"), 60).empty());
  waiting = funds_waiting_for_projects(f.ledger, f.projects, d("2024-08-01"), 60);
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0].disbursed, yuan(200));
  EXPECT_EQ(waiting[0].idle_days, 73);
}

TEST_F(FundReports, BalanceAsOfADateCountsOnlyWhatHadHappened) {
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(1000))), R::kOk);
  Transfer pending = disburse(2, yuan(300), kApprovedProject, "2024-04-01");
  pending.flags = tf::kPending;
  ASSERT_EQ(f.submit_one(pending), R::kOk);
  Transfer post = disburse(3, yuan(200), kApprovedProject, "2024-05-01");
  post.flags = tf::kPostPending;
  post.ref_id = pending.id;
  ASSERT_EQ(f.submit_one(post), R::kOk);
  EXPECT_EQ(balance_as_of(f.ledger, kCountyBudget, d("2024-02-28")), Balance{});
  EXPECT_EQ(balance_as_of(f.ledger, kCountyBudget, d("2024-04-15")),
            (Balance{yuan(300), Money{}, Money{}, yuan(1000)}));
  EXPECT_EQ(balance_as_of(f.ledger, kCountyBudget, d("2024-12-31")), f.ledger.balance(kCountyBudget));
  const auto history = account_history(f.ledger, kCountyBudget, d("2024-03-15"), d("2024-12-31"));
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].sequence, 2u);
  EXPECT_TRUE(history[0].is_debit);
}

TEST_F(FundReports, TotalsByLevelYearTypeAndRegionPrefix) {
  const Account provincial = make_account(40, AccountKind::kBudget, HolderKind::kRegion, 500113000000ull,
                                          account_flags::kDebitsMustNotExceedCredits, FundLevel::kProvincial);
  const Account prov_source = make_account(41, AccountKind::kSource, HolderKind::kRegion, 500000000000ull, 0,
                                           FundLevel::kProvincial);
  std::vector<AccountResult> ar(2);
  f.ledger.create_accounts(std::vector<Account>{provincial, prov_source}, ar);
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(1000))), R::kOk);
  ASSERT_EQ(f.submit_one(make_transfer(2, 41, 40, yuan(300))), R::kOk);
  ASSERT_EQ(f.submit_one(make_transfer(3, kCountyBudget, kOtherBudget, yuan(100), TransferCode::kReallocate)), R::kOk);
  ASSERT_EQ(f.submit_one(disburse(4, yuan(500), kApprovedProject)), R::kOk);
  const Date end = d("2024-12-31");
  const auto by_level = fund_totals(f.ledger, f.projects, TotalsKey::kLevel, end);
  ASSERT_EQ(by_level.size(), 2u);
  EXPECT_EQ(by_level[0].allocated, yuan(1000));
  EXPECT_EQ(by_level[0].disbursed, yuan(500));
  EXPECT_EQ(by_level[1].key, 2u);
  EXPECT_EQ(by_level[1].allocated, yuan(300));
  const auto by_region = fund_totals(f.ledger, f.projects, TotalsKey::kRegionPrefix, end, 6);
  // 500112: 1000 - 100 moved away; 500113: 100 moved in + 300 provincial.
  ASSERT_EQ(by_region.size(), 2u);
  EXPECT_EQ(by_region[0].key, 500112u);
  EXPECT_EQ(by_region[0].allocated, yuan(900));
  EXPECT_EQ(by_region[0].disbursed, yuan(500));  // the project lies in 500112001001
  EXPECT_EQ(by_region[1].allocated, yuan(400));
  const auto by_type = fund_totals(f.ledger, f.projects, TotalsKey::kProjectType, end);
  EXPECT_EQ(by_type.back().key, static_cast<uint64_t>(ProjectType::kIndustry));
  EXPECT_EQ(by_type.back().disbursed, yuan(500));
  const auto by_year = fund_totals(f.ledger, f.projects, TotalsKey::kYear, end);
  ASSERT_EQ(by_year.size(), 1u);
  EXPECT_EQ(by_year[0].allocated, yuan(1300));
}

struct Parsed {
  std::vector<std::vector<std::string>> rows{{}};
};
void on_field(void* s, size_t len, void* data) {
  static_cast<Parsed*>(data)->rows.back().emplace_back(static_cast<const char*>(s), len);
}
void on_row(int, void* data) { static_cast<Parsed*>(data)->rows.emplace_back(); }

TEST_F(FundReports, PublicNoticeCsvHasChineseHeadersAndQuotesEveryField) {
  Project p = *f.projects.find(kApprovedProject);
  p.id = 7010;
  p.name = "花椒基地, \"一期\"";
  f.projects.add(p, d("2024-01-01"));
  f.projects.transition(7010, ProjectStatus::kAdmitted, d("2024-01-02"));
  f.projects.transition(7010, ProjectStatus::kApproved, d("2024-01-03"));
  f.projects.set_public_notice(7010, true);
  ASSERT_EQ(f.submit_one(make_transfer(1, kCentralSource, kCountyBudget, yuan(1000))), R::kOk);
  Transfer t = disburse(2, Money::parse("123.45"), 7010);
  t.memo = Memo("首笔");
  ASSERT_EQ(f.submit_one(t), R::kOk);
  ASSERT_EQ(f.submit_one(disburse(3, yuan(1), kApprovedProject)), R::kOk);  // not on notice
  const std::string projects_csv = public_notice_projects_csv(f.ledger, f.projects, d("2024-12-31"));
  const std::string pay_csv = public_notice_disbursements_csv(f.ledger, f.projects, d("2024-12-31"));
  // Parse back with libcsv: the tricky name survives intact.
  Parsed parsed;
  csv_parser parser;
  ASSERT_EQ(csv_init(&parser, CSV_STRICT), 0);
  csv_parse(&parser, projects_csv.data(), projects_csv.size(), on_field, on_row, &parsed);
  csv_fini(&parser, on_field, on_row, &parsed);
  csv_free(&parser);
  ASSERT_GE(parsed.rows.size(), 2u);
  EXPECT_EQ(parsed.rows[0][0], "项目编号");
  EXPECT_EQ(parsed.rows[0][1], "项目名称");
  EXPECT_EQ(parsed.rows[1][0], "7010");
  EXPECT_EQ(parsed.rows[1][1], "花椒基地, \"一期\"");
  EXPECT_EQ(parsed.rows[1][3], "产业发展");
  EXPECT_EQ(parsed.rows[1][9], "123.45");
  EXPECT_EQ(projects_csv.find("7001"), std::string::npos);
  EXPECT_NE(pay_csv.find("\"金额(元)\""), std::string::npos);
  EXPECT_NE(pay_csv.find("\"123.45\",\"中央\",\"首笔\""), std::string::npos) << pay_csv;
}

}  // namespace
}  // namespace rg::test
