// Notice length in calendar or working days; the proposed category (procedure_checks.hpp).
#include "monitoring/procedure_checks.hpp"

#include "ruralguard/error.hpp"

namespace rg {

void check_notice_length(const MonitoringCase& c, Date from, Date to, const ProcedurePolicy& p,
                         bool elimination) {
  const DayLimit& min = elimination ? p.elimination_notice_min : p.notice_min;
  const int32_t days = days_in_unit(p, min, from, to);
  if (days < min.days) {
    throw Error(ErrorCode::kRefused, "case " + std::to_string(c.case_id) +
                                         ": the public notice runs " + std::to_string(days) +
                                         (min.unit == DayUnit::kWorking ? " working" : "") +
                                         " days (" + from.to_string() + " to " + to.to_string() +
                                         "), the minimum is " + describe_limit(min));
  }
}

void record_proposed_category(MonitoringCase& n, const StepInput& in) {
  const bool identifying = is_identifying(n.state);
  if (identifying && (in.step == CaseStep::kVerify || in.step == CaseStep::kReview) &&
      in.proposed_category != MonitoringCategory::kNone) {
    n.proposed_category = in.proposed_category;
  }
}

std::optional<Alert> township_to_county_overdue(const MonitoringCase& c, const ProcedurePolicy& p,
                                                Date as_of) {
  if (!p.township_to_county_max || c.state != CaseState::kTownshipApproved || c.events.empty())
    return std::nullopt;
  const Date approved = c.events.back().date;  // the township approval brought the case here
  const Date deadline = limit_deadline(p, *p.township_to_county_max, approved);
  if (!(deadline < as_of)) return std::nullopt;
  return Alert{AlertKind::kIdentificationOverdue, c.case_id, 1, "township_to_county",
               "case " + std::to_string(c.case_id) + " (household " +
                   std::to_string(c.household_key) + "): township approved on " +
                   approved.to_string() + ", county approval is past the limit of " +
                   describe_limit(*p.township_to_county_max) + " (deadline " +
                   deadline.to_string() + ")"};
}

}  // namespace rg
