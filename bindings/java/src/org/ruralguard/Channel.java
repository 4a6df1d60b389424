package org.ruralguard;

/**
 * Clue channels.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum Channel implements CodedEnum {
  /** {@code RG_CHANNEL_SELF_DECLARED} */
  SELF_DECLARED(1, "RG_CHANNEL_SELF_DECLARED"),
  /** {@code RG_CHANNEL_HOTLINE_12317} */
  HOTLINE_12317(2, "RG_CHANNEL_HOTLINE_12317"),
  /** {@code RG_CHANNEL_PHONE_APP} */
  PHONE_APP(3, "RG_CHANNEL_PHONE_APP"),
  /** {@code RG_CHANNEL_CADRE_VISIT} */
  CADRE_VISIT(4, "RG_CHANNEL_CADRE_VISIT"),
  /** {@code RG_CHANNEL_DEPARTMENT_DATA} */
  DEPARTMENT_DATA(5, "RG_CHANNEL_DEPARTMENT_DATA"),
  /** {@code RG_CHANNEL_PLATFORM_ANALYSIS} */
  PLATFORM_ANALYSIS(6, "RG_CHANNEL_PLATFORM_ANALYSIS"),
  /** {@code RG_CHANNEL_SUPERVISION} */
  SUPERVISION(7, "RG_CHANNEL_SUPERVISION");

  private final int code;
  private final String macro;

  Channel(int code, String macro) {
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
  public static Channel of(int code) {
    return CodedEnum.of(Channel.class, code);
  }
}
