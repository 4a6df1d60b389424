package org.ruralguard;

/**
 * Failed post-elimination checks (bits of findings).
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the bit value in a mask.
 */
public enum PostCheckFinding implements CodedEnum {
  /** {@code RG_POSTCHECK_INCOME_BELOW_RANGE} */
  INCOME_BELOW_RANGE(1, "RG_POSTCHECK_INCOME_BELOW_RANGE"),
  /** {@code RG_POSTCHECK_NO_WAGE_INCOME} */
  NO_WAGE_INCOME(2, "RG_POSTCHECK_NO_WAGE_INCOME"),
  /** {@code RG_POSTCHECK_NO_TRANSFER_INCOME} */
  NO_TRANSFER_INCOME(4, "RG_POSTCHECK_NO_TRANSFER_INCOME"),
  /** {@code RG_POSTCHECK_NO_BUSINESS_INCOME} */
  NO_BUSINESS_INCOME(8, "RG_POSTCHECK_NO_BUSINESS_INCOME");

  private final int code;
  private final String macro;

  PostCheckFinding(int code, String macro) {
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
  public static PostCheckFinding of(int code) {
    return CodedEnum.of(PostCheckFinding.class, code);
  }
}
