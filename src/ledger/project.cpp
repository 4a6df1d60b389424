// The project library and its lifecycle state machine.
#include "ruralguard/project.hpp"

#include <string>

#include "ruralguard/error.hpp"

namespace rg {

namespace {

std::string project_label(uint64_t id) { return "project " + std::to_string(id); }
std::size_t status_index(ProjectStatus s) { return static_cast<std::size_t>(s) - 1; }

}  // namespace

ProjectGroup project_group(ProjectType type) noexcept {
  switch (type) {
    case ProjectType::kIndustry: return ProjectGroup::kIndustry;
    case ProjectType::kRuralConstruction: return ProjectGroup::kInfrastructure;
    default: return ProjectGroup::kOther;
  }
}

std::string_view project_status_name(ProjectStatus status) noexcept {
  switch (status) {
    case ProjectStatus::kReserve: return "reserve";
    case ProjectStatus::kAdmitted: return "admitted";
    case ProjectStatus::kApproved: return "approved";
    case ProjectStatus::kUnderConstruction: return "under_construction";
    case ProjectStatus::kCompleted: return "completed";
    case ProjectStatus::kAccepted: return "accepted";
    case ProjectStatus::kAssetsHandedOver: return "assets_handed_over";
    case ProjectStatus::kTerminated: return "terminated";
  }
  return "unknown";
}

std::string_view project_status_name_zh(ProjectStatus status) noexcept {
  switch (status) {
    case ProjectStatus::kReserve: return "储备";
    case ProjectStatus::kAdmitted: return "入库";
    case ProjectStatus::kApproved: return "批复";
    case ProjectStatus::kUnderConstruction: return "在建";
    case ProjectStatus::kCompleted: return "完工";
    case ProjectStatus::kAccepted: return "验收";
    case ProjectStatus::kAssetsHandedOver: return "资产移交";
    case ProjectStatus::kTerminated: return "终止";
  }
  return "未知";
}

std::string_view project_type_name_zh(ProjectType type) noexcept {
  switch (type) {
    case ProjectType::kIndustry: return "产业发展";
    case ProjectType::kEmployment: return "就业";
    case ProjectType::kThreeGuarantees: return "巩固三保障成果";
    case ProjectType::kRuralConstruction: return "乡村建设行动";
    case ProjectType::kRelocationFollowup: return "易地搬迁后扶";
    case ProjectType::kManagementFee: return "项目管理费";
    case ProjectType::kOther: return "其他";
  }
  return "未知";
}

std::string_view project_group_name_zh(ProjectGroup group) noexcept {
  switch (group) {
    case ProjectGroup::kIndustry: return "产业发展";
    case ProjectGroup::kInfrastructure: return "基础设施";
    case ProjectGroup::kOther: return "其他";
  }
  return "未知";
}

bool project_transition_allowed(ProjectStatus from, ProjectStatus to) noexcept {
  if (to == ProjectStatus::kTerminated) {
    // A project can be stopped until it is built; after completion its assets must be handed over.
    return from == ProjectStatus::kReserve || from == ProjectStatus::kAdmitted ||
           from == ProjectStatus::kApproved || from == ProjectStatus::kUnderConstruction;
  }
  if (from == ProjectStatus::kTerminated || from == ProjectStatus::kAssetsHandedOver) return false;
  return static_cast<int>(to) == static_cast<int>(from) + 1;
}

bool project_may_receive_disbursement(ProjectStatus status) noexcept {
  return status == ProjectStatus::kApproved || status == ProjectStatus::kUnderConstruction ||
         status == ProjectStatus::kCompleted || status == ProjectStatus::kAccepted;
}

bool project_is_complete(ProjectStatus status) noexcept {
  return status == ProjectStatus::kCompleted || status == ProjectStatus::kAccepted ||
         status == ProjectStatus::kAssetsHandedOver;
}

Money Project::planned_total() const {
  Money sum;
  for (Money m : planned_investment) sum += m;
  return sum;
}

Project ProjectLibrary::checked_new(Project project, Date proposed) const {
  const std::string who = project_label(project.id);
  if (project.id == 0) throw Error(ErrorCode::kInvalidArgument, "project id: must not be 0");
  if (project.name.empty() || project.name.size() > Project::kNameBytesMax) {
    throw Error(project.name.empty() ? ErrorCode::kInvalidArgument : ErrorCode::kLimit,
                who + ": name: must be 1.." + std::to_string(Project::kNameBytesMax) +
                    " bytes (Project::kNameBytesMax), got " + std::to_string(project.name.size()));
  }
  const auto type = static_cast<int>(project.type);
  if (type < 1 || type > kProjectTypeCount) {
    throw Error(ErrorCode::kInvalidArgument, who + ": type: unknown value " + std::to_string(type));
  }
  if (project.fiscal_year < kFiscalYearMin || project.fiscal_year > kFiscalYearMax) {
    throw Error(ErrorCode::kInvalidArgument, who + ": fiscal_year: " + std::to_string(project.fiscal_year) +
                                                 " is outside 2000..2099");
  }
  for (std::size_t i = 0; i < project.planned_investment.size(); ++i) {
    const Money m = project.planned_investment[i];
    if (m.is_negative() || !m.is_whole_fen()) {
      throw Error(ErrorCode::kInvalidArgument,
                  who + ": planned_investment." + std::string(fund_level_name(static_cast<FundLevel>(i + 1))) +
                      ": " + m.format({.decimals = 4}) + " must be a non-negative whole-fen amount");
    }
  }
  (void)project.planned_total();  // throws kOverflow when the sum does not fit
  project.status = ProjectStatus::kReserve;
  project.status_dates = {};
  project.status_dates[status_index(ProjectStatus::kReserve)] = proposed;
  if (const Project* old = find(project.id)) {
    const bool same = old->name == project.name && old->region == project.region && old->type == project.type &&
                      old->fiscal_year == project.fiscal_year &&
                      old->planned_investment == project.planned_investment;
    throw Error(same ? ErrorCode::kExists : ErrorCode::kConflict,
                who + (same ? " already exists" : " already exists with different fields"));
  }
  return project;
}

void ProjectLibrary::add(Project project, Date proposed) { put(checked_new(std::move(project), proposed)); }

void ProjectLibrary::put(Project project) {
  auto it = index_.find(project.id);
  if (it != index_.end()) {
    projects_[it->second] = std::move(project);
    return;
  }
  index_.emplace(project.id, projects_.size());
  projects_.push_back(std::move(project));
}

const Project& ProjectLibrary::get(uint64_t project_id) const {
  auto it = index_.find(project_id);
  if (it == index_.end()) throw Error(ErrorCode::kNotFound, project_label(project_id) + " does not exist");
  return projects_[it->second];
}

const Project* ProjectLibrary::find(uint64_t project_id) const {
  auto it = index_.find(project_id);
  return it == index_.end() ? nullptr : &projects_[it->second];
}

void ProjectLibrary::transition(uint64_t project_id, ProjectStatus to, Date date) {
  put(checked_transition(project_id, to, date));
}

Project ProjectLibrary::checked_transition(uint64_t project_id, ProjectStatus to, Date date) const {
  Project p = get(project_id);
  const auto to_value = static_cast<int>(to);
  if (to_value < 1 || to_value > kProjectStatusCount || !project_transition_allowed(p.status, to)) {
    throw Error(ErrorCode::kState, project_label(project_id) + ": cannot move from " +
                                       std::string(project_status_name(p.status)) + " to " +
                                       std::string(project_status_name(to)));
  }
  const Date last = *p.date_of(p.status);
  if (date < last) {
    throw Error(ErrorCode::kRange, project_label(project_id) + ": " + std::string(project_status_name(to)) +
                                       " date " + date.to_string() + " is before the " +
                                       std::string(project_status_name(p.status)) + " date " + last.to_string());
  }
  p.status = to;
  p.status_dates[status_index(to)] = date;
  return p;
}

void ProjectLibrary::set_public_notice(uint64_t project_id, bool done) {
  Project p = get(project_id);
  p.public_notice = done;
  put(std::move(p));
}

ProjectCheck ProjectLibrary::check_disbursement(uint64_t project_id, Date date) const {
  const Project* p = find(project_id);
  if (p == nullptr) return ProjectCheck::kNotFound;
  if (!project_may_receive_disbursement(p->status)) return ProjectCheck::kNotApproved;
  const auto approved = p->date_of(ProjectStatus::kApproved);
  if (!approved || *approved > date) return ProjectCheck::kNotApproved;
  return ProjectCheck::kOk;
}

}  // namespace rg
