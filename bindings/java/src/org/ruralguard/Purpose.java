package org.ruralguard;

/**
 * Uses of asset income.
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum Purpose implements CodedEnum {
  /** {@code RG_PURPOSE_HARDSHIP_SUPPORT} */
  HARDSHIP_SUPPORT(1, "RG_PURPOSE_HARDSHIP_SUPPORT"),
  /** {@code RG_PURPOSE_PUBLIC_WELFARE_JOBS} */
  PUBLIC_WELFARE_JOBS(2, "RG_PURPOSE_PUBLIC_WELFARE_JOBS"),
  /** {@code RG_PURPOSE_UPKEEP} */
  UPKEEP(3, "RG_PURPOSE_UPKEEP"),
  /** {@code RG_PURPOSE_PRODUCTION_AWARDS} */
  PRODUCTION_AWARDS(4, "RG_PURPOSE_PRODUCTION_AWARDS"),
  /** {@code RG_PURPOSE_COLLECTIVE_ECONOMY} */
  COLLECTIVE_ECONOMY(5, "RG_PURPOSE_COLLECTIVE_ECONOMY"),
  /** {@code RG_PURPOSE_DIVIDENDS} */
  DIVIDENDS(6, "RG_PURPOSE_DIVIDENDS"),
  /** {@code RG_PURPOSE_VILLAGE_RUNNING_COSTS} */
  VILLAGE_RUNNING_COSTS(7, "RG_PURPOSE_VILLAGE_RUNNING_COSTS"),
  /** {@code RG_PURPOSE_VEHICLES_TELECOM} */
  VEHICLES_TELECOM(8, "RG_PURPOSE_VEHICLES_TELECOM"),
  /** {@code RG_PURPOSE_ALLOWANCES_WELFARE} */
  ALLOWANCES_WELFARE(9, "RG_PURPOSE_ALLOWANCES_WELFARE"),
  /** {@code RG_PURPOSE_LOSSES_DEBTS} */
  LOSSES_DEBTS(10, "RG_PURPOSE_LOSSES_DEBTS"),
  /** {@code RG_PURPOSE_BUILDINGS} */
  BUILDINGS(11, "RG_PURPOSE_BUILDINGS"),
  /** {@code RG_PURPOSE_LARGE_INFRASTRUCTURE} */
  LARGE_INFRASTRUCTURE(12, "RG_PURPOSE_LARGE_INFRASTRUCTURE");

  private final int code;
  private final String macro;

  Purpose(int code, String macro) {
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
  public static Purpose of(int code) {
    return CodedEnum.of(Purpose.class, code);
  }
}
