package org.ruralguard;

/**
 * Transfer income items (indexes of an income statement's transfers).
 *
 * <p>Generated from {@code ruralguard.h} by {@code bindings/java/tools/gen_enums.py}; do not edit.
 * The code is the C value.
 */
public enum TransferItem implements CodedEnum {
  /** {@code RG_TRANSFER_PENSION} */
  PENSION(0, "RG_TRANSFER_PENSION"),
  /** {@code RG_TRANSFER_DIBAO} */
  DIBAO(1, "RG_TRANSFER_DIBAO"),
  /** {@code RG_TRANSFER_TEKUN} */
  TEKUN(2, "RG_TRANSFER_TEKUN"),
  /** {@code RG_TRANSFER_FARMLAND_SUBSIDY} */
  FARMLAND_SUBSIDY(3, "RG_TRANSFER_FARMLAND_SUBSIDY"),
  /** {@code RG_TRANSFER_GRAIN_TO_GREEN} */
  GRAIN_TO_GREEN(4, "RG_TRANSFER_GRAIN_TO_GREEN"),
  /** {@code RG_TRANSFER_ECO_COMPENSATION} */
  ECO_COMPENSATION(5, "RG_TRANSFER_ECO_COMPENSATION"),
  /** {@code RG_TRANSFER_RECURRING_GIFT} */
  RECURRING_GIFT(6, "RG_TRANSFER_RECURRING_GIFT"),
  /** {@code RG_TRANSFER_SUPPORT_PAYMENT} */
  SUPPORT_PAYMENT(7, "RG_TRANSFER_SUPPORT_PAYMENT"),
  /** {@code RG_TRANSFER_CONDOLENCE} */
  CONDOLENCE(8, "RG_TRANSFER_CONDOLENCE"),
  /** {@code RG_TRANSFER_TEMPORARY_AID} */
  TEMPORARY_AID(9, "RG_TRANSFER_TEMPORARY_AID"),
  /** {@code RG_TRANSFER_ONE_OFF_RELIEF} */
  ONE_OFF_RELIEF(10, "RG_TRANSFER_ONE_OFF_RELIEF"),
  /** {@code RG_TRANSFER_RELOCATION_SUBSIDY} */
  RELOCATION_SUBSIDY(11, "RG_TRANSFER_RELOCATION_SUBSIDY"),
  /** {@code RG_TRANSFER_HOUSING_RENOVATION} */
  HOUSING_RENOVATION(12, "RG_TRANSFER_HOUSING_RENOVATION"),
  /** {@code RG_TRANSFER_PEN_RENOVATION} */
  PEN_RENOVATION(13, "RG_TRANSFER_PEN_RENOVATION"),
  /** {@code RG_TRANSFER_MEDICAL_REIMBURSEMENT} */
  MEDICAL_REIMBURSEMENT(14, "RG_TRANSFER_MEDICAL_REIMBURSEMENT"),
  /** {@code RG_TRANSFER_STUDENT_AID} */
  STUDENT_AID(15, "RG_TRANSFER_STUDENT_AID"),
  /** {@code RG_TRANSFER_OTHER} */
  OTHER(16, "RG_TRANSFER_OTHER");

  private final int code;
  private final String macro;

  TransferItem(int code, String macro) {
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
  public static TransferItem of(int code) {
    return CodedEnum.of(TransferItem.class, code);
  }
}
