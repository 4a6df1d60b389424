package org.ruralguard;

/**
 * Procedure limits of a policy.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum ProcedureLimit implements CodedEnum {
  /** {@code RG_LIMIT_IDENTIFY} */
  IDENTIFY(1, "RG_LIMIT_IDENTIFY"),
  /** {@code RG_LIMIT_NOTICE} */
  NOTICE(2, "RG_LIMIT_NOTICE"),
  /** {@code RG_LIMIT_TOWNSHIP_TO_COUNTY} */
  TOWNSHIP_TO_COUNTY(3, "RG_LIMIT_TOWNSHIP_TO_COUNTY"),
  /** {@code RG_LIMIT_ELIMINATION_NOTICE} */
  ELIMINATION_NOTICE(4, "RG_LIMIT_ELIMINATION_NOTICE");

  private final int code;
  private final String macro;

  ProcedureLimit(int code, String macro) {
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
  public static ProcedureLimit of(int code) {
    return CodedEnum.of(ProcedureLimit.class, code);
  }
}
