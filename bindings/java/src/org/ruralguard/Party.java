package org.ruralguard;

/**
 * Parties holding an asset's owner role and rights.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum Party implements CodedEnum {
  /** {@code RG_PARTY_VILLAGE_COLLECTIVE} */
  VILLAGE_COLLECTIVE(1, "RG_PARTY_VILLAGE_COLLECTIVE"),
  /** {@code RG_PARTY_TOWNSHIP} */
  TOWNSHIP(2, "RG_PARTY_TOWNSHIP"),
  /** {@code RG_PARTY_COUNTY_DEPARTMENT} */
  COUNTY_DEPARTMENT(3, "RG_PARTY_COUNTY_DEPARTMENT"),
  /** {@code RG_PARTY_STATE_COMPANY} */
  STATE_COMPANY(4, "RG_PARTY_STATE_COMPANY"),
  /** {@code RG_PARTY_HOUSEHOLD} */
  HOUSEHOLD(5, "RG_PARTY_HOUSEHOLD"),
  /** {@code RG_PARTY_OPERATOR} */
  OPERATOR(6, "RG_PARTY_OPERATOR");

  private final int code;
  private final String macro;

  Party(int code, String macro) {
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
  public static Party of(int code) {
    return CodedEnum.of(Party.class, code);
  }
}
