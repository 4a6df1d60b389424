package org.ruralguard;

/**
 * Elimination conditions: bit (1 << code) in failed_conditions.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the bit position of the type in a mask (mask bit {@code 1 << code()}).
 */
public enum EliminationCondition implements CodedEnum {
  /** {@code RG_ELIM_MONTHS_MONITORED} */
  MONTHS_MONITORED(1, "RG_ELIM_MONTHS_MONITORED"),
  /** {@code RG_ELIM_MEASURES_IMPLEMENTED} */
  MEASURES_IMPLEMENTED(2, "RG_ELIM_MEASURES_IMPLEMENTED"),
  /** {@code RG_ELIM_INCOME_STABLE} */
  INCOME_STABLE(3, "RG_ELIM_INCOME_STABLE"),
  /** {@code RG_ELIM_INCOME_ABOVE_THRESHOLD} */
  INCOME_ABOVE_THRESHOLD(4, "RG_ELIM_INCOME_ABOVE_THRESHOLD"),
  /** {@code RG_ELIM_RIGID_EXPENDITURE} */
  RIGID_EXPENDITURE(5, "RG_ELIM_RIGID_EXPENDITURE"),
  /** {@code RG_ELIM_GUARANTEES} */
  GUARANTEES(6, "RG_ELIM_GUARANTEES"),
  /** {@code RG_ELIM_RISKS_GONE} */
  RISKS_GONE(7, "RG_ELIM_RISKS_GONE"),
  /** {@code RG_ELIM_HAS_LABOUR} */
  HAS_LABOUR(8, "RG_ELIM_HAS_LABOUR"),
  /** {@code RG_ELIM_NOT_TOO_SOON} */
  NOT_TOO_SOON(9, "RG_ELIM_NOT_TOO_SOON"),
  /** {@code RG_ELIM_VETO} */
  VETO(10, "RG_ELIM_VETO");

  private final int code;
  private final String macro;

  EliminationCondition(int code, String macro) {
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
  public static EliminationCondition of(int code) {
    return CodedEnum.of(EliminationCondition.class, code);
  }
}
