package org.ruralguard;

/**
 * Household event kinds (kind k sets event bit 1 << (k - 1)).
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum HouseholdEventKind implements CodedEnum {
  /** {@code RG_EVENT_KIND_NATURAL_DISASTER} */
  NATURAL_DISASTER(1, "RG_EVENT_KIND_NATURAL_DISASTER"),
  /** {@code RG_EVENT_KIND_ACCIDENT} */
  ACCIDENT(2, "RG_EVENT_KIND_ACCIDENT"),
  /** {@code RG_EVENT_KIND_INDUSTRY_FAILURE} */
  INDUSTRY_FAILURE(3, "RG_EVENT_KIND_INDUSTRY_FAILURE"),
  /** {@code RG_EVENT_KIND_JOB_LOSS} */
  JOB_LOSS(4, "RG_EVENT_KIND_JOB_LOSS"),
  /** {@code RG_EVENT_KIND_SEVERE_DIFFICULTY} */
  SEVERE_DIFFICULTY(5, "RG_EVENT_KIND_SEVERE_DIFFICULTY"),
  /** {@code RG_EVENT_KIND_OTHER} */
  OTHER(6, "RG_EVENT_KIND_OTHER"),
  /** {@code RG_EVENT_KIND_SERIOUS_ILLNESS} */
  SERIOUS_ILLNESS(7, "RG_EVENT_KIND_SERIOUS_ILLNESS"),
  /** {@code RG_EVENT_KIND_SUDDEN_EXPENDITURE} */
  SUDDEN_EXPENDITURE(8, "RG_EVENT_KIND_SUDDEN_EXPENDITURE");

  private final int code;
  private final String macro;

  HouseholdEventKind(int code, String macro) {
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
  public static HouseholdEventKind of(int code) {
    return CodedEnum.of(HouseholdEventKind.class, code);
  }
}
