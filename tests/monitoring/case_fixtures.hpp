// Fixtures for monitoring-case tests: step builders with a fixed actor.
#pragma once

#include "ruralguard/monitoring_case.hpp"

namespace rg::test {

inline Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

inline StepInput step(CaseStep s, Date date, std::string note = {}) {
  StepInput in;
  in.step = s;
  in.date = date;
  in.actor = "王干部";
  in.note = std::move(note);
  return in;
}

inline StepInput verify(Date date) {
  StepInput in = step(CaseStep::kVerify, date);
  in.consent_signed = true;
  return in;
}

inline StepInput review(Date date, int32_t for_votes, int32_t against) {
  StepInput in = step(CaseStep::kReview, date);
  in.votes_for = for_votes;
  in.votes_against = against;
  return in;
}

inline StepInput notice(Date start, Date end) {
  StepInput in = step(CaseStep::kNotice, start);
  in.notice_start = start;
  in.notice_end = end;
  return in;
}

inline StepInput approve_identification(Date date) {
  StepInput in = step(CaseStep::kCountyApprove, date);
  in.category = MonitoringCategory::kMarginal;
  in.risk_mask = 1u << static_cast<unsigned>(RiskType::kIllness);
  in.level = WarningLevel::kRed;
  in.contact = ContactPerson{"李镇长", "13800000000", "乡科级领导干部"};
  return in;
}

inline MonitoringCase new_case(Date found) {
  MonitoringCase c;
  c.case_id = 42;
  c.household_key = 7;
  c.channel = ClueChannel::kDepartmentData;
  c.found = found;
  return c;
}

// Walks a clue found on `found` to monitored, approved on found + 12 days.
inline MonitoringCase identified_case(const Policy& p, Date found) {
  MonitoringCase c = new_case(found);
  c = apply_step(c, verify(found.add_days(1)), p);
  c = apply_step(c, step(CaseStep::kCompare, found.add_days(2)), p);
  c = apply_step(c, review(found.add_days(3), 21, 2), p);
  c = apply_step(c, notice(found.add_days(4), found.add_days(8)), p);
  c = apply_step(c, step(CaseStep::kTownshipApprove, found.add_days(10)), p);
  return apply_step(c, approve_identification(found.add_days(12)), p);
}

}  // namespace rg::test
