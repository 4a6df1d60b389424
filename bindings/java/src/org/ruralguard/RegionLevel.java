package org.ruralguard;

/**
 * Levels of a 12-digit region code.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum RegionLevel implements CodedEnum {
  /** {@code RG_REGION_PROVINCE} */
  PROVINCE(1, "RG_REGION_PROVINCE"),
  /** {@code RG_REGION_CITY} */
  CITY(2, "RG_REGION_CITY"),
  /** {@code RG_REGION_COUNTY} */
  COUNTY(3, "RG_REGION_COUNTY"),
  /** {@code RG_REGION_TOWNSHIP} */
  TOWNSHIP(4, "RG_REGION_TOWNSHIP"),
  /** {@code RG_REGION_VILLAGE} */
  VILLAGE(5, "RG_REGION_VILLAGE");

  private final int code;
  private final String macro;

  RegionLevel(int code, String macro) {
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
  public static RegionLevel of(int code) {
    return CodedEnum.of(RegionLevel.class, code);
  }
}
