// Which states a case is in, as the store, the alerts and the reports ask it (DOMAIN.md 1.6).
#include "ruralguard/monitoring_case.hpp"

namespace rg {

bool is_open_case(CaseState s) { return s != CaseState::kRejected && s != CaseState::kEliminated; }

bool is_identifying(CaseState s) { return s >= CaseState::kClue && s <= CaseState::kTownshipApproved; }

bool is_under_monitoring(CaseState s) {
  return s == CaseState::kMonitored || (s >= CaseState::kEliminationVerified && s <= CaseState::kEliminationTownshipApproved);
}

}  // namespace rg
