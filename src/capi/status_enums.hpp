// Private: the RG_* families of the membership and household-event enums (capi/args.hpp), pinned
// to their enumerators in enums_check.cpp.
#pragma once

#include "capi/args.hpp"
#include "ruralguard/household_events.hpp"
#include "ruralguard/memberships.hpp"
#include "ruralguard/ruralguard.h"

namespace rg::capi {

template <>
struct CEnum<MembershipKind> {
  static constexpr CEnumInfo info{"RG_MEMBERSHIP_*", RG_MEMBERSHIP_MONITORED, RG_MEMBERSHIP_OTHER_LOW_INCOME};
};
template <>
struct CEnum<HouseholdEventKind> {
  static constexpr CEnumInfo info{"RG_EVENT_KIND_*", RG_EVENT_KIND_NATURAL_DISASTER, RG_EVENT_KIND_SUDDEN_EXPENDITURE};
};

}  // namespace rg::capi
