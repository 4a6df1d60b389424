package org.ruralguard;

/**
 * The five rights (indexes of the rights arrays).
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum AssetRight implements CodedEnum {
  /** {@code RG_RIGHT_OWNERSHIP} */
  OWNERSHIP(0, "RG_RIGHT_OWNERSHIP"),
  /** {@code RG_RIGHT_MANAGEMENT} */
  MANAGEMENT(1, "RG_RIGHT_MANAGEMENT"),
  /** {@code RG_RIGHT_INCOME} */
  INCOME(2, "RG_RIGHT_INCOME"),
  /** {@code RG_RIGHT_DISPOSAL} */
  DISPOSAL(3, "RG_RIGHT_DISPOSAL"),
  /** {@code RG_RIGHT_SUPERVISION} */
  SUPERVISION(4, "RG_RIGHT_SUPERVISION");

  private final int code;
  private final String macro;

  AssetRight(int code, String macro) {
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
  public static AssetRight of(int code) {
    return CodedEnum.of(AssetRight.class, code);
  }
}
