package org.ruralguard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The values the {@link Assets} handle takes and returns (docs/assets.md); amounts in rg_money
 * units, whole fen where the C ABI requires it.
 */
public final class AssetRecords {
  private AssetRecords() {}

  /**
   * Management fields of an asset ({@code rg_asset_management}).
   *
   * @param custodian 管护主体; null or "" raises a warning
   * @param incomeAccountId ledger account (kind income) of the asset's income; 0 = none
   */
  public record Management(String custodian, String operatorName, long plannedIncomePerYear,
      long incomeAccountId, int farmerLinkHouseholds, OperationMode mode, FarmerLink farmerLink) {}

  /**
   * One asset to capitalise ({@code rg_asset_draft}).
   *
   * @param owner null: the class's default owner
   * @param rights a party per {@link AssetRight} (5), or null for the defaults
   */
  public record Draft(long id, long region, long value, String name, String location,
      String ownerName, Management management, AssetClass assetClass, AssetSubtype subtype,
      Party owner, Party[] rights) {}

  /** The numeric state of an asset ({@code rg_asset_info}); dates null when absent. */
  public record Info(long id, long projectId, long region, long incomeAccountId, long value,
      long plannedIncomePerYear, long disposalValuation, LocalDate registered, LocalDate confirmed,
      LocalDate handedOver, LocalDate statusSince, long farmerLinkHouseholds, AssetClass assetClass,
      AssetSubtype subtype, Party owner, OperationMode mode, FarmerLink farmerLink,
      AssetStatus status, boolean hasDisposal, int disposalReason, int disposalMethod,
      int approvalsGiven, byte[] rights, boolean hasCustodian) {}

  /** An asset event ({@code rg_asset_event}). */
  public record Event(long sequence, LocalDate date, AssetEventKind kind, int fromStatus,
      int toStatus, String note) {}

  /** County options ({@code rg_asset_policy}); see {@link Assets#defaultPolicy()}. */
  public record CountyPolicy(Set<Purpose> forbiddenPurposes, Set<DisposalReason> allowedDisposalReasons,
      Set<DisposalMethod> allowedDisposalMethods, int noticeDaysMin) {}

  /**
   * One purpose of a distribution plan ({@code rg_distribution_purpose}): a weight or a fixed
   * amount, split among households by their weights (null weights: 1 each).
   */
  public record PlanPurpose(Purpose purpose, long[] households,
      long[] householdWeights, long weight, long amount, long payeeAccountId) {}

  /** An income distribution plan ({@code rg_distribution_plan}); payment i has id (hi, lo + i). */
  public record Plan(long planId, long assetId, int year, long income, String decisionDocument,
      LocalDate decisionDate, int attendees, int votesFor, int votesAgainst, LocalDate noticeStart,
      LocalDate noticeEnd, long firstTransferIdHi, long firstTransferIdLo, List<PlanPurpose> purposes) {}

  /** A computed share ({@code rg_distribution_share}); householdKey 0 for a purpose without households. */
  public record Share(long householdKey, long amount, long lineAmount, int line,
      Purpose purpose) {}

  /** A risk warning or reconciliation finding ({@code rg_asset_warning}). */
  public record Warning(AssetWarningKind kind, long assetId, long projectId, long expected,
      long actual, long months) {}

  /** Counts and book values of one group ({@code rg_asset_totals_row}). */
  public record TotalsRow(long key, long assets, long value) {}

  /** Asset income and distribution of one year ({@code rg_asset_income_row}). */
  public record IncomeRow(int year, long income, long planned, long paid) {}
}
