package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;

/**
 * Versions, status names, money, dates and region codes of ruralguard.h.
 *
 * <p>One Java method per C function of {@code include/ruralguard/ruralguard.h}: same name, same
 * parameters in the same order (docs/java.md, "Adding a C function"). See {@link RgNative} for
 * the type mapping.
 */
public interface CoreNative {
  int rg_version_number();
  Pointer rg_version_string();
  Pointer rg_status_name(int status);
  Pointer rg_last_error_message();
  int rg_money_parse(LongByReference out, byte[] text, long textLen, int flags);
  int rg_money_format(byte[] out, long outCapacity, LongByReference outLength, long amount, int decimals, int rounding, int flags);
  int rg_money_add(LongByReference out, long a, long b);
  int rg_money_sub(LongByReference out, long a, long b);
  int rg_money_mul_ratio(LongByReference out, long amount, long numerator, long denominator, int decimals, int rounding);
  int rg_money_div(LongByReference out, long amount, long divisor, int decimals, int rounding);
  int rg_money_check_fen(long amount);
  int rg_money_allocate(Pointer outParts, long total, Pointer weights, long count);
  int rg_money_allocate_fen(Pointer outParts, long total, Pointer weights, long count);
  int rg_date_parse(IntByReference out, byte[] text, long textLen);
  int rg_date_from_ymd(IntByReference out, int year, int month, int day);
  int rg_date_to_ymd(IntByReference outYear, IntByReference outMonth, IntByReference outDay, int date);
  int rg_date_format(byte[] out, long outCapacity, int date);
  int rg_date_add_months(IntByReference out, int date, int months);
  int rg_region_parse(LongByReference outCode, ByteByReference outLevel, byte[] text, long textLen);
  int rg_region_parent(LongByReference outParent, long code);
  int rg_region_is_within(ByteByReference outWithin, long code, byte[] prefix, long prefixLen);
}
