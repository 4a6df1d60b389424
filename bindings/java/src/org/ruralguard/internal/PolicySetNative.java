package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * Policy sets and regimes (issue 16): sets keyed by (province, year), the per-household batch,
 * the stored sets, the 2025-vs-2026 comparison.
 *
 * <p>One Java method per C function of {@code include/ruralguard/ruralguard.h}: same name, same
 * parameters in the same order (docs/java.md, "Adding a C function").
 */
public interface PolicySetNative {
  int rg_policy_set_from_json(PointerByReference outSet, byte[] json, long jsonLen);
  int rg_policy_set_builtin(PointerByReference outSet);
  int rg_policy_set_to_json(byte[] out, long outCapacity, LongByReference outLength, Pointer set);
  int rg_policy_set_counts(LongByReference outCount, LongByReference outChanges, Pointer set);
  int rg_policy_set_lookup(PointerByReference outPolicy, Pointer set, long regionCode, int incomePeriodEnd);
  void rg_policy_set_free(Pointer set);
  int rg_policy_regime(IntByReference outRegime, Pointer policy);
  int rg_policy_compare(byte[] out, long outCapacity, LongByReference outLength, Pointer facts, Pointer before, int beforeAsOf, Pointer after, int afterAsOf, int format, int language);
  int rg_risk_assess_batch_set(LongByReference outFailed, Pointer out, Pointer in, Pointer set, int asOf);
  int rg_store_assess_run(LongByReference outRunId, LongByReference outMonitored, Pointer store, Pointer set, int asOf, byte[] label, long labelLen);
  int rg_summary_from_store_policies(PointerByReference out, Pointer store, int asOf, byte[] regionPrefix, long prefixLen, Pointer policy, Pointer set);
  int rg_store_save_policy_set(Pointer store, Pointer set);
  int rg_store_load_policy_set(PointerByReference outSet, Pointer store, byte[] id, long idLen, int version);
}
