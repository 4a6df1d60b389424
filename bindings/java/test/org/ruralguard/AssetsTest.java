package org.ruralguard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.Test;
import org.ruralguard.AssetRecords.Draft;
import org.ruralguard.AssetRecords.Management;
import org.ruralguard.AssetRecords.Plan;
import org.ruralguard.AssetRecords.PlanPurpose;

/** Project assets from Java (the scenario of tests/c/c_api_test.c). */
public class AssetsTest {
  static final long YUAN = Money.UNITS_PER_YUAN;

  static LocalDate ymd(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Test
  public void aCompletedProjectIsCapitalisedToTheFenRunsItsLifecycleAndDistributesItsIncome() {
    try (Store s = Store.inMemory(); Ledger l = Ledger.open(s); Assets a = Assets.open(l)) {
      List<Account> accounts = new ArrayList<>();
      accounts.add(Account.of(1, 500112000000L, 2024, FundLevel.CENTRAL, AccountKind.SOURCE, HolderKind.REGION));
      accounts.add(new Account(10, 500112000000L, 2024, FundLevel.CENTRAL, AccountKind.BUDGET,
          HolderKind.REGION, EnumSet.of(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS)));
      accounts.add(Account.of(30, 3, 2024, FundLevel.CENTRAL, AccountKind.PAYEE, HolderKind.PAYEE));
      accounts.add(new Account(40, 7001, 2024, FundLevel.CENTRAL, AccountKind.INCOME,
          HolderKind.PROJECT, EnumSet.of(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS)));
      for (long id : new long[] {41, 50, 51}) {
        accounts.add(Account.of(id, id, 2024, FundLevel.CENTRAL, AccountKind.PAYEE, HolderKind.PAYEE));
      }
      for (AccountResult r : l.createAccounts(accounts)) {
        assertEquals(AccountResult.OK, r);
      }
      l.addProject(new Project(7001, 500112001001L, new long[4], 2024, ProjectType.INDUSTRY, false),
          "村级光伏电站", ymd(2024, 1, 2));
      l.transitionProject(7001, ProjectStatus.ADMITTED, ymd(2024, 1, 3));
      l.transitionProject(7001, ProjectStatus.APPROVED, ymd(2024, 1, 4));
      long spent = 123456 * YUAN + 78 * Money.UNITS_PER_FEN;
      LedgerRows.TransferBatch b = l.createTransfers(List.of(
          Transfer.of(1, 1, 10, 200000 * YUAN, ymd(2024, 1, 5), TransferCode.ALLOCATE)
              .withFlags(EnumSet.of(TransferFlag.LINKED), 0, 0),
          Transfer.of(2, 10, 30, spent, ymd(2024, 3, 1), TransferCode.DISBURSE).withProject(7001)));
      assertEquals(2, b.committed());
      l.transitionProject(7001, ProjectStatus.UNDER_CONSTRUCTION, ymd(2024, 3, 2));

      long settled = a.settledAmount(7001, ymd(2024, 9, 1));
      assertEquals(spent, settled);
      long[] values = Money.allocateFen(settled, new long[] {2, 1});
      Management m = new Management("管护员", null, 0, 40, 1234, OperationMode.LEASE,
          FarmerLink.DIVIDEND);
      List<Draft> drafts = new ArrayList<>(List.of(
          new Draft(1, 500112001001L, values[0], "光伏电站", null, null, m, AssetClass.OPERATING,
              AssetSubtype.PHOTOVOLTAIC, null, null),
          new Draft(2, 500112001001L, values[1] + Money.UNITS_PER_FEN, "股权", null, null,
              new Management("管护员", null, 0, 0, 1234, OperationMode.LEASE, FarmerLink.DIVIDEND),
              AssetClass.OPERATING, AssetSubtype.EQUITY, null, null)));
      assertThrows(StateException.class, () -> a.capitalise(7001, ymd(2024, 9, 1), drafts));
      l.transitionProject(7001, ProjectStatus.COMPLETED, ymd(2024, 8, 1));
      NotFoundException nf = assertThrows(NotFoundException.class,
          () -> a.capitalise(7404, ymd(2024, 9, 1), drafts));
      assertTrue(nf.getMessage().contains("project 7404"));
      RefusedException refused = assertThrows(RefusedException.class,
          () -> a.capitalise(7001, ymd(2024, 9, 1), drafts));
      assertTrue(refused.getMessage().contains("settled amount"));
      assertThrows(NotFoundException.class, () -> a.get(1));
      Draft d2 = drafts.get(1);
      drafts.set(1, new Draft(2, d2.region(), values[1], d2.name(), null, null, d2.management(),
          d2.assetClass(), d2.subtype(), null, null));
      a.capitalise(7001, ymd(2024, 9, 1), drafts);
      AssetRecords.Info info = a.get(1);
      assertEquals(AssetStatus.REGISTERED, info.status());
      assertEquals(Party.VILLAGE_COLLECTIVE, info.owner());
      assertEquals(Party.OPERATOR.code(), info.rights()[AssetRight.MANAGEMENT.code()]);

      assertThrows(StateException.class, () -> a.handOver(1, ymd(2024, 9, 2)));
      a.confirmOwnership(1, ymd(2024, 9, 2), "证 1");
      a.handOver(1, ymd(2024, 9, 3));
      a.setStatus(1, AssetStatus.OPERATING, ymd(2024, 9, 4));
      assertThrows(InvalidArgumentException.class,
          () -> a.recordIncome(1, 0, 900, 41, -5 * YUAN, ymd(2025, 3, 31)));
      a.recordIncome(1, 0, 900, 41, 100000 * YUAN, ymd(2025, 3, 31));

      long[] households = new long[1234];
      long[] sizes = new long[1234];
      for (int i = 0; i < 1234; i++) {
        households[i] = 5001120010010000L + i + 1;
        sizes[i] = 1 + i % 6;
      }
      long[] jobs = java.util.Arrays.copyOf(households, 37);
      List<PlanPurpose> purposes = new ArrayList<>(List.of(
          new PlanPurpose(Purpose.DIVIDENDS, households, sizes, 1, 0, 50),
          new PlanPurpose(Purpose.PUBLIC_WELFARE_JOBS, jobs, null, 1, 0, 51),
          new PlanPurpose(Purpose.VILLAGE_RUNNING_COSTS, null, null, 1, 0, 30)));
      Plan plan = new Plan(2025001, 1, 2025, 100000 * YUAN, "村民代表大会决议〔2025〕2号",
          ymd(2025, 4, 1), 41, 37, 1, ymd(2025, 4, 2), ymd(2025, 4, 11), 2025, 1, purposes);
      RefusedException forbidden = assertThrows(RefusedException.class, () -> a.addDistribution(plan));
      assertTrue(forbidden.getMessage().contains("forbidden"));
      assertThrows(NotFoundException.class, () -> a.distributionShares(2025001));
      purposes.set(2, new PlanPurpose(Purpose.UPKEEP, null, null, 1, 0, 30));
      a.addDistribution(plan);
      List<AssetRecords.Share> shares = a.distributionShares(2025001);
      assertEquals(1234 + 37 + 1, shares.size());
      long total = 0;
      long[] lines = new long[3];
      for (AssetRecords.Share share : shares) {
        total += share.amount();
        lines[share.line()] += share.amount();
      }
      assertEquals(100000 * YUAN, total);
      assertEquals(shares.get(0).lineAmount(), lines[0]);
      assertEquals(shares.get(1234).lineAmount(), lines[1]);
      assertThrows(RefusedException.class, () -> a.postDistribution(2025001, ymd(2025, 4, 10)));
      assertTrue(a.postDistribution(2025001, ymd(2025, 4, 12)));
      assertEquals(100000 * YUAN, l.balance(40).debitsPosted());
      List<AssetRecords.IncomeRow> years = a.incomeByYear();
      assertEquals(2025, years.get(0).year());
      assertEquals(100000 * YUAN, years.get(0).paid());
      assertTrue(a.noticeCsv(2025001).length() > 0);

      a.confirmOwnership(2, ymd(2024, 9, 2), "证 2");
      a.handOver(2, ymd(2024, 9, 3));
      a.requestDisposal(2, DisposalReason.AGREEMENT_EXPIRED, DisposalMethod.TRANSFER, 5000 * YUAN,
          ymd(2025, 5, 1));
      assertThrows(RefusedException.class, () -> a.dispose(2, ymd(2025, 5, 2)));
      assertThrows(StateException.class,
          () -> a.approveDisposal(2, Approval.COUNTY, ymd(2025, 5, 2), "县"));
      a.approveDisposal(2, Approval.OWNER, ymd(2025, 5, 2), "申请");
      a.approveDisposal(2, Approval.ASSEMBLY, ymd(2025, 5, 3), "决议");
      a.approveDisposal(2, Approval.TOWNSHIP, ymd(2025, 5, 4), "乡");
      a.approveDisposal(2, Approval.COUNTY, ymd(2025, 5, 5), "县");
      a.dispose(2, ymd(2025, 5, 6));
      List<AssetRecords.Event> events = a.events(2);
      assertEquals(9, events.size());
      assertEquals(AssetEventKind.DISPOSED, events.get(8).kind());
      assertEquals(AssetStatus.DISPOSED.code(), events.get(8).toStatus());

      a.setManagement(1, new Management("管护员", null, 120000 * YUAN, 40, 1234,
          OperationMode.LEASE, FarmerLink.DIVIDEND), ymd(2025, 6, 1));
      l.addProject(new Project(7002, 500112001001L, new long[4], 2024, ProjectType.INDUSTRY, false),
          "道路", ymd(2024, 1, 2));
      l.transitionProject(7002, ProjectStatus.ADMITTED, ymd(2024, 1, 3));
      l.transitionProject(7002, ProjectStatus.APPROVED, ymd(2024, 1, 4));
      l.transitionProject(7002, ProjectStatus.UNDER_CONSTRUCTION, ymd(2024, 1, 5));
      l.transitionProject(7002, ProjectStatus.COMPLETED, ymd(2024, 6, 5));
      boolean unregistered = false;
      boolean belowPlan = false;
      for (AssetRecords.Warning w : a.warnings(ymd(2025, 12, 31), 2025)) {
        unregistered |= w.kind() == AssetWarningKind.PROJECT_NOT_REGISTERED && w.projectId() == 7002;
        belowPlan |= w.kind() == AssetWarningKind.INCOME_BELOW_PLAN && w.assetId() == 1
            && w.actual() == 100000 * YUAN && w.expected() == 120000 * YUAN;
      }
      assertTrue(unregistered && belowPlan);
      List<AssetRecords.TotalsRow> totals = a.totals(AssetTotalsBy.STATUS, 0);
      assertEquals(2, totals.size());
      assertEquals(AssetStatus.OPERATING.code(), totals.get(0).key());
      assertEquals(values[0], totals.get(0).value());
      AssetRecords.CountyPolicy policy = Assets.defaultPolicy();
      assertEquals(5, policy.noticeDaysMin());
      assertTrue(policy.forbiddenPurposes().contains(Purpose.VILLAGE_RUNNING_COSTS));
      assertFalse(policy.forbiddenPurposes().contains(Purpose.UPKEEP));
      a.setPolicy(policy);
    }
  }
}
