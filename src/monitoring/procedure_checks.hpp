// Private: the procedure rules of issue 16 that apply_step calls (one line each), kept out of
// case_machine.cpp: the notice length in the policy's unit and the proposed category.
#pragma once

#include <optional>

#include "ruralguard/assistance.hpp"
#include "ruralguard/monitoring_case.hpp"

namespace rg {

// Error(kRefused) when the notice from..to is shorter than the policy's notice_min (or
// elimination_notice_min), counted inclusively in the limit's unit (calendar or working days).
void check_notice_length(const MonitoringCase& c, Date from, Date to, const ProcedurePolicy& p,
                         bool elimination);

// kVerify / kReview of an identification record the category the village proposes.
void record_proposed_category(MonitoringCase& n, const StepInput& in);

// An identification waiting at the county past the policy's township_to_county_max (when the
// policy sets one): an kIdentificationOverdue alert with detail "township_to_county".
std::optional<Alert> township_to_county_overdue(const MonitoringCase& c, const ProcedurePolicy& p,
                                                Date as_of);

}  // namespace rg
