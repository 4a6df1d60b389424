package org.ruralguard;

import org.ruralguard.internal.LedgerStructs;

/**
 * A project of the project library ({@code rg_project}).
 *
 * @param id non-zero
 * @param region 12-digit region code
 * @param planned planned investment by fund level (index {@link FundLevel#code()} - 1), whole fen
 */
public record Project(long id, long region, long[] planned, int fiscalYear, ProjectType type,
    boolean publicNotice) {

  LedgerStructs.Project toNative() {
    Store.requireNonNull(type, "project.type");
    Store.requireNonNull(planned, "project.planned");
    if (planned.length != 4) {
      throw new InvalidArgumentException("project.planned: " + planned.length
          + " amounts, one per fund level (4) expected");
    }
    LedgerStructs.Project p = new LedgerStructs.Project();
    p.id = id;
    p.region = region;
    p.planned = planned.clone();
    p.fiscal_year = fiscalYear;
    p.type = (byte) type.code();
    p.public_notice = HouseholdRecord.flag(publicNotice);
    p.write();
    return p;
  }
}
