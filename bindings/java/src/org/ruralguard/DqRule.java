package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.PointerByReference;
import org.ruralguard.internal.Lib;

/** A data-quality rule ({@code rg_dq_rule_info}): code "DQ002", key, severity and titles. */
public record DqRule(int rule, String code, String key, DqSeverity severity, String titleEn,
    String titleZh) {
  /** {@code RG_DQ_RULES}. */
  public static final int COUNT = 11;

  /** Rule {@code rule} (1..{@link #COUNT}); {@link NotFoundException} for any other. */
  public static DqRule of(int rule) {
    if (rule < 0 || rule > 0xFFFF) {
      throw new NotFoundException("data-quality rule " + rule + " does not exist");
    }
    PointerByReference code = new PointerByReference();
    PointerByReference key = new PointerByReference();
    ByteByReference severity = new ByteByReference();
    PointerByReference en = new PointerByReference();
    PointerByReference zh = new PointerByReference();
    check(RG.rg_dq_rule_info(code, key, severity, en, zh, (short) rule));
    return new DqRule(rule, Lib.cString(code.getValue()), Lib.cString(key.getValue()),
        DqSeverity.of(severity.getValue()), Lib.cString(en.getValue()), Lib.cString(zh.getValue()));
  }
}
