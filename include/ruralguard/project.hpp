// ruralguard C++ API: the county project library (项目库).
//
// A project is proposed into reserve, admitted to the library, approved, built, completed,
// accepted and finally hands its assets over; or it is terminated on the way. The lifecycle is a
// strict state machine: every transition is checked and dated, and the history is kept.
// Only approved projects (approved, under construction, completed or accepted) may receive
// disbursements.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ruralguard/account.hpp"
#include "ruralguard/date.hpp"
#include "ruralguard/money.hpp"
#include "ruralguard/region_code.hpp"

namespace rg {

// Project types seen in county libraries (DOMAIN.md 4.5). Values equal RG_PROJECT_TYPE_*.
enum class ProjectType : uint8_t {
  kIndustry = 1,            // 产业发展
  kEmployment = 2,          // 就业
  kThreeGuarantees = 3,     // 巩固三保障成果
  kRuralConstruction = 4,   // 乡村建设行动 (infrastructure)
  kRelocationFollowup = 5,  // 易地搬迁后扶
  kManagementFee = 6,       // 项目管理费
  kOther = 7,               // 其他
};
inline constexpr int kProjectTypeCount = 7;

// The three groups reports use (industry 产业发展, infrastructure 基础设施, other 其他).
enum class ProjectGroup : uint8_t { kIndustry = 1, kInfrastructure = 2, kOther = 3 };
[[nodiscard]] ProjectGroup project_group(ProjectType type) noexcept;

// Values equal RG_PROJECT_* status constants.
enum class ProjectStatus : uint8_t {
  kReserve = 1,             // 储备
  kAdmitted = 2,            // 入库
  kApproved = 3,            // 批复
  kUnderConstruction = 4,   // 在建
  kCompleted = 5,           // 完工
  kAccepted = 6,            // 验收
  kAssetsHandedOver = 7,    // 资产移交
  kTerminated = 8,          // 终止
};
inline constexpr int kProjectStatusCount = 8;

[[nodiscard]] std::string_view project_status_name(ProjectStatus status) noexcept;     // "approved"
[[nodiscard]] std::string_view project_status_name_zh(ProjectStatus status) noexcept;  // "批复"
[[nodiscard]] std::string_view project_type_name_zh(ProjectType type) noexcept;        // "产业发展"
[[nodiscard]] std::string_view project_group_name_zh(ProjectGroup group) noexcept;
// True when `to` may follow `from`: the next step of the lifecycle, or termination before completion.
[[nodiscard]] bool project_transition_allowed(ProjectStatus from, ProjectStatus to) noexcept;
// Approved, under construction, completed or accepted: the states in which money may be spent.
[[nodiscard]] bool project_may_receive_disbursement(ProjectStatus status) noexcept;
// Completed, accepted or assets handed over.
[[nodiscard]] bool project_is_complete(ProjectStatus status) noexcept;

struct Project {
  static constexpr std::size_t kNameBytesMax = 256;
  uint64_t id = 0;  // non-zero
  std::string name;
  RegionCode region = RegionCode::parse("110000000000");
  ProjectType type = ProjectType::kOther;
  int32_t fiscal_year = 0;
  std::array<Money, kFundLevelCount> planned_investment{};  // indexed by FundLevel - 1
  bool public_notice = false;                               // 公告公示 done
  ProjectStatus status = ProjectStatus::kReserve;
  // Date each status was entered (index status - 1); only the states passed through are set.
  std::array<std::optional<Date>, kProjectStatusCount> status_dates{};

  [[nodiscard]] Money planned_total() const;
  [[nodiscard]] std::optional<Date> date_of(ProjectStatus s) const {
    return status_dates[static_cast<std::size_t>(s) - 1];
  }
};

// Answer to "may this project receive a disbursement on this date?" for the ledger.
enum class ProjectCheck : uint8_t { kOk, kNotFound, kNotApproved };

class ProjectLibrary {
 public:
  // Adds a project in reserve state entered on `proposed`. Throws Error(kInvalidArgument) naming
  // the field (id 0, empty or too long name, fiscal year out of range, negative or sub-fen planned
  // investment, unknown type), Error(kExists) for the same project again, Error(kConflict) when
  // the id is taken by a different project.
  void add(Project project, Date proposed);
  // Moves a project to `to` on `date`. Throws Error(kNotFound), Error(kState) naming both states
  // when the lifecycle does not allow it, Error(kRange) when `date` is before the last transition.
  void transition(uint64_t project_id, ProjectStatus to, Date date);
  // Sets or clears the public-notice flag. Throws Error(kNotFound).
  void set_public_notice(uint64_t project_id, bool done);

  [[nodiscard]] const Project* find(uint64_t project_id) const;
  [[nodiscard]] const std::vector<Project>& all() const noexcept { return projects_; }
  // Disbursement gate: found, in a spending state, and approved on or before `date`.
  [[nodiscard]] ProjectCheck check_disbursement(uint64_t project_id, Date date) const;

  // The two halves of add and transition, for callers that must persist before changing memory:
  // the checked project as add / transition would store it (same errors), and put, which inserts
  // or replaces a project exactly as given (no checks; also used when loading from the store).
  [[nodiscard]] Project checked_new(Project project, Date proposed) const;
  [[nodiscard]] Project checked_transition(uint64_t project_id, ProjectStatus to, Date date) const;
  void put(Project project);

 private:
  [[nodiscard]] const Project& get(uint64_t project_id) const;
  std::vector<Project> projects_;
  std::unordered_map<uint64_t, std::size_t> index_;
};

}  // namespace rg
