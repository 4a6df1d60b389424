package org.ruralguard;

/**
 * Income statement kinds.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum IncomeKind implements CodedEnum {
  /** {@code RG_INCOME_IDENTIFICATION} */
  IDENTIFICATION(1, "RG_INCOME_IDENTIFICATION"),
  /** {@code RG_INCOME_ANNUAL} */
  ANNUAL(2, "RG_INCOME_ANNUAL"),
  /** {@code RG_INCOME_POST_ELIMINATION} */
  POST_ELIMINATION(3, "RG_INCOME_POST_ELIMINATION");

  private final int code;
  private final String macro;

  IncomeKind(int code, String macro) {
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
  public static IncomeKind of(int code) {
    return CodedEnum.of(IncomeKind.class, code);
  }
}
