package org.ruralguard;

/**
 * Ledger transfer codes.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum TransferCode implements CodedEnum {
  /** {@code RG_CODE_ALLOCATE} */
  ALLOCATE(1, "RG_CODE_ALLOCATE"),
  /** {@code RG_CODE_DISBURSE} */
  DISBURSE(2, "RG_CODE_DISBURSE"),
  /** {@code RG_CODE_RETURN} */
  RETURN(3, "RG_CODE_RETURN"),
  /** {@code RG_CODE_REALLOCATE} */
  REALLOCATE(4, "RG_CODE_REALLOCATE"),
  /** {@code RG_CODE_REVERSAL} */
  REVERSAL(5, "RG_CODE_REVERSAL"),
  /** {@code RG_CODE_ASSET_INCOME} */
  ASSET_INCOME(6, "RG_CODE_ASSET_INCOME");

  private final int code;
  private final String macro;

  TransferCode(int code, String macro) {
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
  public static TransferCode of(int code) {
    return CodedEnum.of(TransferCode.class, code);
  }
}
