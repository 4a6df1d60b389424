package org.ruralguard;

/**
 * Assistance measure categories.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum MeasureCategory implements CodedEnum {
  /** {@code RG_MEASURE_INDUSTRY} */
  INDUSTRY(1, "RG_MEASURE_INDUSTRY"),
  /** {@code RG_MEASURE_EMPLOYMENT} */
  EMPLOYMENT(2, "RG_MEASURE_EMPLOYMENT"),
  /** {@code RG_MEASURE_FINANCE} */
  FINANCE(3, "RG_MEASURE_FINANCE"),
  /** {@code RG_MEASURE_PUBLIC_WELFARE_JOB} */
  PUBLIC_WELFARE_JOB(4, "RG_MEASURE_PUBLIC_WELFARE_JOB"),
  /** {@code RG_MEASURE_HEALTH} */
  HEALTH(5, "RG_MEASURE_HEALTH"),
  /** {@code RG_MEASURE_EDUCATION} */
  EDUCATION(6, "RG_MEASURE_EDUCATION"),
  /** {@code RG_MEASURE_COMPULSORY_EDUCATION} */
  COMPULSORY_EDUCATION(7, "RG_MEASURE_COMPULSORY_EDUCATION"),
  /** {@code RG_MEASURE_HOUSING} */
  HOUSING(8, "RG_MEASURE_HOUSING"),
  /** {@code RG_MEASURE_WATER} */
  WATER(9, "RG_MEASURE_WATER"),
  /** {@code RG_MEASURE_SOCIAL_SECURITY} */
  SOCIAL_SECURITY(10, "RG_MEASURE_SOCIAL_SECURITY"),
  /** {@code RG_MEASURE_SOCIAL_AID} */
  SOCIAL_AID(11, "RG_MEASURE_SOCIAL_AID"),
  /** {@code RG_MEASURE_RELOCATION} */
  RELOCATION(12, "RG_MEASURE_RELOCATION"),
  /** {@code RG_MEASURE_LIVING_CONDITIONS} */
  LIVING_CONDITIONS(13, "RG_MEASURE_LIVING_CONDITIONS"),
  /** {@code RG_MEASURE_INFRASTRUCTURE} */
  INFRASTRUCTURE(14, "RG_MEASURE_INFRASTRUCTURE"),
  /** {@code RG_MEASURE_INSURANCE} */
  INSURANCE(15, "RG_MEASURE_INSURANCE"),
  /** {@code RG_MEASURE_OTHER} */
  OTHER(16, "RG_MEASURE_OTHER");

  private final int code;
  private final String macro;

  MeasureCategory(int code, String macro) {
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
  public static MeasureCategory of(int code) {
    return CodedEnum.of(MeasureCategory.class, code);
  }
}
