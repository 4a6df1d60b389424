package org.ruralguard;

import java.time.LocalDate;

/** The rows the ledger's reads and fund reports return (amounts in rg_money units). */
public final class LedgerRows {
  private LedgerRows() {}

  /** An account balance ({@code rg_balance}). */
  public record Balance(long debitsPending, long debitsPosted, long creditsPending,
      long creditsPosted) {}

  /** The stored SHA-256 chain head (32 bytes) and the number of transfers it covers. */
  public record ChainHead(byte[] head, long length) {}

  /** The result of a transfer batch: one result per transfer, and how many were committed. */
  public record TransferBatch(java.util.List<TransferResult> results, long committed) {}

  /** A committed transfer with its place in the chain ({@code rg_history_entry}). */
  public record HistoryEntry(Transfer transfer, long sequence, boolean isDebit) {}

  /** Allocated and disbursed totals of one group ({@code rg_totals_row}). */
  public record TotalsRow(long key, long allocated, long disbursed) {}

  /** Disbursement progress of one fund level and year; percent is null when nothing was allocated. */
  public record ProgressRow(FundLevel level, int fiscalYear, long allocated, long disbursed,
      String progressPercent) {}

  /** The industry share of a year's disbursements; percent null when nothing was disbursed. */
  public record IndustryShare(long industryDisbursed, long totalDisbursed, String sharePercent,
      boolean belowRequired) {}

  /** Project counts and completion rate of one type; percent null without projects. */
  public record ProjectCountRow(ProjectType type, long projects, long completed, long terminated,
      String completionPercent) {}

  /** A project whose allocated money has waited ({@code rg_waiting_funds}). */
  public record WaitingFunds(long projectId, long allocated, long disbursed, long idleDays,
      LocalDate since) {}
}
