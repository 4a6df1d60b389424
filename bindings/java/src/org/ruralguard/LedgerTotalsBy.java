package org.ruralguard;

/**
 * Groupings of ledger totals.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum LedgerTotalsBy implements CodedEnum {
  /** {@code RG_TOTALS_BY_LEVEL} */
  LEVEL(1, "RG_TOTALS_BY_LEVEL"),
  /** {@code RG_TOTALS_BY_YEAR} */
  YEAR(2, "RG_TOTALS_BY_YEAR"),
  /** {@code RG_TOTALS_BY_PROJECT_TYPE} */
  PROJECT_TYPE(3, "RG_TOTALS_BY_PROJECT_TYPE"),
  /** {@code RG_TOTALS_BY_REGION_PREFIX} */
  REGION_PREFIX(4, "RG_TOTALS_BY_REGION_PREFIX");

  private final int code;
  private final String macro;

  LedgerTotalsBy(int code, String macro) {
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
  public static LedgerTotalsBy of(int code) {
    return CodedEnum.of(LedgerTotalsBy.class, code);
  }
}
