package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * Region summaries, indicator sets and the rendered report.
 *
 * <p>One Java method per C function of {@code include/ruralguard/ruralguard.h}: same name, same
 * parameters in the same order (docs/java.md, "Adding a C function"). See {@link RgNative} for
 * the type mapping.
 */
public interface ReportsNative {
  int rg_summary_from_store(PointerByReference out, Pointer store, int asOf, byte[] regionPrefix, long prefixLen);
  void rg_summary_households_init(Pointer rows);
  int rg_summary_from_households(PointerByReference out, Pointer rows);
  int rg_summary_from_json(PointerByReference out, byte[] json, long jsonLen);
  int rg_summary_to_json(byte[] out, long outCapacity, LongByReference outLength, Pointer summary);
  int rg_summary_merge(Pointer into, Pointer from);
  int rg_summary_roll_up(PointerByReference out, Pointer summary, int level);
  int rg_summary_count(LongByReference out, Pointer summary);
  int rg_summary_figures(Pointer out, Pointer summary, long index);
  void rg_summary_free(Pointer summary);
  int rg_indicators_default(byte[] out, long outCapacity, LongByReference outLength, int asOf);
  int rg_report_render(byte[] out, long outCapacity, LongByReference outLength, Pointer summary, int asOf, int detailLevel, int format, byte[] indicatorsJson, long indicatorsLen);
}
