package org.ruralguard;

/**
 * Rounding modes: HALF_UP (ties away from zero, {@link java.math.RoundingMode#HALF_UP}), HALF_EVEN, DOWN (toward zero), UP (away from zero).
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum Rounding implements CodedEnum {
  /** {@code RG_ROUND_HALF_UP} */
  HALF_UP(0, "RG_ROUND_HALF_UP"),
  /** {@code RG_ROUND_HALF_EVEN} */
  HALF_EVEN(1, "RG_ROUND_HALF_EVEN"),
  /** {@code RG_ROUND_DOWN} */
  DOWN(2, "RG_ROUND_DOWN"),
  /** {@code RG_ROUND_UP} */
  UP(3, "RG_ROUND_UP");

  private final int code;
  private final String macro;

  Rounding(int code, String macro) {
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
  public static Rounding of(int code) {
    return CodedEnum.of(Rounding.class, code);
  }
}
