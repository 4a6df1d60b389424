package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralguard.LedgerRows.Balance;
import org.ruralguard.LedgerRows.ChainHead;
import org.ruralguard.LedgerRows.HistoryEntry;
import org.ruralguard.LedgerRows.IndustryShare;
import org.ruralguard.LedgerRows.ProgressRow;
import org.ruralguard.LedgerRows.ProjectCountRow;
import org.ruralguard.LedgerRows.TotalsRow;
import org.ruralguard.LedgerRows.TransferBatch;
import org.ruralguard.LedgerRows.WaitingFunds;
import org.ruralguard.internal.Lib;
import org.ruralguard.internal.LedgerStructs;
import org.ruralguard.internal.NativeHandle;
import org.ruralguard.internal.Rows;
import org.ruralguard.internal.Text;

/**
 * The double-entry linkage-fund ledger of a store, with its project library and fund reports
 * ({@code rg_ledger*}, docs/ledger.md). Transfer ids make every write idempotent; pending
 * transfers, linked chains, reversals and a SHA-256 hash chain follow TigerBeetle's model.
 *
 * <p>Threads and lifetime: a ledger handle lives on its store and shares the store's lock (one
 * call at a time across both); closing the store closes the ledger first. Only one ledger handle
 * per database file may write. {@link #close()} is idempotent.
 */
public final class Ledger extends NativeHandle {
  /** {@code RG_LEDGER_BATCH_MAX}: records per create call. */
  public static final int BATCH_MAX = 8192;
  private final Store store;

  private Ledger(Pointer p, Store store) {
    super(p, "ledger of " + store.path(), store.sharedLock());
    this.store = store;
  }

  /** Loads the ledger and project library of {@code store} (replays every transfer). */
  public static Ledger open(Store store) {
    Store.requireNonNull(store, "store");
    return store.exclusive(s -> {
      PointerByReference out = new PointerByReference();
      check(RG.rg_ledger_open(out, s));
      Ledger l = new Ledger(out.getValue(), store);
      store.addDependent(l);
      return l;
    });
  }

  Store store() {
    return store;
  }

  /** The name of a transfer result ("exceeds_credits"). */
  public static String transferResultName(int result) {
    return Lib.cString(RG.rg_transfer_result_name(result));
  }

  /** The name of an account result ("exists"). */
  public static String accountResultName(int result) {
    return Lib.cString(RG.rg_account_result_name(result));
  }

