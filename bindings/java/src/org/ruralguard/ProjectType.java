package org.ruralguard;

/**
 * Project types.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum ProjectType implements CodedEnum {
  /** {@code RG_PROJECT_TYPE_INDUSTRY} */
  INDUSTRY(1, "RG_PROJECT_TYPE_INDUSTRY"),
  /** {@code RG_PROJECT_TYPE_EMPLOYMENT} */
  EMPLOYMENT(2, "RG_PROJECT_TYPE_EMPLOYMENT"),
  /** {@code RG_PROJECT_TYPE_THREE_GUARANTEES} */
  THREE_GUARANTEES(3, "RG_PROJECT_TYPE_THREE_GUARANTEES"),
  /** {@code RG_PROJECT_TYPE_RURAL_CONSTRUCTION} */
  RURAL_CONSTRUCTION(4, "RG_PROJECT_TYPE_RURAL_CONSTRUCTION"),
  /** {@code RG_PROJECT_TYPE_RELOCATION_FOLLOWUP} */
  RELOCATION_FOLLOWUP(5, "RG_PROJECT_TYPE_RELOCATION_FOLLOWUP"),
  /** {@code RG_PROJECT_TYPE_MANAGEMENT_FEE} */
  MANAGEMENT_FEE(6, "RG_PROJECT_TYPE_MANAGEMENT_FEE"),
  /** {@code RG_PROJECT_TYPE_OTHER} */
  OTHER(7, "RG_PROJECT_TYPE_OTHER");

  private final int code;
  private final String macro;

  ProjectType(int code, String macro) {
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
  public static ProjectType of(int code) {
    return CodedEnum.of(ProjectType.class, code);
  }
}
