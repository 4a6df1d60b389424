package org.ruralguard;

/**
 * Asset lifecycle states.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum AssetStatus implements CodedEnum {
  /** {@code RG_ASSET_STATUS_REGISTERED} */
  REGISTERED(1, "RG_ASSET_STATUS_REGISTERED"),
  /** {@code RG_ASSET_STATUS_OWNERSHIP_CONFIRMED} */
  OWNERSHIP_CONFIRMED(2, "RG_ASSET_STATUS_OWNERSHIP_CONFIRMED"),
  /** {@code RG_ASSET_STATUS_HANDED_OVER} */
  HANDED_OVER(3, "RG_ASSET_STATUS_HANDED_OVER"),
  /** {@code RG_ASSET_STATUS_OPERATING} */
  OPERATING(4, "RG_ASSET_STATUS_OPERATING"),
  /** {@code RG_ASSET_STATUS_IDLE} */
  IDLE(5, "RG_ASSET_STATUS_IDLE"),
  /** {@code RG_ASSET_STATUS_DAMAGED} */
  DAMAGED(6, "RG_ASSET_STATUS_DAMAGED"),
  /** {@code RG_ASSET_STATUS_DISPOSAL_PENDING} */
  DISPOSAL_PENDING(7, "RG_ASSET_STATUS_DISPOSAL_PENDING"),
  /** {@code RG_ASSET_STATUS_DISPOSED} */
  DISPOSED(8, "RG_ASSET_STATUS_DISPOSED");

  private final int code;
  private final String macro;

  AssetStatus(int code, String macro) {
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
  public static AssetStatus of(int code) {
    return CodedEnum.of(AssetStatus.class, code);
  }
}
