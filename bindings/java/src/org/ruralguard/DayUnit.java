package org.ruralguard;

/**
 * Units of a procedure limit: calendar or working days.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum DayUnit implements CodedEnum {
  /** {@code RG_DAYS_CALENDAR} */
  CALENDAR(1, "RG_DAYS_CALENDAR"),
  /** {@code RG_DAYS_WORKING} */
  WORKING(2, "RG_DAYS_WORKING");

  private final int code;
  private final String macro;

  DayUnit(int code, String macro) {
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
  public static DayUnit of(int code) {
    return CodedEnum.of(DayUnit.class, code);
  }
}
