package org.ruralguard;

/**
 * Asset disposal methods.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum DisposalMethod implements CodedEnum {
  /** {@code RG_DISPOSAL_METHOD_AUCTION} */
  AUCTION(1, "RG_DISPOSAL_METHOD_AUCTION"),
  /** {@code RG_DISPOSAL_METHOD_TRANSFER} */
  TRANSFER(2, "RG_DISPOSAL_METHOD_TRANSFER"),
  /** {@code RG_DISPOSAL_METHOD_CHANGE_OF_USE} */
  CHANGE_OF_USE(3, "RG_DISPOSAL_METHOD_CHANGE_OF_USE"),
  /** {@code RG_DISPOSAL_METHOD_SUSPENSION} */
  SUSPENSION(4, "RG_DISPOSAL_METHOD_SUSPENSION"),
  /** {@code RG_DISPOSAL_METHOD_WRITE_DOWN} */
  WRITE_DOWN(5, "RG_DISPOSAL_METHOD_WRITE_DOWN"),
  /** {@code RG_DISPOSAL_METHOD_SCRAPPING} */
  SCRAPPING(6, "RG_DISPOSAL_METHOD_SCRAPPING");

  private final int code;
  private final String macro;

  DisposalMethod(int code, String macro) {
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
  public static DisposalMethod of(int code) {
    return CodedEnum.of(DisposalMethod.class, code);
  }
}
