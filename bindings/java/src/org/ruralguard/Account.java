package org.ruralguard;

import java.util.EnumSet;
import java.util.Set;
import org.ruralguard.internal.LedgerStructs;

/**
 * A ledger account ({@code rg_account}).
 *
 * @param id non-zero, chosen by the caller
 * @param holderId region code, project id or payee number (see holderKind)
 * @param fiscalYear 2000..2099
 */
public record Account(long id, long holderId, int fiscalYear, FundLevel level, AccountKind kind,
    HolderKind holderKind, Set<AccountFlag> flags) {

  /** An account without flags. */
  public static Account of(long id, long holderId, int fiscalYear, FundLevel level,
      AccountKind kind, HolderKind holderKind) {
    return new Account(id, holderId, fiscalYear, level, kind, holderKind,
        EnumSet.noneOf(AccountFlag.class));
  }

  void into(LedgerStructs.Account a) {
    Store.requireNonNull(level, "account.level");
    Store.requireNonNull(kind, "account.kind");
    Store.requireNonNull(holderKind, "account.holderKind");
    Store.requireNonNull(flags, "account.flags");
    a.id = id;
    a.holder_id = holderId;
    a.fiscal_year = fiscalYear;
    a.flags = (short) CodedEnum.mask(flags);
    a.level = (byte) level.code();
    a.kind = (byte) kind.code();
    a.holder_kind = (byte) holderKind.code();
    a.write();
  }
}
