package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * Monitoring cases: department records, the procedure, measures, visits, alerts, notices and case reports.
 *
 * <p>One Java method per C function of {@code include/ruralguard/ruralguard.h}: same name, same
 * parameters in the same order (docs/java.md, "Adding a C function"). See {@link RgNative} for
 * the type mapping.
 */
public interface CasesNative {
  int rg_cases_ingest(Pointer out, Pointer outStatus, Pointer store, Pointer policy, Pointer records);
  int rg_case_open(LongByReference outCaseId, Pointer store, long householdKey, int channel, int found, byte[] note, long noteLen);
  void rg_case_step_init(Pointer step);
  int rg_case_advance(ByteByReference outState, Pointer store, Pointer policy, long caseId, Pointer step);
  int rg_case_get(Pointer out, Pointer store, long caseId);
  int rg_case_add_measure(LongByReference outMeasureId, Pointer store, long caseId, int category, int start, int end, long plannedAmount, int status, byte[] content, long contentLen, byte[] actor, long actorLen);
  int rg_case_set_measure_status(Pointer store, long measureId, int status, int date, byte[] actor, long actorLen);
  int rg_case_record_visit(LongByReference outVisitId, Pointer store, long caseId, int date, byte[] visitor, long visitorLen, byte[] findings, long findingsLen);
  int rg_alerts_scan(LongByReference outRaised, LongByReference outStillOpen, LongByReference outAutoResolved, Pointer store, Pointer policy, int asOf);
  int rg_alerts_list(PointerByReference outList, Pointer store, int state);
  int rg_alert_list_count(LongByReference outCount, Pointer list);
  int rg_alert_list_get(Pointer out, byte[] message, long messageCapacity, LongByReference messageLength, Pointer list, long index);
  void rg_alert_list_free(Pointer list);
  int rg_alert_acknowledge(Pointer store, long alertId, int when, byte[] who, long whoLen, byte[] note, long noteLen);
  int rg_alert_resolve(Pointer store, long alertId, int when, byte[] who, long whoLen, byte[] note, long noteLen);
  int rg_case_notice(byte[] out, long outCapacity, LongByReference outLength, Pointer store, long caseId, byte[] headNameMasked, long headNameLen, byte elimination);
  int rg_cases_report(Pointer out, Pointer store, Pointer policy, int asOf);
}
