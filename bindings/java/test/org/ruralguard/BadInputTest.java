package org.ruralguard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/**
 * Bad input from Java gets the named exception and never a crash: nulls, wrong array lengths,
 * enum values out of range, out-of-range numbers, and calls on closed handles.
 */
public class BadInputTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  @Test
  public void nullsAreInvalidArguments() {
    assertThrows(InvalidArgumentException.class, () -> Money.parse(null));
    assertThrows(InvalidArgumentException.class, () -> Money.fromBigDecimal(null));
    assertThrows(InvalidArgumentException.class, () -> Money.format(1, 2, null, false));
    assertThrows(InvalidArgumentException.class, () -> Money.allocate(1, null));
    assertThrows(InvalidArgumentException.class, () -> Dates.toRgDate(null));
    assertThrows(InvalidArgumentException.class, () -> Dates.parse(null));
    assertThrows(InvalidArgumentException.class, () -> RegionCode.parse(null));
    assertThrows(InvalidArgumentException.class, () -> Store.open(null));
    assertThrows(InvalidArgumentException.class, () -> Policy.defaultFor(null, 2024));
    assertThrows(InvalidArgumentException.class, () -> Policy.fromJson(null));
    try (Policy p = TestSupport.fixturePolicy("50", 2024); Store s = Store.inMemory()) {
      assertThrows(InvalidArgumentException.class, () -> Risk.assess(null, p, AS_OF));
      assertThrows(InvalidArgumentException.class,
          () -> Risk.assess(new HouseholdFacts(), null, AS_OF));
      assertThrows(InvalidArgumentException.class,  // income period end not set
          () -> Risk.assess(new HouseholdFacts(), p, AS_OF));
      assertThrows(InvalidArgumentException.class, () -> Risk.assessBatch(null, p, AS_OF));
      assertThrows(InvalidArgumentException.class, () -> Households.get(s, null));
      assertThrows(InvalidArgumentException.class, () -> Households.put(s, null));
      assertThrows(InvalidArgumentException.class, () -> Cases.open(s, 1, null, AS_OF, ""));
      assertThrows(InvalidArgumentException.class, () -> SummarySet.fromJson(null));
      assertThrows(InvalidArgumentException.class, () -> s.savePolicy(null));
    }
  }

  @Test
  public void wrongArrayLengthsAreInvalidArgumentsBeforeTheLibraryIsCalled() {
    try (HouseholdColumns c = new HouseholdColumns(4)) {
      InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
          () -> c.kind(new byte[3]));
      assertTrue(e.getMessage(), e.getMessage().contains("3 values for 4 rows"));
      assertThrows(InvalidArgumentException.class, () -> c.regionCode(new long[5]));
      assertThrows(InvalidArgumentException.class, () -> c.members(null));
    }
    assertThrows(InvalidArgumentException.class, () -> new HouseholdColumns(-1));
    assertThrows(InvalidArgumentException.class, () -> SummarySet.fromHouseholds(new long[2],
        new byte[2], new int[3], null, null, null, null, null));
    assertThrows(InvalidArgumentException.class, () -> Measures.fgt(new long[] {1, 2},
        new long[] {1}, 10, 0, java.util.Set.of(), 4, Rounding.HALF_UP));
    assertThrows(InvalidArgumentException.class, () -> Measures.alkireFoster(2, 2, new long[3],
        new long[2], 1, null, null, 1, 2, java.util.Set.of(), 4, Rounding.HALF_UP));
    assertThrows(InvalidArgumentException.class, () -> new DepartmentRecords(new long[2],
        new byte[2], new byte[1], new long[2], new int[2], null).count());
    assertThrows(InvalidArgumentException.class, () -> Households.computeIncome(
        new IncomeStatement("h", IncomeKind.ANNUAL, 1, AS_OF, AS_OF, 0, 0, 0, 0, new long[3], 0, 0, 0),
        null));
  }

  @Test
  public void aBatchMissingARequiredColumnIsAnInvalidArgumentFromTheLibrary() {
    try (Policy p = TestSupport.fixturePolicy("50", 2024);
        HouseholdColumns c = new HouseholdColumns(2).regionCode(new long[2])) {
      InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
          () -> Risk.assessBatch(c, p, AS_OF));
      assertEquals(Status.EINVAL.code(), e.status());
      assertTrue(e.getMessage(), !e.getMessage().isEmpty());
    }
  }

  @Test
  public void enumValuesOutOfRangeAreInvalidArguments() {
    InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> Level.of(7));
    assertTrue(e.getMessage().contains("Level: 7"));
    assertThrows(InvalidArgumentException.class, () -> Rounding.of(9));
    assertThrows(InvalidArgumentException.class, () -> HouseholdKind.of(0));
    assertThrows(InvalidArgumentException.class, () -> TransferResult.of(50));
    assertThrows(InvalidArgumentException.class,
        () -> CodedEnum.fromMask(Guarantee.class, 1 << 7));
    // numbers the library range-checks: decimals, rounding, region levels, DQ rules
    assertThrows(InvalidArgumentException.class, () -> Money.format(1, 5, Rounding.UP, false));
    assertThrows(InvalidArgumentException.class,
        () -> org.ruralguard.internal.Lib.check(org.ruralguard.internal.Lib.RG.rg_money_div(
            new com.sun.jna.ptr.LongByReference(), 1, 1, 2, 9)));
    assertThrows(NotFoundException.class, () -> DqRule.of(99));
    assertThrows(InvalidArgumentException.class,
        () -> MemberRecord.of("p", "h").with(300, AS_OF, 1).toNative());
  }

  @Test
  public void datesOutsideTheLibraryRangeAreRangeErrors() {
    assertThrows(RangeException.class, () -> Dates.toRgDate(LocalDate.of(1899, 12, 31)));
    assertThrows(RangeException.class, () -> Dates.fromRgDate(Integer.MAX_VALUE));
    assertThrows(ParseException.class, () -> Dates.parse("2024-2-3"));
    assertThrows(RangeException.class, () -> Dates.parse("2023-02-29"));
  }

  @Test
  public void textLongerThanItsFixedFieldIsALimitError() {
    String id = "x".repeat(65);
    try (Store s = Store.inMemory()) {
      assertThrows(LimitException.class, () -> Households.put(s, HouseholdRecord.of(id, 1)));
      assertThrows(LimitException.class, () -> Households.get(s, id));
    }
  }

  @Test
  public void callsOnClosedHandlesThrowClosedHandleException() {
    Store s = Store.inMemory();
    Policy p = TestSupport.fixturePolicy("50", 2024);
    Ledger l = Ledger.open(s);
    Assets a = Assets.open(l);
    s.close();
    s.close();  // idempotent
    assertTrue(l.isClosed() && a.isClosed());  // closing the store closed what lived on it
    assertThrows(ClosedHandleException.class, s::schemaVersion);
    assertThrows(ClosedHandleException.class, () -> l.balance(1));
    assertThrows(ClosedHandleException.class, () -> a.get(1));
    assertThrows(ClosedHandleException.class, () -> Households.count(s));
    assertThrows(ClosedHandleException.class, () -> Cases.listAlerts(s, null));
    assertThrows(ClosedHandleException.class, () -> Ledger.open(s));
    p.close();
    p.close();
    assertThrows(ClosedHandleException.class, () -> p.threshold(500230000000L));
    HouseholdFacts f = new HouseholdFacts().incomePeriodEnd(AS_OF).regionCode(500230100001L);
    assertThrows(ClosedHandleException.class, () -> Risk.assess(f, p, AS_OF));
    SummarySet set = SummarySet.fromJson(emptySummaryJson());
    set.close();
    assertThrows(ClosedHandleException.class, set::count);
    assertThrows(IllegalStateException.class, set::toJson);  // it is an IllegalStateException
  }

  @Test
  public void closingAPolicyWhileOtherThreadsAssessWithItNeverCrashes() throws Exception {
    for (int round = 0; round < 20; round++) {
      Policy p = TestSupport.fixturePolicy("50", 2024);
      HouseholdFacts f = new HouseholdFacts().kind(HouseholdKind.FORMERLY_POOR)
          .regionCode(500230100001L).perCapitaIncome(Money.parse("5000"))
          .netIncome(Money.parse("15000")).incomePeriodEnd(LocalDate.of(2024, 12, 31)).members(3);
      java.util.concurrent.atomic.AtomicInteger assessed = new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
      List<Thread> threads = new java.util.ArrayList<>();
      for (int t = 0; t < 3; t++) {
        Thread th = new Thread(() -> {
          for (int i = 0; i < 200; i++) {
            try {
              Risk.assess(f, p, AS_OF);
              assessed.incrementAndGet();
            } catch (ClosedHandleException e) {
              refused.incrementAndGet();
            }
          }
        });
        threads.add(th);
        th.start();
      }
      Thread.sleep(1);
      p.close();
      for (Thread th : threads) {
        th.join();
      }
      assertEquals(600, assessed.get() + refused.get());
    }
  }

  @Test
  public void closingALedgerClosesItsAssetsAndLeavesTheStoreOpen() {
    try (Store s = Store.inMemory()) {
      Ledger l = Ledger.open(s);
      Assets a = Assets.open(l);
      l.close();
      assertTrue(a.isClosed());
      assertEquals(false, s.isClosed());
      assertThrows(ClosedHandleException.class, () -> a.totals(AssetTotalsBy.CLASS, 0));
      try (Ledger again = Ledger.open(s)) {
        assertEquals(List.of(), again.progress(AS_OF));
      }
    }
  }

  @Test
  public void closedBatchResultsThrowInsteadOfReadingFreedMemory() {
    try (Policy p = TestSupport.fixturePolicy("50", 2024);
        HouseholdColumns c = RiskTest.columns(3)) {
      AssessmentResults r = Risk.assessBatch(c, p, AS_OF);
      r.close();
      r.close();
      assertThrows(ClosedHandleException.class, r::level);
      assertThrows(ClosedHandleException.class, () -> r.level(0));
    }
  }

  @Test
  public void anExceptionThrownInACallbackComesBackToTheCallerAfterTheCall() throws Exception {
    java.nio.file.Path dir = TestSupport.tempDir();
    try (Store s = Store.inMemory()) {
      CsvFiles files = CsvFiles.in(dir);
      SyntheticCounty.writeCsv(files, SyntheticCounty.Options.defaults().with(20, 13, 1));
      java.nio.file.Files.writeString(dir.resolve("income.csv"), "garbage\n");
      IllegalStateException e = assertThrows(IllegalStateException.class, () ->
          Households.importCsv(s, files, CsvImportMode.ALL_OR_NOTHING, null, err -> {
            throw new IllegalStateException("from the callback: " + err.rule());
          }));
      assertTrue(e.getMessage().startsWith("from the callback"));
      assertEquals(0, Households.count(s)[1]);  // all or nothing: nothing imported
    } finally {
      TestSupport.deleteTree(dir);
    }
  }

  static String emptySummaryJson() {
    try (SummarySet s = SummarySet.fromHouseholds(new long[0], new byte[0], new int[0], null,
        null, null, null, null)) {
      return s.toJson();
    }
  }
}
