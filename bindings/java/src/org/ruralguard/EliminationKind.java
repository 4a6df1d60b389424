package org.ruralguard;

/**
 * Kinds of elimination.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum EliminationKind implements CodedEnum {
  /** {@code RG_ELIMINATION_AIDED} */
  AIDED(1, "RG_ELIMINATION_AIDED"),
  /** {@code RG_ELIMINATION_NATURAL} */
  NATURAL(2, "RG_ELIMINATION_NATURAL");

  private final int code;
  private final String macro;

  EliminationKind(int code, String macro) {
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
  public static EliminationKind of(int code) {
    return CodedEnum.of(EliminationKind.class, code);
  }
}
