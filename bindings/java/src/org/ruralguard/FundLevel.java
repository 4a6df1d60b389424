package org.ruralguard;

/**
 * Fund source levels.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum FundLevel implements CodedEnum {
  /** {@code RG_FUND_CENTRAL} */
  CENTRAL(1, "RG_FUND_CENTRAL"),
  /** {@code RG_FUND_PROVINCIAL} */
  PROVINCIAL(2, "RG_FUND_PROVINCIAL"),
  /** {@code RG_FUND_MUNICIPAL} */
  MUNICIPAL(3, "RG_FUND_MUNICIPAL"),
  /** {@code RG_FUND_COUNTY} */
  COUNTY(4, "RG_FUND_COUNTY");

  private final int code;
  private final String macro;

  FundLevel(int code, String macro) {
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
  public static FundLevel of(int code) {
    return CodedEnum.of(FundLevel.class, code);
  }
}
