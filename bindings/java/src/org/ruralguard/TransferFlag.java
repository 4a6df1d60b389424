package org.ruralguard;

/**
 * Ledger transfer flags.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the bit value in a mask.
 */
public enum TransferFlag implements CodedEnum {
  /** {@code RG_TRANSFER_LINKED} */
  LINKED(1, "RG_TRANSFER_LINKED"),
  /** {@code RG_TRANSFER_PENDING} */
  PENDING(2, "RG_TRANSFER_PENDING"),
  /** {@code RG_TRANSFER_POST_PENDING} */
  POST_PENDING(4, "RG_TRANSFER_POST_PENDING"),
  /** {@code RG_TRANSFER_VOID_PENDING} */
  VOID_PENDING(8, "RG_TRANSFER_VOID_PENDING");

  private final int code;
  private final String macro;

  TransferFlag(int code, String macro) {
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
  public static TransferFlag of(int code) {
    return CodedEnum.of(TransferFlag.class, code);
  }
}
