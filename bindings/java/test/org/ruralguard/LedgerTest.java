package org.ruralguard;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.Test;

/** The fund ledger from Java (the scenario of tests/c/c_api_test.c): results per record. */
public class LedgerTest {
  static final long YI = 100_000_000L * Money.UNITS_PER_YUAN;  // 1 亿 yuan in units
  static final LocalDate FEB = LocalDate.of(2024, 2, 1);
  static final LocalDate JUN = LocalDate.of(2024, 6, 1);

  static List<Account> accounts() {
    Account source = Account.of(1, 500112000000L, 2024, FundLevel.CENTRAL, AccountKind.SOURCE,
        HolderKind.REGION);
    Account budget = new Account(10, 500112000000L, 2024, FundLevel.CENTRAL, AccountKind.BUDGET,
        HolderKind.REGION, EnumSet.of(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS));
    Account payee = Account.of(30, 1, 2024, FundLevel.CENTRAL, AccountKind.PAYEE, HolderKind.PAYEE);
    return List.of(source, budget, payee);
  }

  @Test
  public void transfersAreCheckedPerRecordIdempotentAndReportedExactly() {
    try (Store s = Store.inMemory(); Ledger l = Ledger.open(s)) {
      assertEquals(List.of(AccountResult.OK, AccountResult.OK, AccountResult.OK),
          l.createAccounts(accounts()));
      assertEquals(List.of(AccountResult.EXISTS), l.createAccounts(List.of(accounts().get(0))));
      assertEquals("exceeds_credits", Ledger.transferResultName(TransferResult.EXCEEDS_CREDITS.code()));
      assertEquals("exists", Ledger.accountResultName(AccountResult.EXISTS.code()));

      l.addProject(new Project(7001, 500112001001L, new long[] {25 * YI, 0, 0, 0}, 2024,
          ProjectType.INDUSTRY, true), "花椒基地", FEB);
      StateException e = assertThrows(StateException.class,
          () -> l.transitionProject(7001, ProjectStatus.APPROVED, FEB));
      assertTrue(e.getMessage(), e.getMessage().contains("reserve"));
      l.transitionProject(7001, ProjectStatus.ADMITTED, FEB);

      Transfer allocate = Transfer.of(1, 1, 10, 3682 * YI / 100, FEB, TransferCode.ALLOCATE)
          .withFlags(EnumSet.of(TransferFlag.LINKED), 0, 0);
      Transfer disburse = Transfer.of(2, 10, 30, 224 * YI / 10, JUN, TransferCode.DISBURSE)
          .withProject(7001);
      // disbursing before approval is refused and the linked allocation rolls back
      LedgerRows.TransferBatch refused = l.createTransfers(List.of(allocate, disburse));
      assertEquals(0, refused.committed());
      assertEquals(List.of(TransferResult.LINKED_EVENT_FAILED, TransferResult.PROJECT_NOT_APPROVED),
          refused.results());
      l.transitionProject(7001, ProjectStatus.APPROVED, FEB);
      assertEquals(ProjectStatus.APPROVED, l.projectStatus(7001));

      LedgerRows.TransferBatch batch = l.createTransfers(List.of(allocate, disburse,
          Transfer.of(3, 1, 10, 150, FEB, TransferCode.ALLOCATE),
          Transfer.of(4, 10, 10, 100, FEB, TransferCode.REALLOCATE),
          Transfer.of(5, 1, 404, 100, FEB, TransferCode.ALLOCATE)));
      assertEquals(2, batch.committed());
      assertEquals(List.of(TransferResult.OK, TransferResult.OK, TransferResult.AMOUNT_NOT_WHOLE_FEN,
          TransferResult.ACCOUNTS_MUST_BE_DIFFERENT, TransferResult.CREDIT_ACCOUNT_NOT_FOUND),
          batch.results());
      LedgerRows.TransferBatch replay = l.createTransfers(List.of(allocate, disburse));
      assertEquals(0, replay.committed());
      assertEquals(List.of(TransferResult.EXISTS, TransferResult.EXISTS), replay.results());

      LedgerRows.Balance b = l.balance(10);
      assertEquals(3682 * YI / 100, b.creditsPosted());
      assertEquals(224 * YI / 10, b.debitsPosted());
      assertEquals(0, l.balanceAsOf(10, FEB).debitsPosted());
      assertThrows(NotFoundException.class, () -> l.balance(404));

      List<LedgerRows.ProgressRow> progress = l.progress(JUN);
      assertEquals(1, progress.size());
      assertEquals("60.84%", progress.get(0).progressPercent());
      assertEquals(FundLevel.CENTRAL, progress.get(0).level());
      LedgerRows.IndustryShare share = l.industryShare(2024, 55, 100, JUN);
      assertEquals("100.00%", share.sharePercent());
      assertEquals(false, share.belowRequired());
      assertTrue(l.noticeCsv(NoticeKind.DISBURSEMENTS, JUN).contains("花椒基地"));

      List<LedgerRows.HistoryEntry> history = l.history(10, FEB, JUN);
      assertEquals(2, history.size());
      assertEquals(2, history.get(1).sequence());
      assertTrue(history.get(1).isDebit());
      assertEquals(7001, history.get(1).transfer().projectId());
      assertEquals(disburse.amount(), history.get(1).transfer().amount());
      List<LedgerRows.TotalsRow> totals = l.totals(LedgerTotalsBy.REGION_PREFIX, 6, JUN);
      assertEquals(1, totals.size());
      assertEquals(500112, totals.get(0).key());
      assertEquals(224 * YI / 10, totals.get(0).disbursed());
      assertThrows(InvalidArgumentException.class, () -> l.totals(LedgerTotalsBy.REGION_PREFIX, 5, JUN));
      List<LedgerRows.ProjectCountRow> counts = l.projectCounts(2024);
      assertEquals("0.00%", counts.get(0).completionPercent());
      assertEquals(List.of(), l.fundsWaiting(JUN, 30));
      assertThrows(InvalidArgumentException.class, () -> l.fundsWaiting(JUN, -1));
      l.setPublicNotice(7001, false);
      assertThrows(NotFoundException.class, () -> l.setPublicNotice(404, true));

      LedgerRows.ChainHead head = l.chainHead();
      assertEquals(2, head.length());
      assertEquals(32, head.head().length);
      l.verify();
      l.closeAccount(30);
      assertThrows(StateException.class, () -> l.closeAccount(30));
      assertEquals(List.of(TransferResult.CREDIT_ACCOUNT_CLOSED), l.createTransfers(List.of(
          Transfer.of(9, 10, 30, 100, JUN, TransferCode.DISBURSE).withProject(7001))).results());
    }
  }

