package org.ruralguard;

/**
 * Warning levels.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum Level implements CodedEnum {
  /** {@code RG_LEVEL_NONE} */
  NONE(0, "RG_LEVEL_NONE"),
  /** {@code RG_LEVEL_BLUE} */
  BLUE(1, "RG_LEVEL_BLUE"),
  /** {@code RG_LEVEL_YELLOW} */
  YELLOW(2, "RG_LEVEL_YELLOW"),
  /** {@code RG_LEVEL_RED} */
  RED(3, "RG_LEVEL_RED");

  private final int code;
  private final String macro;

  Level(int code, String macro) {
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
  public static Level of(int code) {
    return CodedEnum.of(Level.class, code);
  }
}
