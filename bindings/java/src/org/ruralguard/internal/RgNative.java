package org.ruralguard.internal;

import com.sun.jna.Library;

/**
 * Every C function of {@code include/ruralguard/ruralguard.h}, bound with JNA interface mapping.
 * The functions are declared in one interface per header section ({@link CoreNative},
 * {@link StoreNative}, ...); this interface joins them so one proxy serves them all.
 *
 * <p>Type mapping (x86-64 / aarch64 Linux, LP64): {@code size_t}, {@code int64_t},
 * {@code uint64_t} and {@code rg_money} are {@code long}; {@code int32_t}, {@code uint32_t},
 * {@code rg_status} and {@code rg_date} are {@code int}; {@code uint16_t} is {@code short};
 * {@code uint8_t} is {@code byte}. Unsigned values keep their bits (read them with
 * {@code Integer.toUnsignedLong} and friends). Text in is {@code byte[]} (UTF-8, not
 * NUL-terminated) plus its length; text out is a {@code byte[]} buffer; returned static text is a
 * {@link com.sun.jna.Pointer}. Struct and array arguments are {@code Pointer}s: a JNA
 * {@code Structure}'s memory (written before, read after the call) or a {@code Memory} block for
 * bulk columns. Single out-values are {@code *ByReference}; handles out are
 * {@code PointerByReference}.
 *
 * <p>This layer does no checking: a wrong pointer crashes the process. Use the public classes of
 * {@code org.ruralguard}, which own the memory and check every argument.
 */
public interface RgNative extends Library, CoreNative, StoreNative, RiskNative, PolicySetNative, CasesNative,
    CaseTimeNative, LedgerNative, MeasuresNative, HouseholdsNative, AssetsNative, ReportsNative, StatusNative,
    ProcedureNative {}
