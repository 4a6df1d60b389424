package org.ruralguard;

/**
 * Answers to a household of a risk warning letter.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum AnswerKind implements CodedEnum {
  /** {@code RG_ANSWER_VERIFIED} */
  VERIFIED(1, "RG_ANSWER_VERIFIED"),
  /** {@code RG_ANSWER_RULED_OUT} */
  RULED_OUT(2, "RG_ANSWER_RULED_OUT"),
  /** {@code RG_ANSWER_CASE_OPENED} */
  CASE_OPENED(3, "RG_ANSWER_CASE_OPENED");

  private final int code;
  private final String macro;

  AnswerKind(int code, String macro) {
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
  public static AnswerKind of(int code) {
    return CodedEnum.of(AnswerKind.class, code);
  }
}
