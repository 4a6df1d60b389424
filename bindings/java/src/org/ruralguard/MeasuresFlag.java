package org.ruralguard;

/**
 * Flags of the poverty measures.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the bit value in a mask.
 */
public enum MeasuresFlag implements CodedEnum {
  /** {@code RG_MEASURES_AT_OR_BELOW} */
  AT_OR_BELOW(1, "RG_MEASURES_AT_OR_BELOW"),
  /** {@code RG_MEASURES_UNCAPPED_GAP} */
  UNCAPPED_GAP(2, "RG_MEASURES_UNCAPPED_GAP"),
  /** {@code RG_MEASURES_ORDINAL} */
  ORDINAL(4, "RG_MEASURES_ORDINAL");

  private final int code;
  private final String macro;

  MeasuresFlag(int code, String macro) {
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
  public static MeasuresFlag of(int code) {
    return CodedEnum.of(MeasuresFlag.class, code);
  }
}
