package org.ruralguard;

/**
 * Steps of the case procedure.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum CaseStepKind implements CodedEnum {
  /** {@code RG_STEP_VERIFY} */
  VERIFY(1, "RG_STEP_VERIFY"),
  /** {@code RG_STEP_COMPARE} */
  COMPARE(2, "RG_STEP_COMPARE"),
  /** {@code RG_STEP_REVIEW} */
  REVIEW(3, "RG_STEP_REVIEW"),
  /** {@code RG_STEP_NOTICE} */
  NOTICE(4, "RG_STEP_NOTICE"),
  /** {@code RG_STEP_TOWNSHIP_APPROVE} */
  TOWNSHIP_APPROVE(5, "RG_STEP_TOWNSHIP_APPROVE"),
  /** {@code RG_STEP_COUNTY_APPROVE} */
  COUNTY_APPROVE(6, "RG_STEP_COUNTY_APPROVE"),
  /** {@code RG_STEP_REJECT} */
  REJECT(7, "RG_STEP_REJECT"),
  /** {@code RG_STEP_START_ELIMINATION} */
  START_ELIMINATION(8, "RG_STEP_START_ELIMINATION"),
  /** {@code RG_STEP_ROLLBACK} */
  ROLLBACK(9, "RG_STEP_ROLLBACK"),
  /** {@code RG_STEP_REASSESS} */
  REASSESS(10, "RG_STEP_REASSESS");

  private final int code;
  private final String macro;

  CaseStepKind(int code, String macro) {
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
  public static CaseStepKind of(int code) {
    return CodedEnum.of(CaseStepKind.class, code);
  }
}
