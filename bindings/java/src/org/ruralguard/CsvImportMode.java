package org.ruralguard;

/**
 * CSV import modes.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum CsvImportMode implements CodedEnum {
  /** {@code RG_CSV_ALL_OR_NOTHING} */
  ALL_OR_NOTHING(0, "RG_CSV_ALL_OR_NOTHING"),
  /** {@code RG_CSV_COMMIT_VALID_ROWS} */
  COMMIT_VALID_ROWS(1, "RG_CSV_COMMIT_VALID_ROWS");

  private final int code;
  private final String macro;

  CsvImportMode(int code, String macro) {
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
  public static CsvImportMode of(int code) {
    return CodedEnum.of(CsvImportMode.class, code);
  }
}
