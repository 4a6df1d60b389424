package org.ruralguard;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ruralguard.internal.LedgerStructs;
import org.ruralguard.internal.Text;

/**
 * A ledger transfer ({@code rg_transfer}): a 128-bit id (idHi, idLo), amounts in whole fen
 * (rg_money units, a multiple of {@link Money#UNITS_PER_FEN}), a memo of at most 64 bytes UTF-8.
 *
 * @param refIdHi post/void: the pending transfer; reversal: the original; else 0
 * @param projectId 0 = none; required for {@link TransferCode#DISBURSE}
 */
public record Transfer(long idHi, long idLo, long refIdHi, long refIdLo, long debitAccountId,
    long creditAccountId, long projectId, long amount, LocalDate effectiveDate, TransferCode code,
    Set<TransferFlag> flags, String memo) {
  /** {@code RG_TRANSFER_MEMO_MAX}. */
  public static final int MEMO_MAX = 64;

  /** A plain transfer with a 64-bit id, no reference, project or flags. */
  public static Transfer of(long id, long debitAccountId, long creditAccountId, long amount,
      LocalDate effectiveDate, TransferCode code) {
    return new Transfer(0, id, 0, 0, debitAccountId, creditAccountId, 0, amount, effectiveDate,
        code, EnumSet.noneOf(TransferFlag.class), "");
  }

  /** The same transfer for a project. */
  public Transfer withProject(long project) {
    return new Transfer(idHi, idLo, refIdHi, refIdLo, debitAccountId, creditAccountId, project,
        amount, effectiveDate, code, flags, memo);
  }

  /** The same transfer with flags and a reference. */
  public Transfer withFlags(Set<TransferFlag> f, long refHi, long refLo) {
    return new Transfer(idHi, idLo, refHi, refLo, debitAccountId, creditAccountId, projectId,
        amount, effectiveDate, code, f, memo);
  }

  void into(LedgerStructs.Transfer t) {
    Store.requireNonNull(code, "transfer.code");
    Store.requireNonNull(flags, "transfer.flags");
    t.id_hi = idHi;
    t.id_lo = idLo;
    t.ref_id_hi = refIdHi;
    t.ref_id_lo = refIdLo;
    t.debit_account_id = debitAccountId;
    t.credit_account_id = creditAccountId;
    t.project_id = projectId;
    t.amount = amount;
    t.effective_date = Dates.toRgDate(effectiveDate);
    t.code = (short) code.code();
    t.flags = (short) CodedEnum.mask(flags);
    byte[] m = Text.utf8(memo == null ? "" : memo);
    if (m.length > MEMO_MAX) {
      throw new LimitException("transfer.memo: " + m.length + " bytes, at most " + MEMO_MAX
          + " (RG_TRANSFER_MEMO_MAX)");
    }
    t.memo = new byte[MEMO_MAX];
    System.arraycopy(m, 0, t.memo, 0, m.length);
    t.write();
  }

  static Transfer of(LedgerStructs.Transfer t) {
    return new Transfer(t.id_hi, t.id_lo, t.ref_id_hi, t.ref_id_lo, t.debit_account_id,
        t.credit_account_id, t.project_id, t.amount, Dates.fromRgDate(t.effective_date),
        TransferCode.of(Short.toUnsignedInt(t.code)),
        CodedEnum.fromMask(TransferFlag.class, Short.toUnsignedInt(t.flags)), Text.fromNul(t.memo));
  }
}
