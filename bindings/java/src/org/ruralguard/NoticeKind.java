package org.ruralguard;

/**
 * Public-notice CSVs of the ledger.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum NoticeKind implements CodedEnum {
  /** {@code RG_NOTICE_PROJECTS} */
  PROJECTS(1, "RG_NOTICE_PROJECTS"),
  /** {@code RG_NOTICE_DISBURSEMENTS} */
  DISBURSEMENTS(2, "RG_NOTICE_DISBURSEMENTS");

  private final int code;
  private final String macro;

  NoticeKind(int code, String macro) {
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
  public static NoticeKind of(int code) {
    return CodedEnum.of(NoticeKind.class, code);
  }
}
