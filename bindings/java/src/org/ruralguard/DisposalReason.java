package org.ruralguard;

/**
 * Asset disposal reasons.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum DisposalReason implements CodedEnum {
  /** {@code RG_DISPOSAL_REASON_DISASTER} */
  DISASTER(1, "RG_DISPOSAL_REASON_DISASTER"),
  /** {@code RG_DISPOSAL_REASON_REPLANNING} */
  REPLANNING(2, "RG_DISPOSAL_REASON_REPLANNING"),
  /** {@code RG_DISPOSAL_REASON_END_OF_LIFE} */
  END_OF_LIFE(3, "RG_DISPOSAL_REASON_END_OF_LIFE"),
  /** {@code RG_DISPOSAL_REASON_POOR_RETURNS} */
  POOR_RETURNS(4, "RG_DISPOSAL_REASON_POOR_RETURNS"),
  /** {@code RG_DISPOSAL_REASON_AGREEMENT_EXPIRED} */
  AGREEMENT_EXPIRED(5, "RG_DISPOSAL_REASON_AGREEMENT_EXPIRED"),
  /** {@code RG_DISPOSAL_REASON_REPLACED} */
  REPLACED(6, "RG_DISPOSAL_REASON_REPLACED");

  private final int code;
  private final String macro;

  DisposalReason(int code, String macro) {
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
  public static DisposalReason of(int code) {
    return CodedEnum.of(DisposalReason.class, code);
  }
}
