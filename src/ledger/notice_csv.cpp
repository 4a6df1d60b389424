// Public-notice (公告公示) CSV export. Fields are written with libcsv's csv_write, which quotes
// every field and doubles embedded quotes (RFC 4180); no hand-written quoting.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ruralguard/csv_text.hpp"
#include "ruralguard/error.hpp"
#include "ruralguard/fund_report.hpp"
#include "ruralguard/ledger_queries.hpp"

namespace rg {

namespace {

using CsvWriter = CsvText;

std::string yuan_text(Money m) { return m.format({.decimals = 2}); }
std::string date_text(const std::optional<Date>& d) { return d ? d->to_string() : std::string(); }

}  // namespace

std::string public_notice_projects_csv(const Ledger& ledger, const ProjectLibrary& projects, Date as_of) {
  std::map<uint64_t, Money> spent;
  for (const FundFlow& f : fund_flows(ledger, projects, as_of)) {
    if (f.project_id != 0) spent[f.project_id] += f.disbursed;
  }
  CsvWriter w;
  w.row({"项目编号", "项目名称", "区划代码", "项目类型", "年度", "计划投资(元)", "项目状态", "批复日期", "完工日期",
         "已支出(元)"});
  for (const Project& p : projects.all()) {
    if (!p.public_notice) continue;
    w.row({std::to_string(p.id), p.name, p.region.to_string(), project_type_name_zh(p.type),
           std::to_string(p.fiscal_year), yuan_text(p.planned_total()), project_status_name_zh(p.status),
           date_text(p.date_of(ProjectStatus::kApproved)), date_text(p.date_of(ProjectStatus::kCompleted)),
           yuan_text(spent[p.id])});
  }
  return w.take();
}

std::string public_notice_disbursements_csv(const Ledger& ledger, const ProjectLibrary& projects, Date as_of) {
  CsvWriter w;
  w.row({"序号", "交易编号", "项目编号", "项目名称", "支出日期", "金额(元)", "资金级次", "摘要"});
  for (const FundFlow& f : fund_flows(ledger, projects, as_of)) {
    if (f.disbursed.is_zero() || f.project_id == 0) continue;
    const Project* p = projects.find(f.project_id);
    if (p == nullptr || !p->public_notice) continue;
    const Transfer& t = ledger.transfers()[f.sequence - 1];
    w.row({std::to_string(f.sequence), to_string(t.id), std::to_string(p->id), p->name, f.date.to_string(),
           yuan_text(f.disbursed), fund_level_name_zh(f.level), t.memo.view()});
  }
  return w.take();
}

}  // namespace rg
