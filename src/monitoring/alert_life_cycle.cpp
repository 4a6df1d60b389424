// The alert life cycle and the matching of a new scan against the stored alerts (docs/monitoring.md).
#include <unordered_map>

#include "ruralguard/assistance.hpp"
#include "ruralguard/error.hpp"

namespace rg {

std::string_view alert_state_name(AlertState state) {
  static constexpr std::string_view kNames[] = {"unknown", "active", "acknowledged", "resolved"};
  const auto i = static_cast<std::size_t>(state);
  return i < std::size(kNames) ? kNames[i] : kNames[0];
}

void check_alert_move(int64_t alert_id, AlertState current, AlertState to, const std::string& who) {
  if (who.empty()) throw Error(ErrorCode::kInvalidArgument, "alert " + std::to_string(alert_id) + ": who is required");
  const bool next = (current == AlertState::kActive && to == AlertState::kAcknowledged) ||
                    (current == AlertState::kAcknowledged && to == AlertState::kResolved);
  if (!next) {
    throw Error(ErrorCode::kState, "alert " + std::to_string(alert_id) + " is " + std::string(alert_state_name(current)) +
                                       ": it cannot become " + std::string(alert_state_name(to)) +
                                       " (active -> acknowledged -> resolved)");
  }
}

namespace {

struct AlertKey {
  AlertKind kind;
  int64_t case_id;
  std::string detail;
  bool operator==(const AlertKey&) const = default;
};

struct AlertKeyHash {
  std::size_t operator()(const AlertKey& k) const noexcept {
    return std::hash<int64_t>{}(k.case_id * 8 + static_cast<int64_t>(k.kind)) ^ std::hash<std::string>{}(k.detail);
  }
};

}  // namespace

AlertChanges reconcile_alerts(std::span<const Alert> holding, std::span<const OpenAlert> open) {
  std::unordered_map<AlertKey, int64_t, AlertKeyHash> unmatched;
  for (const OpenAlert& a : open) unmatched.emplace(AlertKey{a.kind, a.case_id, a.detail}, a.alert_id);
  AlertChanges out;
  for (const Alert& a : holding) {
    if (auto it = unmatched.find(AlertKey{a.kind, a.case_id, a.detail}); it != unmatched.end()) {
      ++out.still_open;
      unmatched.erase(it);
    } else {
      out.raise.push_back(a);
    }
  }
  // Whatever was not matched no longer holds.
  for (const auto& [key, id] : unmatched) out.resolve.push_back(id);
  return out;
}

}  // namespace rg
