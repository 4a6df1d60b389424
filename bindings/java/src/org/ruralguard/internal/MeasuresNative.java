package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;

/**
 * Poverty measures: Foster-Greer-Thorbecke and Alkire-Foster.
 *
 * <p>One Java method per C function of {@code include/ruralguard/ruralguard.h}: same name, same
 * parameters in the same order (docs/java.md, "Adding a C function"). See {@link RgNative} for
 * the type mapping.
 */
public interface MeasuresNative {
  int rg_measures_fgt(byte[] out, long outCapacity, LongByReference outLength, Pointer incomes, Pointer weights, long count, long line, int alpha, int flags, int decimals, int rounding);
  void rg_af_input_init(Pointer input);
  int rg_measures_alkire_foster(byte[] out, long outCapacity, LongByReference outLength, Pointer input, int decimals, int rounding);
  int rg_measures_alkire_foster_detail(byte[] out, long outCapacity, LongByReference outLength, Pointer input, Pointer groupOfPerson, int decimals, int rounding);
}
