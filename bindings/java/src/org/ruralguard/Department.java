package org.ruralguard;

/**
 * Departments sending records.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum Department implements CodedEnum {
  /** {@code RG_DEPT_MEDICAL_INSURANCE} */
  MEDICAL_INSURANCE(1, "RG_DEPT_MEDICAL_INSURANCE"),
  /** {@code RG_DEPT_EDUCATION} */
  EDUCATION(2, "RG_DEPT_EDUCATION"),
  /** {@code RG_DEPT_HOUSING} */
  HOUSING(3, "RG_DEPT_HOUSING"),
  /** {@code RG_DEPT_WATER} */
  WATER(4, "RG_DEPT_WATER"),
  /** {@code RG_DEPT_CIVIL_AFFAIRS} */
  CIVIL_AFFAIRS(5, "RG_DEPT_CIVIL_AFFAIRS"),
  /** {@code RG_DEPT_DISABILITY} */
  DISABILITY(6, "RG_DEPT_DISABILITY"),
  /** {@code RG_DEPT_EMERGENCY} */
  EMERGENCY(7, "RG_DEPT_EMERGENCY"),
  /** {@code RG_DEPT_HUMAN_RESOURCES} */
  HUMAN_RESOURCES(8, "RG_DEPT_HUMAN_RESOURCES");

  private final int code;
  private final String macro;

  Department(int code, String macro) {
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
  public static Department of(int code) {
    return CodedEnum.of(Department.class, code);
  }
}
