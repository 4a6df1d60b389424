package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;

/**
 * Memberships, the registered-poor history, assistance exits and household events (issue 16).
 *
 * <p>One Java method per C function of {@code include/ruralguard/ruralguard.h}: same name, same
 * parameters in the same order (docs/java.md, "Adding a C function"). See {@link RgNative} for
 * the type mapping.
 */
public interface StatusNative {
  void rg_membership_init(Pointer membership);
  int rg_memberships_record(LongByReference outId, Pointer store, Pointer membership);
  int rg_memberships_end(Pointer store, long membershipId, int end);
  int rg_memberships_list(Pointer out, long capacity, LongByReference outCount, Pointer store, byte[] householdId, long householdIdLen);
  void rg_registered_poor_init(Pointer history);
  int rg_registered_poor_set(Pointer store, Pointer history);
  int rg_registered_poor_get(Pointer out, Pointer store, byte[] householdId, long householdIdLen);
  void rg_assistance_exit_init(Pointer exit);
  int rg_assistance_exit_record(Pointer store, Pointer exit);
  int rg_assistance_exit_get(Pointer out, Pointer store, byte[] householdId, long householdIdLen);
  void rg_household_event_init(Pointer event);
  int rg_household_events_record(LongByReference outId, Pointer store, Pointer event);
  int rg_statuses_import_csv(Pointer out, Pointer store, byte[] memberships, long membershipsLen, byte[] events, long eventsLen, Pointer options);
  int rg_statuses_export_csv(Pointer store, byte[] memberships, long membershipsLen, byte[] events, long eventsLen);
  int rg_household_events_list(Pointer out, long capacity, LongByReference outCount, Pointer store, byte[] householdId, long householdIdLen, int first, int last);
  int rg_status_history_import_csv(Pointer out, Pointer store, byte[] registeredPoor, long registeredPoorLen, byte[] assistanceExits, long assistanceExitsLen, Pointer options);
  int rg_status_history_export_csv(Pointer store, byte[] registeredPoor, long registeredPoorLen, byte[] assistanceExits, long assistanceExitsLen);
}
