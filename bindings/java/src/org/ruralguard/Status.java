package org.ruralguard;

/**
 * Status codes ({@code rg_status}); values pinned forever.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum Status implements CodedEnum {
  /** {@code RG_OK} */
  OK(0, "RG_OK"),
  /** {@code RG_EINVAL} */
  EINVAL(-1, "RG_EINVAL"),
  /** {@code RG_EPARSE} */
  EPARSE(-2, "RG_EPARSE"),
  /** {@code RG_EOVERFLOW} */
  EOVERFLOW(-3, "RG_EOVERFLOW"),
  /** {@code RG_ERANGE} */
  ERANGE(-4, "RG_ERANGE"),
  /** {@code RG_EPRECISION} */
  EPRECISION(-5, "RG_EPRECISION"),
  /** {@code RG_ENOTFOUND} */
  ENOTFOUND(-6, "RG_ENOTFOUND"),
  /** {@code RG_EEXISTS} */
  EEXISTS(-7, "RG_EEXISTS"),
  /** {@code RG_ECONFLICT} */
  ECONFLICT(-8, "RG_ECONFLICT"),
  /** {@code RG_ESTATE} */
  ESTATE(-9, "RG_ESTATE"),
  /** {@code RG_ELIMIT} */
  ELIMIT(-10, "RG_ELIMIT"),
  /** {@code RG_EIO} */
  EIO(-11, "RG_EIO"),
  /** {@code RG_ECORRUPT} */
  ECORRUPT(-12, "RG_ECORRUPT"),
  /** {@code RG_EBUSY} */
  EBUSY(-13, "RG_EBUSY"),
  /** {@code RG_EVERSION} */
  EVERSION(-14, "RG_EVERSION"),
  /** {@code RG_EBALANCE} */
  EBALANCE(-15, "RG_EBALANCE"),
  /** {@code RG_EREFUSED} */
  EREFUSED(-16, "RG_EREFUSED"),
  /** {@code RG_EBUFFER} */
  EBUFFER(-17, "RG_EBUFFER"),
  /** {@code RG_ENOMEM} */
  ENOMEM(-18, "RG_ENOMEM"),
  /** {@code RG_EINTERNAL} */
  EINTERNAL(-99, "RG_EINTERNAL");

  private final int code;
  private final String macro;

  Status(int code, String macro) {
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
  public static Status of(int code) {
    return CodedEnum.of(Status.class, code);
  }
}
