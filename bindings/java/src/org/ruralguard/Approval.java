package org.ruralguard;

/**
 * Disposal approvals in chain order.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum Approval implements CodedEnum {
  /** {@code RG_APPROVAL_OWNER} */
  OWNER(1, "RG_APPROVAL_OWNER"),
  /** {@code RG_APPROVAL_ASSEMBLY} */
  ASSEMBLY(2, "RG_APPROVAL_ASSEMBLY"),
  /** {@code RG_APPROVAL_TOWNSHIP} */
  TOWNSHIP(3, "RG_APPROVAL_TOWNSHIP"),
  /** {@code RG_APPROVAL_COUNTY} */
  COUNTY(4, "RG_APPROVAL_COUNTY");

  private final int code;
  private final String macro;

  Approval(int code, String macro) {
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
  public static Approval of(int code) {
    return CodedEnum.of(Approval.class, code);
  }
}
