package org.ruralguard;

/**
 * Alert kinds.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum AlertKind implements CodedEnum {
  /** {@code RG_ALERT_VISIT_OVERDUE} */
  VISIT_OVERDUE(1, "RG_ALERT_VISIT_OVERDUE"),
  /** {@code RG_ALERT_IDENTIFICATION_OVERDUE} */
  IDENTIFICATION_OVERDUE(2, "RG_ALERT_IDENTIFICATION_OVERDUE"),
  /** {@code RG_ALERT_NO_MEASURE} */
  NO_MEASURE(3, "RG_ALERT_NO_MEASURE"),
  /** {@code RG_ALERT_NO_DEVELOPMENT_MEASURE} */
  NO_DEVELOPMENT_MEASURE(4, "RG_ALERT_NO_DEVELOPMENT_MEASURE"),
  /** {@code RG_ALERT_RISK_WITHOUT_MEASURE} */
  RISK_WITHOUT_MEASURE(5, "RG_ALERT_RISK_WITHOUT_MEASURE"),
  /** {@code RG_ALERT_POST_ELIMINATION_CHECK_DUE} */
  POST_ELIMINATION_CHECK_DUE(6, "RG_ALERT_POST_ELIMINATION_CHECK_DUE");

  private final int code;
  private final String macro;

  AlertKind(int code, String macro) {
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
  public static AlertKind of(int code) {
    return CodedEnum.of(AlertKind.class, code);
  }
}
