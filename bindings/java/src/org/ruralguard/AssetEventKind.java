package org.ruralguard;

/**
 * Asset event kinds.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum AssetEventKind implements CodedEnum {
  /** {@code RG_ASSET_EVENT_REGISTERED} */
  REGISTERED(1, "RG_ASSET_EVENT_REGISTERED"),
  /** {@code RG_ASSET_EVENT_OWNERSHIP_CONFIRMED} */
  OWNERSHIP_CONFIRMED(2, "RG_ASSET_EVENT_OWNERSHIP_CONFIRMED"),
  /** {@code RG_ASSET_EVENT_HANDED_OVER} */
  HANDED_OVER(3, "RG_ASSET_EVENT_HANDED_OVER"),
  /** {@code RG_ASSET_EVENT_STATUS_CHANGED} */
  STATUS_CHANGED(4, "RG_ASSET_EVENT_STATUS_CHANGED"),
  /** {@code RG_ASSET_EVENT_MANAGEMENT_CHANGED} */
  MANAGEMENT_CHANGED(5, "RG_ASSET_EVENT_MANAGEMENT_CHANGED"),
  /** {@code RG_ASSET_EVENT_DISPOSAL_REQUESTED} */
  DISPOSAL_REQUESTED(6, "RG_ASSET_EVENT_DISPOSAL_REQUESTED"),
  /** {@code RG_ASSET_EVENT_DISPOSAL_APPROVED} */
  DISPOSAL_APPROVED(7, "RG_ASSET_EVENT_DISPOSAL_APPROVED"),
  /** {@code RG_ASSET_EVENT_DISPOSAL_WITHDRAWN} */
  DISPOSAL_WITHDRAWN(8, "RG_ASSET_EVENT_DISPOSAL_WITHDRAWN"),
  /** {@code RG_ASSET_EVENT_DISPOSED} */
  DISPOSED(9, "RG_ASSET_EVENT_DISPOSED");

  private final int code;
  private final String macro;

  AssetEventKind(int code, String macro) {
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
  public static AssetEventKind of(int code) {
    return CodedEnum.of(AssetEventKind.class, code);
  }
}
