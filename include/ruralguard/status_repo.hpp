// ruralguard C++ API: persistence of memberships, the registered-poor history, assistance exits
// and household events (memberships.hpp, household_events.hpp; docs/monitoring.md "Statuses and
// events").
//
// Every write checks the record with the domain's rules, then the rows it depends on (the
// household, the member, an open membership of the same kind), inside one unit of work: a refused
// write stores nothing. Nothing here deletes a row: an ended membership keeps its history, the
// registered-poor history is permanent (the database refuses DELETE and UPDATE of it too).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "ruralguard/household_events.hpp"
#include "ruralguard/memberships.hpp"
#include "ruralguard/store.hpp"

namespace rg {

class StatusRepository {
 public:
  explicit StatusRepository(Store& store);

  // Stores a membership; returns its id. Throws like check_membership, plus Error(kNotFound) for
  // an unknown household or a person who is not a member of it, Error(kExists) when the same
  // household/person holds an overlapping membership of the same kind.
  int64_t record_membership(const Membership& membership);
  // Ends an open membership on `end` (inclusive). Error(kNotFound) for an unknown id,
  // Error(kState) when it has ended already (its end is history, never moved), Error(kRange) for
  // an end before its start.
  void end_membership(int64_t membership_id, Date end);
  // Memberships of a household (all of them, ended ones too), by start then id. Error(kNotFound)
  // for an unknown household.
  [[nodiscard]] std::vector<Membership> memberships_of(std::string_view household_id);
  // The memberships held on `day` (start <= day <= end or open).
  [[nodiscard]] std::vector<Membership> memberships_on(std::string_view household_id, Date day);

  // Writes the registered-poor history once. Repeating it unchanged is accepted; filling an absent
  // exit year is accepted; any other change is Error(kRefused) (the history is permanent).
  // Error(kNotFound) for an unknown household.
  void set_registered_poor(const RegisteredPoorHistory& history);
  [[nodiscard]] std::optional<RegisteredPoorHistory> registered_poor(std::string_view household_id);

  // Records a 2026 assistance exit. Error(kRefused) for a household that was never registered
  // poor (no history), Error(kExists) for a second exit, plus check_assistance_exit's errors.
  void record_assistance_exit(const AssistanceExit& exit);
  [[nodiscard]] std::optional<AssistanceExit> assistance_exit(std::string_view household_id);

  // Stores an event; returns its id. Throws like check_household_event, plus Error(kNotFound)
  // for an unknown household.
  int64_t record_event(const HouseholdEventRecord& event);
  // Events of a household dated in [first, last], by date then id. Error(kNotFound) for an
  // unknown household.
  [[nodiscard]] std::vector<HouseholdEventRecord> events_of(std::string_view household_id, Date first, Date last);

 private:
  Store& store_;
};

}  // namespace rg
