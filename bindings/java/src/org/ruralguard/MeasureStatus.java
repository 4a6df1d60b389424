package org.ruralguard;

/**
 * Assistance measure statuses.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum MeasureStatus implements CodedEnum {
  /** {@code RG_MEASURE_PLANNED} */
  PLANNED(1, "RG_MEASURE_PLANNED"),
  /** {@code RG_MEASURE_IMPLEMENTED} */
  IMPLEMENTED(2, "RG_MEASURE_IMPLEMENTED"),
  /** {@code RG_MEASURE_ENDED} */
  ENDED(3, "RG_MEASURE_ENDED");

  private final int code;
  private final String macro;

  MeasureStatus(int code, String macro) {
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
  public static MeasureStatus of(int code) {
    return CodedEnum.of(MeasureStatus.class, code);
  }
}
