package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * Policies, risk assessment (single and batch), elimination checks, stored policies and assessment runs.
 *
 * <p>One Java method per C function of {@code include/ruralguard/ruralguard.h}: same name, same
 * parameters in the same order (docs/java.md, "Adding a C function"). See {@link RgNative} for
 * the type mapping.
 */
public interface RiskNative {
  int rg_store_save_policy(Pointer store, Pointer policy);
  int rg_store_load_policy(PointerByReference outPolicy, Pointer store, byte[] id, long idLen, int version);
  int rg_risk_run_record(LongByReference outRunId, Pointer store, Pointer policy, int asOf, Pointer householdKeys, long count, Pointer results, byte[] label, long labelLen);
  int rg_risk_run_diff(PointerByReference outDiff, Pointer store, long earlier, long later);
  int rg_run_diff_counts(LongByReference outEntered, LongByReference outLeft, LongByReference outLevelChanged, Pointer diff);
  int rg_run_diff_copy(Pointer entered, Pointer left, Pointer changedKeys, Pointer levelFrom, Pointer levelTo, Pointer diff);
  void rg_run_diff_free(Pointer diff);
  int rg_policy_default(PointerByReference outPolicy, byte[] province, long provinceLen, int year);
  int rg_policy_from_json(PointerByReference outPolicy, byte[] json, long jsonLen);
  int rg_policy_to_json(byte[] out, long outCapacity, LongByReference outLength, Pointer policy);
  int rg_policy_threshold(LongByReference outThreshold, Pointer policy, long regionCode);
  void rg_policy_free(Pointer policy);
  void rg_household_facts_init(Pointer facts);
  int rg_risk_assess(Pointer out, Pointer facts, Pointer policy, int asOf);
  int rg_risk_explain(byte[] out, long outCapacity, LongByReference outLength, Pointer facts, Pointer policy, int asOf, int language);
  int rg_risk_assess_batch(LongByReference outFailed, Pointer out, Pointer in, Pointer policy, int asOf);
  int rg_risk_check_elimination(Pointer out, byte[] report, long reportCapacity, LongByReference reportLength, Pointer caseFacts, Pointer facts, Pointer policy, int asOf, int kind, int language);
}
