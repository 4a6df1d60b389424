// Alert rules (docs/monitoring.md): overdue visits and identifications, missing measures, and the
// risk-to-measure table of DOMAIN.md 1.8 (Guizhou data rules 5_18_00x, 5_12_007).
#include <algorithm>
#include <array>

#include "monitoring/procedure_checks.hpp"
#include "ruralguard/assistance.hpp"
#include "ruralguard/case_clocks.hpp"

namespace rg {
namespace {

struct RiskMeasureRule {
  RiskType risk;
  const char* rule_id;
  std::array<MeasureCategory, 3> accepted;  // kOther pads unused slots
};

constexpr std::array<RiskMeasureRule, 5> kRiskRules{{
    {RiskType::kIllness, "5_18_001", {MeasureCategory::kHealth, MeasureCategory::kSocialAid, MeasureCategory::kOther}},
    {RiskType::kEducation, "5_18_002",
     {MeasureCategory::kCompulsoryEducation, MeasureCategory::kEducation, MeasureCategory::kSocialAid}},
    {RiskType::kDisability, "5_18_003",
     {MeasureCategory::kSocialSecurity, MeasureCategory::kSocialAid, MeasureCategory::kOther}},
    {RiskType::kHousing, "5_18_004", {MeasureCategory::kHousing, MeasureCategory::kRelocation, MeasureCategory::kOther}},
    {RiskType::kDrinkingWater, "5_18_006", {MeasureCategory::kWater, MeasureCategory::kOther, MeasureCategory::kOther}},
}};

std::string case_label(const MonitoringCase& c) {
  return "case " + std::to_string(c.case_id) + " (household " + std::to_string(c.household_key) + ")";
}

}  // namespace

std::vector<Alert> scan_alerts(const CaseSnapshot& s, const Policy& policy, const ProcedureLimits& /*limits*/, Date as_of) {
  const MonitoringCase& c = *s.c;
  std::vector<Alert> out;
  if (is_identifying(c.state)) {
    // The limits are the policy's, in calendar or working days (issue 16; `limits` is not read).
    const DayLimit& max = policy.procedure.identify_max;
    const Date deadline = limit_deadline(policy.procedure, max, c.found);
    if (deadline < as_of) {
      out.push_back({AlertKind::kIdentificationOverdue, c.case_id, 1, "",
                     case_label(c) + ": identification has run " + std::to_string(identification_days(c, as_of)) +
                         " days since the clue of " + c.found.to_string() + ", the limit is " + describe_limit(max) +
                         " (deadline " + deadline.to_string() + ")"});
    }
    if (auto t2c = township_to_county_overdue(c, policy.procedure, as_of)) out.push_back(std::move(*t2c));
    return out;
  }
  if (c.state == CaseState::kEliminated) {
    if (!in_follow_up_window(c, policy.elimination, as_of)) return out;
    if (const auto due = next_post_elimination_check(c, policy.elimination, s.last_post_check); due && *due <= as_of) {
      out.push_back({AlertKind::kPostEliminationCheckDue, c.case_id, 2, due->to_string(),
                     case_label(c) + ": eliminated " + c.eliminated->to_string() + ", the post-elimination check due " +
                         due->to_string() + " is not recorded (follow-up until " +
                         follow_up_window_end(c, policy.elimination)->to_string() + ")"});
    }
    return out;
  }
  if (!is_under_monitoring(c.state)) return out;
  if (const auto due = next_visit_due(c, s.last_visit, policy); due && *due < as_of) {
    out.push_back({AlertKind::kVisitOverdue, c.case_id, c.level == WarningLevel::kRed ? 1 : 2, "",
                   case_label(c) + ": visit due " + due->to_string() + " is " + std::to_string(due->days_until(as_of)) +
                       " days overdue"});
  }
  auto active = [](const Measure& m) { return m.status != MeasureStatus::kEnded; };
  if (std::none_of(s.measures.begin(), s.measures.end(), active)) {
    out.push_back({AlertKind::kNoMeasure, c.case_id, 1, "", case_label(c) + ": monitored without any assistance measure"});
  }
  const std::optional<Date> clock = monitoring_clock_start(c);  // a rollback restarts the 6 months
  if (s.has_labour && clock && clock->add_months(6) <= as_of &&
      std::none_of(s.measures.begin(), s.measures.end(), [](const Measure& m) {
        return is_development_measure(m.category) && m.status != MeasureStatus::kPlanned;
      })) {
    out.push_back({AlertKind::kNoDevelopmentMeasure, c.case_id, 2, "",
                   case_label(c) + ": labour present, monitored since " + clock->to_string() +
                       ", but no development measure (industry, employment, finance, public-welfare job) "
                       "implemented (5_12_007)"});
  }
  for (const auto& rule : kRiskRules) {
    if (!(c.risk_mask & (1u << static_cast<unsigned>(rule.risk)))) continue;
    const bool covered = std::any_of(s.measures.begin(), s.measures.end(), [&](const Measure& m) {
      return m.status != MeasureStatus::kEnded &&
             std::find(rule.accepted.begin(), rule.accepted.end(), m.category) != rule.accepted.end() &&
             m.category != MeasureCategory::kOther;
    });
    if (!covered) {
      std::string accepted;
      for (auto a : rule.accepted) {
        if (a == MeasureCategory::kOther) continue;
        accepted += (accepted.empty() ? "" : " or ") + std::string(measure_category_code(a));
      }
      out.push_back({AlertKind::kRiskWithoutMeasure, c.case_id, 2, std::string(risk_type_code(rule.risk)),
                     case_label(c) + ": risk '" + std::string(risk_type_code(rule.risk)) + "' has no " + accepted +
                         " measure (" + rule.rule_id + ")"});
    }
  }
  return out;
}

}  // namespace rg
