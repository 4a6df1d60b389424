package org.ruralguard;

/**
 * Risk types: bit positions in risk masks.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the bit position of the type in a mask (mask bit {@code 1 << code()}).
 */
public enum RiskType implements CodedEnum {
  /** {@code RG_RISK_ILLNESS} */
  ILLNESS(0, "RG_RISK_ILLNESS"),
  /** {@code RG_RISK_DISABILITY} */
  DISABILITY(1, "RG_RISK_DISABILITY"),
  /** {@code RG_RISK_EDUCATION} */
  EDUCATION(2, "RG_RISK_EDUCATION"),
  /** {@code RG_RISK_NATURAL_DISASTER} */
  NATURAL_DISASTER(3, "RG_RISK_NATURAL_DISASTER"),
  /** {@code RG_RISK_ACCIDENT} */
  ACCIDENT(4, "RG_RISK_ACCIDENT"),
  /** {@code RG_RISK_UNSTABLE_EMPLOYMENT} */
  UNSTABLE_EMPLOYMENT(5, "RG_RISK_UNSTABLE_EMPLOYMENT"),
  /** {@code RG_RISK_INDUSTRY_FAILURE} */
  INDUSTRY_FAILURE(6, "RG_RISK_INDUSTRY_FAILURE"),
  /** {@code RG_RISK_LACK_OF_LABOUR} */
  LACK_OF_LABOUR(7, "RG_RISK_LACK_OF_LABOUR"),
  /** {@code RG_RISK_HOUSING} */
  HOUSING(8, "RG_RISK_HOUSING"),
  /** {@code RG_RISK_DRINKING_WATER} */
  DRINKING_WATER(9, "RG_RISK_DRINKING_WATER"),
  /** {@code RG_RISK_HIGH_RIGID_EXPENDITURE} */
  HIGH_RIGID_EXPENDITURE(10, "RG_RISK_HIGH_RIGID_EXPENDITURE"),
  /** {@code RG_RISK_INCOME_DROP} */
  INCOME_DROP(11, "RG_RISK_INCOME_DROP"),
  /** {@code RG_RISK_OTHER} */
  OTHER(12, "RG_RISK_OTHER");

  private final int code;
  private final String macro;

  RiskType(int code, String macro) {
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
  public static RiskType of(int code) {
    return CodedEnum.of(RiskType.class, code);
  }
}
