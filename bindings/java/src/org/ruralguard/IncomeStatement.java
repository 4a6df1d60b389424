package org.ruralguard;

import java.time.LocalDate;
import org.ruralguard.internal.HouseholdsStructs;
import org.ruralguard.internal.Text;

/**
 * An income statement ({@code rg_income_record}); amounts in rg_money units, {@code transfers}
 * indexed by {@link TransferItem#code()} ({@link #TRANSFER_ITEMS} values).
 */
public record IncomeStatement(String householdId, IncomeKind kind, int familySize,
    LocalDate periodStart, LocalDate periodEnd, long wage, long businessIncome, long businessCost,
    long property, long[] transfers, long insurancePayout, long oopMedical, long oopEducation) {
  /** {@code RG_TRANSFER_ITEMS}. */
  public static final int TRANSFER_ITEMS = 17;

  HouseholdsStructs.IncomeRecord toNative() {
    Store.requireNonNull(householdId, "income.householdId");
    Store.requireNonNull(kind, "income.kind");
    Store.requireNonNull(transfers, "income.transfers");
    if (transfers.length != TRANSFER_ITEMS) {
      throw new InvalidArgumentException("income.transfers: " + transfers.length + " values, "
          + TRANSFER_ITEMS + " expected (RG_TRANSFER_ITEMS)");
    }
    HouseholdsStructs.IncomeRecord r = new HouseholdsStructs.IncomeRecord();
    r.struct_size = r.size();
    r.kind = (byte) kind.code();
    r.family_size = familySize;
    r.period_start = Dates.toRgDate(periodStart);
    r.period_end = Dates.toRgDate(periodEnd);
    r.wage = wage;
    r.business_income = businessIncome;
    r.business_cost = businessCost;
    r.property = property;
    r.transfers = transfers.clone();
    r.insurance_payout = insurancePayout;
    r.oop_medical = oopMedical;
    r.oop_education = oopEducation;
    r.household_id = Text.fixed(householdId, r.household_id.length, "income.householdId");
    r.write();
    return r;
  }
}