  /** Creates accounts (at most {@link #BATCH_MAX}) in one call; one result per account. */
  public List<AccountResult> createAccounts(List<Account> accounts) {
    Store.requireNonNull(accounts, "accounts");
    int n = accounts.size();
    LedgerStructs.Account[] rows = (LedgerStructs.Account[]) new LedgerStructs.Account().toArray(Math.max(1, n));
    for (int i = 0; i < n; i++) {
      Store.requireNonNull(accounts.get(i), "accounts[" + i + "]");
      accounts.get(i).into(rows[i]);
    }
    try (Memory results = new Memory(4L * n + 4)) {
      exclusive(l -> {
        check(RG.rg_ledger_create_accounts(results, l, rows[0].getPointer(), n));
        return null;
      });
      List<AccountResult> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(AccountResult.of(results.getInt(4L * i)));
      }
      return out;
    }
  }

  /** Closes an account: no later transfer may use it. */
  public void closeAccount(long accountId) {
    exclusive(l -> {
      check(RG.rg_ledger_close_account(l, accountId));
      return null;
    });
  }

  /**
   * Validates and applies transfers (at most {@link #BATCH_MAX}) in one call and one transaction;
   * one result per transfer.
   */
  public TransferBatch createTransfers(List<Transfer> transfers) {
    Store.requireNonNull(transfers, "transfers");
    int n = transfers.size();
    LedgerStructs.Transfer[] rows = (LedgerStructs.Transfer[]) new LedgerStructs.Transfer().toArray(Math.max(1, n));
    for (int i = 0; i < n; i++) {
      Store.requireNonNull(transfers.get(i), "transfers[" + i + "]");
      transfers.get(i).into(rows[i]);
    }
    try (Memory results = new Memory(4L * n + 4)) {
      LongByReference committed = new LongByReference();
      exclusive(l -> {
        check(RG.rg_ledger_create_transfers(results, committed, l, rows[0].getPointer(), n));
        return null;
      });
      List<TransferResult> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(TransferResult.of(results.getInt(4L * i)));
      }
      return new TransferBatch(out, committed.getValue());
    }
  }

  /** The account's current balance. */
  public Balance balance(long accountId) {
    return exclusive(l -> {
      LedgerStructs.Balance b = new LedgerStructs.Balance();
      check(RG.rg_ledger_balance(b.getPointer(), l, accountId));
      b.read();
      return new Balance(b.debits_pending, b.debits_posted, b.credits_pending, b.credits_posted);
    });
  }

  /** The balance counting only transfers effective on or before {@code asOf}. */
  public Balance balanceAsOf(long accountId, LocalDate asOf) {
    int d = Dates.toRgDate(asOf);
    return exclusive(l -> {
      LedgerStructs.Balance b = new LedgerStructs.Balance();
      check(RG.rg_ledger_balance_as_of(b.getPointer(), l, accountId, d));
      b.read();
      return new Balance(b.debits_pending, b.debits_posted, b.credits_pending, b.credits_posted);
    });
  }

  /** The stored chain head and the number of transfers it covers. */
  public ChainHead chainHead() {
    return exclusive(l -> {
      byte[] head = new byte[32];
      LongByReference length = new LongByReference();
      check(RG.rg_ledger_chain_head(head, length, l));
      return new ChainHead(head, length.getValue());
    });
  }

  /** Recomputes the hash chain and balances from the file; {@link CorruptException} if altered. */
  public void verify() {
    exclusive(l -> {
      LongByReference first = new LongByReference();
      check(RG.rg_ledger_verify(first, l));
      return null;
    });
  }

  /** Transfers touching the account with from <= effective date <= to, in commit order. */
  public List<HistoryEntry> history(long accountId, LocalDate from, LocalDate to) {
    int f = Dates.toRgDate(from);
    int t = Dates.toRgDate(to);
    return exclusive(l -> {
      List<HistoryEntry> out = new ArrayList<>();
      for (LedgerStructs.HistoryEntry e : Rows.read(LedgerStructs.HistoryEntry::new,
          (p, cap, count) -> RG.rg_ledger_history(p, cap, count, l, accountId, f, t), 64)) {
        out.add(new HistoryEntry(Transfer.of(e.transfer), e.sequence, e.is_debit != 0));
      }
      return out;
    });
  }

  /** Allocated and disbursed totals up to {@code asOf} grouped by {@code by}, sorted by key. */
  public List<TotalsRow> totals(LedgerTotalsBy by, int prefixDigits, LocalDate asOf) {
    Store.requireNonNull(by, "by");
    int d = Dates.toRgDate(asOf);
    return exclusive(l -> {
      List<TotalsRow> out = new ArrayList<>();
      for (LedgerStructs.TotalsRow r : Rows.read(LedgerStructs.TotalsRow::new,
          (p, cap, count) -> RG.rg_ledger_totals(p, cap, count, l, by.code(), prefixDigits, d), 64)) {
        out.add(new TotalsRow(r.key, r.allocated, r.disbursed));
      }
      return out;
    });
  }

  /** Adds a project in reserve state, named {@code name} (1..256 bytes). */
  public void addProject(Project project, String name, LocalDate proposed) {
    Store.requireNonNull(project, "project");
    LedgerStructs.Project p0 = project.toNative();
    byte[] n = Text.utf8(name);
    int d = Dates.toRgDate(proposed);
    exclusive(l -> {
      check(RG.rg_project_add(l, p0.getPointer(), n, Text.length(n), d));
      return null;
    });
  }

  /** Moves a project to {@code status} on {@code date}. */
  public void transitionProject(long projectId, ProjectStatus status, LocalDate date) {
    Store.requireNonNull(status, "status");
    int d = Dates.toRgDate(date);
    exclusive(l -> {
      check(RG.rg_project_transition(l, projectId, (byte) status.code(), d));
      return null;
    });
  }

  /** The project's state. */
  public ProjectStatus projectStatus(long projectId) {
    return exclusive(l -> {
      ByteByReference out = new ByteByReference();
      check(RG.rg_project_status(out, l, projectId));
      return ProjectStatus.of(out.getValue());
    });
  }

  /** Sets or clears the project's public-notice (公告公示) flag. */
  public void setPublicNotice(long projectId, boolean onNotice) {
    exclusive(l -> {
      check(RG.rg_project_set_public_notice(l, projectId, HouseholdRecord.flag(onNotice)));
      return null;
    });
  }

  /** Disbursement progress per fund level and year up to {@code asOf}. */
  public List<ProgressRow> progress(LocalDate asOf) {
    int d = Dates.toRgDate(asOf);
    return exclusive(l -> {
      List<ProgressRow> out = new ArrayList<>();
      for (LedgerStructs.ProgressRow r : Rows.read(LedgerStructs.ProgressRow::new,
          (p, cap, count) -> RG.rg_ledger_progress(p, cap, count, l, d), 16)) {
        out.add(new ProgressRow(FundLevel.of(r.level), r.fiscal_year, r.allocated, r.disbursed,
            r.has_progress != 0 ? Text.fromNul(r.progress_percent) : null));
      }
      return out;
    });
  }

  /** The industry share of the year's disbursed funds against required num/den. */
  public IndustryShare industryShare(int fiscalYear, long requiredNumerator,
      long requiredDenominator, LocalDate asOf) {
    int d = Dates.toRgDate(asOf);
    return exclusive(l -> {
      LedgerStructs.IndustryShare s = new LedgerStructs.IndustryShare();
      check(RG.rg_ledger_industry_share(s.getPointer(), l, fiscalYear, requiredNumerator,
          requiredDenominator, d));
      s.read();
      return new IndustryShare(s.industry_disbursed, s.total_disbursed,
          s.has_share != 0 ? Text.fromNul(s.share_percent) : null, s.below_required != 0);
    });
  }

  /** Project counts and completion rate per project type of {@code fiscalYear}. */
  public List<ProjectCountRow> projectCounts(int fiscalYear) {
    return exclusive(l -> {
      List<ProjectCountRow> out = new ArrayList<>();
      for (LedgerStructs.ProjectCountRow r : Rows.read(LedgerStructs.ProjectCountRow::new,
          (p, cap, count) -> RG.rg_ledger_project_counts(p, cap, count, l, fiscalYear), 8)) {
        out.add(new ProjectCountRow(ProjectType.of(r.type), r.projects, r.completed, r.terminated,
            r.has_rate != 0 ? Text.fromNul(r.completion_percent) : null));
      }
      return out;
    });
  }

  /** Projects whose allocated money waited at least {@code idleDaysMin} days before {@code asOf}. */
  public List<WaitingFunds> fundsWaiting(LocalDate asOf, int idleDaysMin) {
    int d = Dates.toRgDate(asOf);
    return exclusive(l -> {
      List<WaitingFunds> out = new ArrayList<>();
      for (LedgerStructs.WaitingFunds r : Rows.read(LedgerStructs.WaitingFunds::new,
          (p, cap, count) -> RG.rg_ledger_funds_waiting(p, cap, count, l, d, idleDaysMin), 16)) {
        out.add(new WaitingFunds(r.project_id, r.allocated, r.disbursed, r.idle_days,
            Dates.fromRgDate(r.since)));
      }
      return out;
    });
  }

  /** The public-notice CSV (projects or disbursements) up to {@code asOf}. */
  public String noticeCsv(NoticeKind which, LocalDate asOf) {
    Store.requireNonNull(which, "which");
    int d = Dates.toRgDate(asOf);
    return exclusive(l -> Text.read((out, cap, len) ->
        RG.rg_ledger_notice_csv(out, cap, len, l, which.code(), d), 4096));
  }

  @Override
  protected void closeDependents() {
    store.closeDependentsOf(this);
  }

  @Override
  protected void free(Pointer p) {
    RG.rg_ledger_close(p);
    store.removeDependent(this);
  }
}
