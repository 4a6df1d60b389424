package org.ruralguard;

/**
 * Alert states.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum AlertState implements CodedEnum {
  /** {@code RG_ALERT_ACTIVE} */
  ACTIVE(1, "RG_ALERT_ACTIVE"),
  /** {@code RG_ALERT_ACKNOWLEDGED} */
  ACKNOWLEDGED(2, "RG_ALERT_ACKNOWLEDGED"),
  /** {@code RG_ALERT_RESOLVED} */
  RESOLVED(3, "RG_ALERT_RESOLVED");

  private final int code;
  private final String macro;

  AlertState(int code, String macro) {
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
  public static AlertState of(int code) {
    return CodedEnum.of(AlertState.class, code);
  }
}
