package org.ruralguard;

/**
 * Roles of the actors of case steps (issue 16).
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum Role implements CodedEnum {
  /** {@code RG_ROLE_UNSPECIFIED} */
  UNSPECIFIED(0, "RG_ROLE_UNSPECIFIED"),
  /** {@code RG_ROLE_VILLAGE} */
  VILLAGE(1, "RG_ROLE_VILLAGE"),
  /** {@code RG_ROLE_TOWNSHIP} */
  TOWNSHIP(2, "RG_ROLE_TOWNSHIP"),
  /** {@code RG_ROLE_COUNTY} */
  COUNTY(3, "RG_ROLE_COUNTY"),
  /** {@code RG_ROLE_DEPARTMENT} */
  DEPARTMENT(4, "RG_ROLE_DEPARTMENT");

  private final int code;
  private final String macro;

  Role(int code, String macro) {
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
  public static Role of(int code) {
    return CodedEnum.of(Role.class, code);
  }
}
