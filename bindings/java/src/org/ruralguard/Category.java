package org.ruralguard;

/**
 * Monitoring categories.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum Category implements CodedEnum {
  /** {@code RG_CATEGORY_NONE} */
  NONE(0, "RG_CATEGORY_NONE"),
  /** {@code RG_CATEGORY_UNSTABLE_FORMERLY_POOR} */
  UNSTABLE_FORMERLY_POOR(1, "RG_CATEGORY_UNSTABLE_FORMERLY_POOR"),
  /** {@code RG_CATEGORY_MARGINAL} */
  MARGINAL(2, "RG_CATEGORY_MARGINAL"),
  /** {@code RG_CATEGORY_SUDDEN_SEVERE} */
  SUDDEN_SEVERE(3, "RG_CATEGORY_SUDDEN_SEVERE");

  private final int code;
  private final String macro;

  Category(int code, String macro) {
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
  public static Category of(int code) {
    return CodedEnum.of(Category.class, code);
  }
}
