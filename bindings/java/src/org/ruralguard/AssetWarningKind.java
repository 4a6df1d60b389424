package org.ruralguard;

/**
 * Asset risk warnings.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum AssetWarningKind implements CodedEnum {
  /** {@code RG_ASSET_WARNING_IDLE_TOO_LONG} */
  IDLE_TOO_LONG(1, "RG_ASSET_WARNING_IDLE_TOO_LONG"),
  /** {@code RG_ASSET_WARNING_INCOME_BELOW_PLAN} */
  INCOME_BELOW_PLAN(2, "RG_ASSET_WARNING_INCOME_BELOW_PLAN"),
  /** {@code RG_ASSET_WARNING_NO_CUSTODIAN} */
  NO_CUSTODIAN(3, "RG_ASSET_WARNING_NO_CUSTODIAN"),
  /** {@code RG_ASSET_WARNING_DAMAGED} */
  DAMAGED(4, "RG_ASSET_WARNING_DAMAGED"),
  /** {@code RG_ASSET_WARNING_OWNERSHIP_UNCONFIRMED} */
  OWNERSHIP_UNCONFIRMED(5, "RG_ASSET_WARNING_OWNERSHIP_UNCONFIRMED"),
  /** {@code RG_ASSET_WARNING_NO_FARMER_LINK} */
  NO_FARMER_LINK(6, "RG_ASSET_WARNING_NO_FARMER_LINK"),
  /** {@code RG_ASSET_WARNING_PROJECT_NOT_REGISTERED} */
  PROJECT_NOT_REGISTERED(7, "RG_ASSET_WARNING_PROJECT_NOT_REGISTERED"),
  /** {@code RG_ASSET_WARNING_VALUE_DIFFERS_FROM_SETTLED} */
  VALUE_DIFFERS_FROM_SETTLED(8, "RG_ASSET_WARNING_VALUE_DIFFERS_FROM_SETTLED");

  private final int code;
  private final String macro;

  AssetWarningKind(int code, String macro) {
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
  public static AssetWarningKind of(int code) {
    return CodedEnum.of(AssetWarningKind.class, code);
  }
}
