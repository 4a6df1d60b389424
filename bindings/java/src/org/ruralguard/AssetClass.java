package org.ruralguard;

/**
 * Asset classes.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum AssetClass implements CodedEnum {
  /** {@code RG_ASSET_CLASS_OPERATING} */
  OPERATING(1, "RG_ASSET_CLASS_OPERATING"),
  /** {@code RG_ASSET_CLASS_PUBLIC_WELFARE} */
  PUBLIC_WELFARE(2, "RG_ASSET_CLASS_PUBLIC_WELFARE"),
  /** {@code RG_ASSET_CLASS_HOUSEHOLD} */
  HOUSEHOLD(3, "RG_ASSET_CLASS_HOUSEHOLD");

  private final int code;
  private final String macro;

  AssetClass(int code, String macro) {
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
  public static AssetClass of(int code) {
    return CodedEnum.of(AssetClass.class, code);
  }
}
