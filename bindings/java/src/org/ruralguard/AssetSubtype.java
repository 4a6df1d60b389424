package org.ruralguard;

/**
 * Asset subtypes.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum AssetSubtype implements CodedEnum {
  /** {@code RG_ASSET_SUBTYPE_PHOTOVOLTAIC} */
  PHOTOVOLTAIC(1, "RG_ASSET_SUBTYPE_PHOTOVOLTAIC"),
  /** {@code RG_ASSET_SUBTYPE_FARMING_BASE} */
  FARMING_BASE(2, "RG_ASSET_SUBTYPE_FARMING_BASE"),
  /** {@code RG_ASSET_SUBTYPE_PROCESSING} */
  PROCESSING(3, "RG_ASSET_SUBTYPE_PROCESSING"),
  /** {@code RG_ASSET_SUBTYPE_TOURISM_COMMERCE} */
  TOURISM_COMMERCE(4, "RG_ASSET_SUBTYPE_TOURISM_COMMERCE"),
  /** {@code RG_ASSET_SUBTYPE_EQUITY} */
  EQUITY(5, "RG_ASSET_SUBTYPE_EQUITY"),
  /** {@code RG_ASSET_SUBTYPE_ROAD} */
  ROAD(6, "RG_ASSET_SUBTYPE_ROAD"),
  /** {@code RG_ASSET_SUBTYPE_IRRIGATION} */
  IRRIGATION(7, "RG_ASSET_SUBTYPE_IRRIGATION"),
  /** {@code RG_ASSET_SUBTYPE_WATER_SUPPLY} */
  WATER_SUPPLY(8, "RG_ASSET_SUBTYPE_WATER_SUPPLY"),
  /** {@code RG_ASSET_SUBTYPE_SANITATION} */
  SANITATION(9, "RG_ASSET_SUBTYPE_SANITATION"),
  /** {@code RG_ASSET_SUBTYPE_PUBLIC_SERVICE} */
  PUBLIC_SERVICE(10, "RG_ASSET_SUBTYPE_PUBLIC_SERVICE"),
  /** {@code RG_ASSET_SUBTYPE_POWER} */
  POWER(11, "RG_ASSET_SUBTYPE_POWER"),
  /** {@code RG_ASSET_SUBTYPE_SERVICE_CENTRE} */
  SERVICE_CENTRE(12, "RG_ASSET_SUBTYPE_SERVICE_CENTRE"),
  /** {@code RG_ASSET_SUBTYPE_LIVESTOCK} */
  LIVESTOCK(13, "RG_ASSET_SUBTYPE_LIVESTOCK"),
  /** {@code RG_ASSET_SUBTYPE_EQUIPMENT} */
  EQUIPMENT(14, "RG_ASSET_SUBTYPE_EQUIPMENT"),
  /** {@code RG_ASSET_SUBTYPE_OTHER} */
  OTHER(15, "RG_ASSET_SUBTYPE_OTHER");

  private final int code;
  private final String macro;

  AssetSubtype(int code, String macro) {
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
  public static AssetSubtype of(int code) {
    return CodedEnum.of(AssetSubtype.class, code);
  }
}
