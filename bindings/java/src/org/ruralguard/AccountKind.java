package org.ruralguard;

/**
 * Ledger account kinds.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum AccountKind implements CodedEnum {
  /** {@code RG_ACCOUNT_KIND_SOURCE} */
  SOURCE(1, "RG_ACCOUNT_KIND_SOURCE"),
  /** {@code RG_ACCOUNT_KIND_BUDGET} */
  BUDGET(2, "RG_ACCOUNT_KIND_BUDGET"),
  /** {@code RG_ACCOUNT_KIND_PROJECT} */
  PROJECT(3, "RG_ACCOUNT_KIND_PROJECT"),
  /** {@code RG_ACCOUNT_KIND_PAYEE} */
  PAYEE(4, "RG_ACCOUNT_KIND_PAYEE"),
  /** {@code RG_ACCOUNT_KIND_INCOME} */
  INCOME(5, "RG_ACCOUNT_KIND_INCOME");

  private final int code;
  private final String macro;

  AccountKind(int code, String macro) {
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
  public static AccountKind of(int code) {
    return CodedEnum.of(AccountKind.class, code);
  }
}
