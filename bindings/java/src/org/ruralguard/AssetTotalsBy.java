package org.ruralguard;

/**
 * Groupings of asset totals.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum AssetTotalsBy implements CodedEnum {
  /** {@code RG_ASSET_TOTALS_BY_CLASS} */
  CLASS(1, "RG_ASSET_TOTALS_BY_CLASS"),
  /** {@code RG_ASSET_TOTALS_BY_STATUS} */
  STATUS(2, "RG_ASSET_TOTALS_BY_STATUS"),
  /** {@code RG_ASSET_TOTALS_BY_REGION_PREFIX} */
  REGION_PREFIX(3, "RG_ASSET_TOTALS_BY_REGION_PREFIX");

  private final int code;
  private final String macro;

  AssetTotalsBy(int code, String macro) {
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
  public static AssetTotalsBy of(int code) {
    return CodedEnum.of(AssetTotalsBy.class, code);
  }
}
