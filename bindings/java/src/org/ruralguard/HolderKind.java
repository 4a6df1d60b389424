package org.ruralguard;

/**
 * Ledger account holders.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum HolderKind implements CodedEnum {
  /** {@code RG_HOLDER_REGION} */
  REGION(1, "RG_HOLDER_REGION"),
  /** {@code RG_HOLDER_PROJECT} */
  PROJECT(2, "RG_HOLDER_PROJECT"),
  /** {@code RG_HOLDER_PAYEE} */
  PAYEE(3, "RG_HOLDER_PAYEE");

  private final int code;
  private final String macro;

  HolderKind(int code, String macro) {
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
  public static HolderKind of(int code) {
    return CodedEnum.of(HolderKind.class, code);
  }
}