  @Test
  public void aMemoLongerThanSixtyFourBytesIsALimitErrorAndTheLedgerIsReloadedIntact() {
    java.nio.file.Path dir = TestSupport.tempDir();
    String path = dir.resolve("ledger.db").toString();
    try {
      byte[] head;
      try (Store s = Store.open(path); Ledger l = Ledger.open(s)) {
        l.createAccounts(accounts());
        Transfer t = Transfer.of(1, 1, 10, 100 * Money.UNITS_PER_YUAN, FEB, TransferCode.ALLOCATE);
        Transfer longMemo = new Transfer(0, 2, 0, 0, 1, 10, 0, 100, FEB, TransferCode.ALLOCATE,
            EnumSet.noneOf(TransferFlag.class), "长".repeat(22));
        assertThrows(LimitException.class, () -> l.createTransfers(List.of(longMemo)));
        assertEquals(1, l.createTransfers(List.of(t)).committed());
        head = l.chainHead().head();
      }
      try (Store s = Store.open(path); Ledger l = Ledger.open(s)) {
        assertArrayEquals(head, l.chainHead().head());
        assertEquals(100 * Money.UNITS_PER_YUAN, l.balance(10).creditsPosted());
        l.verify();
      }
    } finally {
      TestSupport.deleteTree(dir);
    }
  }

  @Test
  public void progressHasNoPercentWhenNothingWasAllocated() {
    try (Store s = Store.inMemory(); Ledger l = Ledger.open(s)) {
      assertEquals(List.of(), l.progress(JUN));
      LedgerRows.IndustryShare share = l.industryShare(2024, 55, 100, JUN);
      assertNull(share.sharePercent());
      assertTrue(share.belowRequired());
    }
  }
}
