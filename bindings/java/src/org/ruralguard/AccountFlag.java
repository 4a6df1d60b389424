package org.ruralguard;

/**
 * Ledger account flags.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the bit value in a mask.
 */
public enum AccountFlag implements CodedEnum {
  /** {@code RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS} */
  DEBITS_MUST_NOT_EXCEED_CREDITS(1, "RG_ACCOUNT_DEBITS_MUST_NOT_EXCEED_CREDITS"),
  /** {@code RG_ACCOUNT_CREDITS_MUST_NOT_EXCEED_DEBITS} */
  CREDITS_MUST_NOT_EXCEED_DEBITS(2, "RG_ACCOUNT_CREDITS_MUST_NOT_EXCEED_DEBITS"),
  /** {@code RG_ACCOUNT_CLOSED} */
  CLOSED(4, "RG_ACCOUNT_CLOSED");

  private final int code;
  private final String macro;

  AccountFlag(int code, String macro) {
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
  public static AccountFlag of(int code) {
    return CodedEnum.of(AccountFlag.class, code);
  }
}
