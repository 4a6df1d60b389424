package org.ruralguard;

/**
 * Project lifecycle states.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum ProjectStatus implements CodedEnum {
  /** {@code RG_PROJECT_RESERVE} */
  RESERVE(1, "RG_PROJECT_RESERVE"),
  /** {@code RG_PROJECT_ADMITTED} */
  ADMITTED(2, "RG_PROJECT_ADMITTED"),
  /** {@code RG_PROJECT_APPROVED} */
  APPROVED(3, "RG_PROJECT_APPROVED"),
  /** {@code RG_PROJECT_UNDER_CONSTRUCTION} */
  UNDER_CONSTRUCTION(4, "RG_PROJECT_UNDER_CONSTRUCTION"),
  /** {@code RG_PROJECT_COMPLETED} */
  COMPLETED(5, "RG_PROJECT_COMPLETED"),
  /** {@code RG_PROJECT_ACCEPTED} */
  ACCEPTED(6, "RG_PROJECT_ACCEPTED"),
  /** {@code RG_PROJECT_ASSETS_HANDED_OVER} */
  ASSETS_HANDED_OVER(7, "RG_PROJECT_ASSETS_HANDED_OVER"),
  /** {@code RG_PROJECT_TERMINATED} */
  TERMINATED(8, "RG_PROJECT_TERMINATED");

  private final int code;
  private final String macro;

  ProjectStatus(int code, String macro) {
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
  public static ProjectStatus of(int code) {
    return CodedEnum.of(ProjectStatus.class, code);
  }
}
