package org.ruralguard;

/**
 * Per-account results of createAccounts.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum AccountResult implements CodedEnum {
  /** {@code RG_ACCOUNT_OK} */
  OK(0, "RG_ACCOUNT_OK"),
  /** {@code RG_ACCOUNT_ID_MUST_NOT_BE_ZERO} */
  ID_MUST_NOT_BE_ZERO(1, "RG_ACCOUNT_ID_MUST_NOT_BE_ZERO"),
  /** {@code RG_ACCOUNT_LEVEL_INVALID} */
  LEVEL_INVALID(2, "RG_ACCOUNT_LEVEL_INVALID"),
  /** {@code RG_ACCOUNT_KIND_INVALID} */
  KIND_INVALID(3, "RG_ACCOUNT_KIND_INVALID"),
  /** {@code RG_ACCOUNT_HOLDER_KIND_INVALID} */
  HOLDER_KIND_INVALID(4, "RG_ACCOUNT_HOLDER_KIND_INVALID"),
  /** {@code RG_ACCOUNT_HOLDER_INVALID} */
  HOLDER_INVALID(5, "RG_ACCOUNT_HOLDER_INVALID"),
  /** {@code RG_ACCOUNT_FISCAL_YEAR_INVALID} */
  FISCAL_YEAR_INVALID(6, "RG_ACCOUNT_FISCAL_YEAR_INVALID"),
  /** {@code RG_ACCOUNT_FLAGS_INVALID} */
  FLAGS_INVALID(7, "RG_ACCOUNT_FLAGS_INVALID"),
  /** {@code RG_ACCOUNT_EXISTS_WITH_DIFFERENT_LEVEL} */
  EXISTS_WITH_DIFFERENT_LEVEL(8, "RG_ACCOUNT_EXISTS_WITH_DIFFERENT_LEVEL"),
  /** {@code RG_ACCOUNT_EXISTS_WITH_DIFFERENT_FISCAL_YEAR} */
  EXISTS_WITH_DIFFERENT_FISCAL_YEAR(9, "RG_ACCOUNT_EXISTS_WITH_DIFFERENT_FISCAL_YEAR"),
  /** {@code RG_ACCOUNT_EXISTS_WITH_DIFFERENT_HOLDER} */
  EXISTS_WITH_DIFFERENT_HOLDER(10, "RG_ACCOUNT_EXISTS_WITH_DIFFERENT_HOLDER"),
  /** {@code RG_ACCOUNT_EXISTS_WITH_DIFFERENT_KIND} */
  EXISTS_WITH_DIFFERENT_KIND(11, "RG_ACCOUNT_EXISTS_WITH_DIFFERENT_KIND"),
  /** {@code RG_ACCOUNT_EXISTS_WITH_DIFFERENT_FLAGS} */
  EXISTS_WITH_DIFFERENT_FLAGS(12, "RG_ACCOUNT_EXISTS_WITH_DIFFERENT_FLAGS"),
  /** {@code RG_ACCOUNT_EXISTS} */
  EXISTS(13, "RG_ACCOUNT_EXISTS");

  private final int code;
  private final String macro;

  AccountResult(int code, String macro) {
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
  public static AccountResult of(int code) {
    return CodedEnum.of(AccountResult.class, code);
  }
}
