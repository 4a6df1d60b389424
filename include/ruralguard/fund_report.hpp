// ruralguard C++ API: fund reports for counties (exact; rounded once when presented).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ruralguard/ledger.hpp"
#include "ruralguard/project.hpp"
#include "ruralguard/ratio.hpp"

namespace rg {

// 支出进度 per fund source level and fiscal year: disbursed / allocated.
struct ProgressRow {
  FundLevel level = FundLevel::kCentral;
  int32_t fiscal_year = 0;
  Money allocated;
  Money disbursed;
  std::optional<Ratio> progress;  // absent when nothing was allocated
};
[[nodiscard]] std::vector<ProgressRow> disbursement_progress(const Ledger& ledger, const ProjectLibrary& projects,
                                                             Date as_of);

// 产业发展占比: the share of the year's disbursed funds spent on industry projects, against the
// year's required share (a policy value, e.g. 55% for 2022, 60% from 2023; DOMAIN.md 4.4).
struct IndustryShare {
  int32_t fiscal_year = 0;
  Money industry_disbursed;
  Money total_disbursed;
  std::optional<Ratio> share;  // absent when nothing was disbursed
  Ratio required;
  bool below_required = false;  // the warning: share < required (or nothing disbursed)
};
[[nodiscard]] IndustryShare industry_share(const Ledger& ledger, const ProjectLibrary& projects,
                                           int32_t fiscal_year, const Ratio& required, Date as_of);

// Project counts and completion rate (完工项目 / 项目总数) by type, for one fiscal year.
struct ProjectCountRow {
  ProjectType type = ProjectType::kOther;
  ProjectGroup group = ProjectGroup::kOther;
  uint64_t projects = 0;
  uint64_t completed = 0;   // completed, accepted or assets handed over
  uint64_t terminated = 0;
  std::optional<Ratio> completion_rate;  // absent when there are no projects
};
[[nodiscard]] std::vector<ProjectCountRow> project_counts(const ProjectLibrary& projects, int32_t fiscal_year);

// 资金等项目: projects that were allocated money but spent none of it for `idle_days_min` days.
struct WaitingFunds {
  uint64_t project_id = 0;
  Money allocated;          // net allocated to the project
  Money disbursed;          // net disbursed for the project
  Date since = Date::from_days_since_epoch(0);  // last disbursement, or first allocation if none
  int64_t idle_days = 0;
};
[[nodiscard]] std::vector<WaitingFunds> funds_waiting_for_projects(const Ledger& ledger, const ProjectLibrary& projects,
                                                                   Date as_of, int64_t idle_days_min);

// 公告公示: CSV (UTF-8 with zh-CN headers, every field quoted) of the projects with the
// public-notice flag, and of the disbursements to them up to `as_of`.
[[nodiscard]] std::string public_notice_projects_csv(const Ledger& ledger, const ProjectLibrary& projects, Date as_of);
[[nodiscard]] std::string public_notice_disbursements_csv(const Ledger& ledger, const ProjectLibrary& projects,
                                                          Date as_of);

}  // namespace rg
