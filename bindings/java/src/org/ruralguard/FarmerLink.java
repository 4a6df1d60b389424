package org.ruralguard;

/**
 * How an asset links to farmers.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum FarmerLink implements CodedEnum {
  /** {@code RG_FARMER_LINK_NONE} */
  NONE(0, "RG_FARMER_LINK_NONE"),
  /** {@code RG_FARMER_LINK_EMPLOYMENT} */
  EMPLOYMENT(1, "RG_FARMER_LINK_EMPLOYMENT"),
  /** {@code RG_FARMER_LINK_ORDER} */
  ORDER(2, "RG_FARMER_LINK_ORDER"),
  /** {@code RG_FARMER_LINK_DIVIDEND} */
  DIVIDEND(3, "RG_FARMER_LINK_DIVIDEND"),
  /** {@code RG_FARMER_LINK_SHARE_COOPERATION} */
  SHARE_COOPERATION(4, "RG_FARMER_LINK_SHARE_COOPERATION");

  private final int code;
  private final String macro;

  FarmerLink(int code, String macro) {
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
  public static FarmerLink of(int code) {
    return CodedEnum.of(FarmerLink.class, code);
  }
}
