package org.ruralguard;

/**
 * Monitoring case states.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum CaseState implements CodedEnum {
  /** {@code RG_CASE_CLUE} */
  CLUE(1, "RG_CASE_CLUE"),
  /** {@code RG_CASE_VERIFIED} */
  VERIFIED(2, "RG_CASE_VERIFIED"),
  /** {@code RG_CASE_COMPARED} */
  COMPARED(3, "RG_CASE_COMPARED"),
  /** {@code RG_CASE_REVIEWED} */
  REVIEWED(4, "RG_CASE_REVIEWED"),
  /** {@code RG_CASE_NOTICED} */
  NOTICED(5, "RG_CASE_NOTICED"),
  /** {@code RG_CASE_TOWNSHIP_APPROVED} */
  TOWNSHIP_APPROVED(6, "RG_CASE_TOWNSHIP_APPROVED"),
  /** {@code RG_CASE_MONITORED} */
  MONITORED(7, "RG_CASE_MONITORED"),
  /** {@code RG_CASE_REJECTED} */
  REJECTED(8, "RG_CASE_REJECTED"),
  /** {@code RG_CASE_ELIMINATION_VERIFIED} */
  ELIMINATION_VERIFIED(9, "RG_CASE_ELIMINATION_VERIFIED"),
  /** {@code RG_CASE_ELIMINATION_REVIEWED} */
  ELIMINATION_REVIEWED(10, "RG_CASE_ELIMINATION_REVIEWED"),
  /** {@code RG_CASE_ELIMINATION_NOTICED} */
  ELIMINATION_NOTICED(11, "RG_CASE_ELIMINATION_NOTICED"),
  /** {@code RG_CASE_ELIMINATION_TOWNSHIP_APPROVED} */
  ELIMINATION_TOWNSHIP_APPROVED(12, "RG_CASE_ELIMINATION_TOWNSHIP_APPROVED"),
  /** {@code RG_CASE_ELIMINATED} */
  ELIMINATED(13, "RG_CASE_ELIMINATED");

  private final int code;
  private final String macro;

  CaseState(int code, String macro) {
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
  public static CaseState of(int code) {
    return CodedEnum.of(CaseState.class, code);
  }
}
