package org.ruralguard;

/**
 * Department record metrics.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum Metric implements CodedEnum {
  /** {@code RG_METRIC_INPATIENT_OOP_YTD} */
  INPATIENT_OOP_YTD(1, "RG_METRIC_INPATIENT_OOP_YTD"),
  /** {@code RG_METRIC_OUTPATIENT_SPECIAL_MONTHLY} */
  OUTPATIENT_SPECIAL_MONTHLY(2, "RG_METRIC_OUTPATIENT_SPECIAL_MONTHLY"),
  /** {@code RG_METRIC_SCHOOL_COST_YEAR} */
  SCHOOL_COST_YEAR(3, "RG_METRIC_SCHOOL_COST_YEAR"),
  /** {@code RG_METRIC_HOUSE_DAMAGED} */
  HOUSE_DAMAGED(4, "RG_METRIC_HOUSE_DAMAGED"),
  /** {@code RG_METRIC_WATER_SUPPLY_CUT} */
  WATER_SUPPLY_CUT(5, "RG_METRIC_WATER_SUPPLY_CUT"),
  /** {@code RG_METRIC_DISASTER_LOSS} */
  DISASTER_LOSS(6, "RG_METRIC_DISASTER_LOSS"),
  /** {@code RG_METRIC_NEW_DISABILITY} */
  NEW_DISABILITY(7, "RG_METRIC_NEW_DISABILITY"),
  /** {@code RG_METRIC_DIBAO_APPLICATION} */
  DIBAO_APPLICATION(8, "RG_METRIC_DIBAO_APPLICATION"),
  /** {@code RG_METRIC_JOB_LOSS} */
  JOB_LOSS(9, "RG_METRIC_JOB_LOSS");

  private final int code;
  private final String macro;

  Metric(int code, String macro) {
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
  public static Metric of(int code) {
    return CodedEnum.of(Metric.class, code);
  }
}
