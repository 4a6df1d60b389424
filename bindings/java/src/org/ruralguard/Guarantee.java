package org.ruralguard;

/**
 * Guarantee failures (bits of guarantee_failures).
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the bit value in a mask.
 */
public enum Guarantee implements CodedEnum {
  /** {@code RG_GUARANTEE_CHILD_OUT_OF_SCHOOL} */
  CHILD_OUT_OF_SCHOOL(1, "RG_GUARANTEE_CHILD_OUT_OF_SCHOOL"),
  /** {@code RG_GUARANTEE_UNINSURED} */
  UNINSURED(2, "RG_GUARANTEE_UNINSURED"),
  /** {@code RG_GUARANTEE_UNSAFE_HOUSE} */
  UNSAFE_HOUSE(4, "RG_GUARANTEE_UNSAFE_HOUSE"),
  /** {@code RG_GUARANTEE_UNSAFE_WATER} */
  UNSAFE_WATER(8, "RG_GUARANTEE_UNSAFE_WATER"),
  /** {@code RG_GUARANTEE_FOOD} */
  FOOD(16, "RG_GUARANTEE_FOOD");

  private final int code;
  private final String macro;

  Guarantee(int code, String macro) {
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
  public static Guarantee of(int code) {
    return CodedEnum.of(Guarantee.class, code);
  }
}
