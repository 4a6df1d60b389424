// Fund reports: disbursement progress, industry share, project counts, funds waiting for projects.
#include "ruralguard/fund_report.hpp"

#include <map>
#include <utility>

#include "ruralguard/ledger_queries.hpp"

namespace rg {

std::vector<ProgressRow> disbursement_progress(const Ledger& ledger, const ProjectLibrary& projects, Date as_of) {
  std::map<std::pair<int, int32_t>, ProgressRow> rows;
  for (const FundFlow& f : fund_flows(ledger, projects, as_of)) {
    if (f.allocated.is_zero() && f.disbursed.is_zero()) continue;
    ProgressRow& row = rows[{static_cast<int>(f.level), f.fiscal_year}];
    row.level = f.level;
    row.fiscal_year = f.fiscal_year;
    row.allocated += f.allocated;
    row.disbursed += f.disbursed;
  }
  std::vector<ProgressRow> out;
  for (auto& [key, row] : rows) {
    if (!row.allocated.is_zero()) row.progress = row.disbursed.ratio_to(row.allocated);
    out.push_back(row);
  }
  return out;
}

IndustryShare industry_share(const Ledger& ledger, const ProjectLibrary& projects, int32_t fiscal_year,
                             const Ratio& required, Date as_of) {
  IndustryShare out;
  out.fiscal_year = fiscal_year;
  out.required = required;
  for (const FundFlow& f : fund_flows(ledger, projects, as_of)) {
    if (f.fiscal_year != fiscal_year || f.disbursed.is_zero()) continue;
    out.total_disbursed += f.disbursed;
    if (f.project_type && project_group(*f.project_type) == ProjectGroup::kIndustry) {
      out.industry_disbursed += f.disbursed;
    }
  }
  if (!out.total_disbursed.is_zero()) out.share = out.industry_disbursed.ratio_to(out.total_disbursed);
  out.below_required = !out.share || *out.share < required;
  return out;
}

std::vector<ProjectCountRow> project_counts(const ProjectLibrary& projects, int32_t fiscal_year) {
  std::map<int, ProjectCountRow> rows;
  for (const Project& p : projects.all()) {
    if (p.fiscal_year != fiscal_year) continue;
    ProjectCountRow& row = rows[static_cast<int>(p.type)];
    row.type = p.type;
    row.group = project_group(p.type);
    if (p.status == ProjectStatus::kTerminated) {
      ++row.terminated;
      continue;
    }
    ++row.projects;
    if (project_is_complete(p.status)) ++row.completed;
  }
  std::vector<ProjectCountRow> out;
  for (auto& [type, row] : rows) {
    if (row.projects > 0) {
      row.completion_rate = Ratio(static_cast<int64_t>(row.completed), static_cast<int64_t>(row.projects));
    }
    out.push_back(row);
  }
  return out;
}

std::vector<WaitingFunds> funds_waiting_for_projects(const Ledger& ledger, const ProjectLibrary& projects, Date as_of,
                                                     int64_t idle_days_min) {
  struct Acc {
    Money allocated, disbursed;
    std::optional<Date> first_allocation, last_disbursement;
  };
  std::map<uint64_t, Acc> by_project;
  for (const FundFlow& f : fund_flows(ledger, projects, as_of)) {
    if (f.project_id == 0) continue;
    Acc& a = by_project[f.project_id];
    if (!f.project_allocated.is_zero()) {
      a.allocated += f.project_allocated;
      if (!a.first_allocation) a.first_allocation = f.date;
    }
    if (!f.disbursed.is_zero()) {
      a.disbursed += f.disbursed;
      if (f.disbursed.units() > 0 && (!a.last_disbursement || f.date > *a.last_disbursement)) {
        a.last_disbursement = f.date;
      }
    }
  }
  std::vector<WaitingFunds> out;
  for (const auto& [id, a] : by_project) {
    if (a.allocated <= a.disbursed || !a.first_allocation) continue;
    const Date since = a.last_disbursement ? *a.last_disbursement : *a.first_allocation;
    const int64_t idle = since.days_until(as_of);
    if (idle < idle_days_min) continue;
    out.push_back(WaitingFunds{id, a.allocated, a.disbursed, since, idle});
  }
  return out;
}

}  // namespace rg
