package org.ruralguard;

/**
 * Membership kinds (statuses a household or person holds at once).
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum MembershipKind implements CodedEnum {
  /** {@code RG_MEMBERSHIP_MONITORED} */
  MONITORED(1, "RG_MEMBERSHIP_MONITORED"),
  /** {@code RG_MEMBERSHIP_DIBAO} */
  DIBAO(2, "RG_MEMBERSHIP_DIBAO"),
  /** {@code RG_MEMBERSHIP_TEKUN} */
  TEKUN(3, "RG_MEMBERSHIP_TEKUN"),
  /** {@code RG_MEMBERSHIP_DIBAO_EDGE} */
  DIBAO_EDGE(4, "RG_MEMBERSHIP_DIBAO_EDGE"),
  /** {@code RG_MEMBERSHIP_RIGID_EXPENDITURE} */
  RIGID_EXPENDITURE(5, "RG_MEMBERSHIP_RIGID_EXPENDITURE"),
  /** {@code RG_MEMBERSHIP_OTHER_LOW_INCOME} */
  OTHER_LOW_INCOME(6, "RG_MEMBERSHIP_OTHER_LOW_INCOME");

  private final int code;
  private final String macro;

  MembershipKind(int code, String macro) {
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
  public static MembershipKind of(int code) {
    return CodedEnum.of(MembershipKind.class, code);
  }
}
