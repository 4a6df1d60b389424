package org.ruralguard;

/**
 * Asset operation modes.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum OperationMode implements CodedEnum {
  /** {@code RG_OPERATION_SELF} */
  SELF(1, "RG_OPERATION_SELF"),
  /** {@code RG_OPERATION_LEASE} */
  LEASE(2, "RG_OPERATION_LEASE"),
  /** {@code RG_OPERATION_CONTRACT} */
  CONTRACT(3, "RG_OPERATION_CONTRACT"),
  /** {@code RG_OPERATION_SHARE} */
  SHARE(4, "RG_OPERATION_SHARE"),
  /** {@code RG_OPERATION_ENTRUSTED} */
  ENTRUSTED(5, "RG_OPERATION_ENTRUSTED");

  private final int code;
  private final String macro;

  OperationMode(int code, String macro) {
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
  public static OperationMode of(int code) {
    return CodedEnum.of(OperationMode.class, code);
  }
}
