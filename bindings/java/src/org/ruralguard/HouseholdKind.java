package org.ruralguard;

/**
 * Household types.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum HouseholdKind implements CodedEnum {
  /** {@code RG_HOUSEHOLD_FORMERLY_POOR} */
  FORMERLY_POOR(1, "RG_HOUSEHOLD_FORMERLY_POOR"),
  /** {@code RG_HOUSEHOLD_FORMERLY_POOR_NO_POLICY} */
  FORMERLY_POOR_NO_POLICY(2, "RG_HOUSEHOLD_FORMERLY_POOR_NO_POLICY"),
  /** {@code RG_HOUSEHOLD_ORDINARY} */
  ORDINARY(3, "RG_HOUSEHOLD_ORDINARY");

  private final int code;
  private final String macro;

  HouseholdKind(int code, String macro) {
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
  public static HouseholdKind of(int code) {
    return CodedEnum.of(HouseholdKind.class, code);
  }
}
