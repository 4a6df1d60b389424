package org.ruralguard;

/**
 * Output formats of the rendered report.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum ReportFormat implements CodedEnum {
  /** {@code RG_REPORT_JSON} */
  JSON(1, "RG_REPORT_JSON"),
  /** {@code RG_REPORT_CSV} */
  CSV(2, "RG_REPORT_CSV"),
  /** {@code RG_REPORT_CSV_EN} */
  CSV_EN(3, "RG_REPORT_CSV_EN"),
  /** {@code RG_REPORT_CSV_ZH} */
  CSV_ZH(4, "RG_REPORT_CSV_ZH"),
  /** {@code RG_REPORT_HTML} */
  HTML(5, "RG_REPORT_HTML"),
  /** {@code RG_REPORT_TEXT} */
  TEXT(6, "RG_REPORT_TEXT"),
  /** {@code RG_REPORT_SCORES_CSV} */
  SCORES_CSV(7, "RG_REPORT_SCORES_CSV");

  private final int code;
  private final String macro;

  ReportFormat(int code, String macro) {
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
  public static ReportFormat of(int code) {
    return CodedEnum.of(ReportFormat.class, code);
  }
}
