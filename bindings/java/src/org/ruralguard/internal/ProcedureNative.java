package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;

/**
 * Roles, procedure limits, working-day calendars and risk warning letters (issue 16).
 *
 * <p>One Java method per C function of {@code include/ruralguard/ruralguard.h}: same name, same
 * parameters in the same order (docs/java.md, "Adding a C function"). See {@link RgNative} for
 * the type mapping.
 */
public interface ProcedureNative {
  int rg_policy_procedure_limit(IntByReference outDays, ByteByReference outUnit, ByteByReference outIsSet, byte[] outCalendar, long calendarCapacity, LongByReference outCalendarLength, Pointer policy, int limit);
  int rg_policy_limit_deadline(IntByReference out, Pointer policy, int limit, int start);
  int rg_policy_add_working_days(IntByReference out, Pointer policy, byte[] calendar, long calendarLen, int start, int days);
  int rg_policy_working_days_between(IntByReference out, Pointer policy, byte[] calendar, long calendarLen, int from, int to);
  int rg_policy_step_role_allowed(ByteByReference outAllowed, Pointer policy, int step, int role);
  int rg_case_proposed_category(ByteByReference outCategory, Pointer store, long caseId);
  void rg_warning_letter_init(Pointer letter);
  int rg_warning_letter_issue(LongByReference outLetterId, Pointer store, Pointer letter);
  int rg_warning_letter_answer(LongByReference outCaseId, Pointer store, long letterId, long householdKey, int kind, int date, byte[] actor, long actorLen, byte[] reason, long reasonLen);
  int rg_warning_letter_counts(Pointer out, Pointer store, long letterId, int asOf);
  int rg_warning_letters_scan(LongByReference outRaised, Pointer store, int asOf);
  int rg_warning_letters_overdue(Pointer outLetterIds, long capacity, LongByReference outCount, Pointer store);
}
