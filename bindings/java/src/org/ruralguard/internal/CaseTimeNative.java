package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;

/**
 * A case over time (issue 16): re-identification, reassessed levels and their history, the
 * derived clocks, post-elimination checks ("Part: a case over time" of ruralguard.h).
 *
 * <p>One Java method per C function: same name, same parameters in the same order
 * (docs/java.md, "Adding a C function"). See {@link RgNative} for the type mapping.
 */
public interface CaseTimeNative {
  int rg_case_open_clue(LongByReference outCaseId, ByteByReference outReidentified, Pointer store, Pointer policy, long householdKey, int channel, int found, byte[] note, long noteLen);
  int rg_case_reassess(ByteByReference outLevel, Pointer store, Pointer policy, long caseId, int date, int level, byte[] actor, long actorLen, byte[] note, long noteLen);
  int rg_case_visit_reassess(LongByReference outVisitId, ByteByReference outLevel, Pointer store, Pointer policy, long caseId, int date, byte[] visitor, long visitorLen, byte[] findings, long findingsLen, int level);
  int rg_case_level_history(Pointer out, long capacity, LongByReference outCount, Pointer store, long caseId);
  int rg_case_clocks(IntByReference outMonitoredSince, IntByReference outIncomeStableSince, Pointer store, Pointer policy, long caseId, int asOf);
  int rg_case_post_elimination_check(Pointer out, Pointer store, Pointer policy, long caseId, int date, byte[] actor, long actorLen);
}
