package org.ruralguard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.junit.Test;

/**
 * Handles are released: opening and closing thousands of stores, policies, ledgers, assets,
 * tables and summary sets leaves the process size flat (a leak of even 10 kB per handle shows as
 * tens of megabytes; ctest runs this class with a fixed, pre-touched Java heap so only native
 * memory can change the size). Opening a store migrates a new schema (about 10 ms each on the project
 * machines), so the default runs 1,000 stores and 5,000 of the cheaper handles;
 * RURALGUARD_LEAK_STORES=5000 runs 5,000 stores (about a minute).
 */
public class HandleLeakTest {
  static final int STORES = Integer.parseInt(
      System.getenv().getOrDefault("RURALGUARD_LEAK_STORES", "1000"));
  static final int HANDLES = 5000;
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  private static long settledRssKb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return TestSupport.rssKb();
  }

  private static void report(String what, int rounds, long started, long before, long after) {
    System.err.printf("  %s: %d rounds in %.1f s, RSS %d kB -> %d kB (%+d kB)%n", what, rounds,
        (System.nanoTime() - started) / 1e9, before, after, after - before);
    assertTrue(what + ": RSS grew by " + (after - before) + " kB", after - before < 40_000);
  }

  private static void storeRound(int i) {
    try (Store s = Store.inMemory()) {
      assertTrue(s.schemaVersion() > 0);
      if (i % 10 == 0) {  // ledger, assets, table and summary on every tenth store
        try (Ledger l = Ledger.open(s); Assets a = Assets.open(l);
            HouseholdTable t = HouseholdTable.load(s, AS_OF, null);
            SummarySet set = SummarySet.fromStore(s, AS_OF, null)) {
          assertTrue(t.count() == 0 && a.incomeByYear().isEmpty() && l.chainHead().length() == 0);
          assertTrue(set.count() >= 0);
        }
      }
    }
  }

  @Test
  public void thousandsOfStoresOpenedAndClosedDoNotGrowTheProcess() {
    for (int i = 0; i < 100; i++) {
      storeRound(i);  // warm up: JIT, SQLite's and the allocator's caches
    }
    long before = settledRssKb();
    long started = System.nanoTime();
    for (int i = 0; i < STORES; i++) {
      storeRound(i);
    }
    report("stores (+ledgers, assets, tables, summaries every 10th)", STORES, started, before,
        settledRssKb());
  }

  @Test
  public void fiveThousandPoliciesSummariesAndBatchesDoNotGrowTheProcess() {
    Runnable round = () -> {
      try (Policy p = TestSupport.fixturePolicy("50", 2024);
          SummarySet s = SummarySet.fromHouseholds(new long[] {500230100001L}, new byte[] {1},
              new int[] {3}, null, null, null, null, null);
          SummarySet up = s.rollUp(RegionLevel.COUNTY);
          HouseholdColumns c = RiskTest.columns(100);
          AssessmentResults r = Risk.assessBatch(c, p, AS_OF)) {
        assertEquals(1, up.count());
        assertEquals(100, r.count());
      }
    };
    for (int i = 0; i < 500; i++) {
      round.run();
    }
    long before = settledRssKb();
    long started = System.nanoTime();
    for (int i = 0; i < HANDLES; i++) {
      round.run();
    }
    report("policies, summary sets, roll-ups, 100-row batches", HANDLES, started, before,
        settledRssKb());
  }
}
