package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The fund ledger, the project library and the fund reports.
 *
 * <p>One Java method per C function of {@code include/ruralguard/ruralguard.h}: same name, same
 * parameters in the same order (docs/java.md, "Adding a C function"). See {@link RgNative} for
 * the type mapping.
 */
public interface LedgerNative {
  Pointer rg_transfer_result_name(int result);
  Pointer rg_account_result_name(int result);
  int rg_ledger_open(PointerByReference outLedger, Pointer store);
  void rg_ledger_close(Pointer ledger);
  int rg_ledger_create_accounts(Pointer outResults, Pointer ledger, Pointer accounts, long count);
  int rg_ledger_close_account(Pointer ledger, long accountId);
  int rg_ledger_create_transfers(Pointer outResults, LongByReference outCommitted, Pointer ledger, Pointer transfers, long count);
  int rg_ledger_balance(Pointer out, Pointer ledger, long accountId);
  int rg_ledger_balance_as_of(Pointer out, Pointer ledger, long accountId, int asOf);
  int rg_ledger_chain_head(byte[] outHead, LongByReference outLength, Pointer ledger);
  int rg_ledger_verify(LongByReference outFirstBadSequence, Pointer ledger);
  int rg_ledger_history(Pointer outEntries, long capacity, LongByReference outCount, Pointer ledger, long accountId, int from, int to);
  int rg_ledger_totals(Pointer outRows, long capacity, LongByReference outCount, Pointer ledger, int by, int prefixDigits, int asOf);
  int rg_project_add(Pointer ledger, Pointer project, byte[] name, long nameLen, int proposed);
  int rg_project_transition(Pointer ledger, long projectId, byte status, int date);
  int rg_project_status(ByteByReference outStatus, Pointer ledger, long projectId);
  int rg_project_set_public_notice(Pointer ledger, long projectId, byte onNotice);
  int rg_ledger_progress(Pointer outRows, long capacity, LongByReference outCount, Pointer ledger, int asOf);
  int rg_ledger_industry_share(Pointer out, Pointer ledger, int fiscalYear, long requiredNumerator, long requiredDenominator, int asOf);
  int rg_ledger_project_counts(Pointer outRows, long capacity, LongByReference outCount, Pointer ledger, int fiscalYear);
  int rg_ledger_funds_waiting(Pointer outRows, long capacity, LongByReference outCount, Pointer ledger, int asOf, int idleDaysMin);
  int rg_ledger_notice_csv(byte[] out, long capacity, LongByReference outLength, Pointer ledger, int which, int asOf);
}
