package org.ruralguard;

/**
 * Data-quality finding severities.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum DqSeverity implements CodedEnum {
  /** {@code RG_DQ_ERROR} */
  ERROR(1, "RG_DQ_ERROR"),
  /** {@code RG_DQ_WARNING} */
  WARNING(2, "RG_DQ_WARNING");

  private final int code;
  private final String macro;

  DqSeverity(int code, String macro) {
    this.code = code;
    this.macro = macro;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String macro() {
    return macro;
  }

  /** The constant with this C value; {@link InvalidArgumentException} for any other value. */
  public static DqSeverity of(int code) {
    return CodedEnum.of(DqSeverity.class, code);
  }
}
