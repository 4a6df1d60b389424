package org.ruralguard;

/**
 * Events from clues and visits (bits of events).
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the bit value in a mask.
 */
public enum HouseholdEvent implements CodedEnum {
  /** {@code RG_EVENT_NATURAL_DISASTER} */
  NATURAL_DISASTER(1, "RG_EVENT_NATURAL_DISASTER"),
  /** {@code RG_EVENT_ACCIDENT} */
  ACCIDENT(2, "RG_EVENT_ACCIDENT"),
  /** {@code RG_EVENT_INDUSTRY_FAILURE} */
  INDUSTRY_FAILURE(4, "RG_EVENT_INDUSTRY_FAILURE"),
  /** {@code RG_EVENT_UNSTABLE_EMPLOYMENT} */
  UNSTABLE_EMPLOYMENT(8, "RG_EVENT_UNSTABLE_EMPLOYMENT"),
  /** {@code RG_EVENT_SEVERE_DIFFICULTY} */
  SEVERE_DIFFICULTY(16, "RG_EVENT_SEVERE_DIFFICULTY"),
  /** {@code RG_EVENT_OTHER} */
  OTHER(32, "RG_EVENT_OTHER"),
  /** {@code RG_EVENT_SERIOUS_ILLNESS} */
  SERIOUS_ILLNESS(64, "RG_EVENT_SERIOUS_ILLNESS"),
  /** {@code RG_EVENT_SUDDEN_EXPENDITURE} */
  SUDDEN_EXPENDITURE(128, "RG_EVENT_SUDDEN_EXPENDITURE");

  private final int code;
  private final String macro;

  HouseholdEvent(int code, String macro) {
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
  public static HouseholdEvent of(int code) {
    return CodedEnum.of(HouseholdEvent.class, code);
  }
}
