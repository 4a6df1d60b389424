package org.ruralguard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.junit.Test;

/** Region summaries and reports from Java: exact merges, roll-ups and rendering. */
public class ReportsTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  @Test
  public void summariesOfTwoHalvesMergeToTheSummaryOfTheWhole() {
    long[] region = {500230100001L, 500230100001L, 500230100002L, 500230100002L};
    byte[] kind = {1, 3, 1, 2};
    int[] members = {3, 4, 2, 5};
    long[] income = {5000 * Money.UNITS_PER_YUAN, 9000 * Money.UNITS_PER_YUAN,
        7000 * Money.UNITS_PER_YUAN, 12000 * Money.UNITS_PER_YUAN};
    byte[] within = {1, 0, 0, 0};
    byte[] category = {1, 0, 0, 0};
    byte[] level = {2, 0, 0, 0};
    try (SummarySet whole = SummarySet.fromHouseholds(region, kind, members, income, null,
            within, category, level);
        SummarySet a = SummarySet.fromHouseholds(slice(region, 0, 2), slice(kind, 0, 2),
            slice(members, 0, 2), slice(income, 0, 2), null, slice(within, 0, 2),
            slice(category, 0, 2), slice(level, 0, 2));
        SummarySet b = SummarySet.fromHouseholds(slice(region, 2, 4), slice(kind, 2, 4),
            slice(members, 2, 4), slice(income, 2, 4), null, slice(within, 2, 4),
            slice(category, 2, 4), slice(level, 2, 4))) {
      a.merge(b);
      assertEquals(whole.toJson(), a.toJson());
      assertEquals(2, whole.count());
      RegionFigures v1 = whole.figures(0);
      assertEquals(500230100001L, v1.region());
      assertEquals(1, v1.householdsByType()[HouseholdKind.FORMERLY_POOR.code()]);
      assertEquals(1, v1.monitored());
      assertEquals(1, v1.monitoredByLevel()[Level.YELLOW.code()]);
      assertThrows(RangeException.class, () -> whole.figures(2));
      try (SummarySet county = whole.rollUp(RegionLevel.COUNTY);
          SummarySet again = SummarySet.fromJson(whole.toJson())) {
        assertEquals(1, county.count());
        assertEquals(500230000000L, county.figures(0).region());
        assertEquals(14, java.util.Arrays.stream(county.figures(0).peopleByType()).sum());
        assertEquals(whole.toJson(), again.toJson());
        String text = county.render(AS_OF, RegionLevel.COUNTY, ReportFormat.TEXT, null);
        assertTrue(text, text.length() > 0);
        assertTrue(county.render(AS_OF, RegionLevel.VILLAGE, ReportFormat.HTML, null)
            .startsWith("<!DOCTYPE html>"));
        assertTrue(county.render(AS_OF, RegionLevel.COUNTY, ReportFormat.JSON,
            SummarySet.defaultIndicators(AS_OF)).contains("ruralguard.report/1"));
        assertThrows(ParseException.class,
            () -> county.render(AS_OF, RegionLevel.COUNTY, ReportFormat.JSON, "{"));
      }
      assertThrows(InvalidArgumentException.class, () -> a.merge(a));
    }
  }

  @Test
  public void aTableAndItsBatchAssessmentSummariseWithoutCopyingAndAgreeWithTheStore() {
    try (Store s = TestSupport.countyStore(400, 13, 9); Policy p = TestSupport.fixturePolicy("50", 2024);
        HouseholdTable t = HouseholdTable.load(s, AS_OF, null);
        HouseholdColumns c = t.columns();
        AssessmentResults r = Risk.assessBatch(c, p, AS_OF);
        SummarySet fromTable = SummarySet.fromAssessment(t, r);
        SummarySet fromStore = SummarySet.fromStore(s, AS_OF, null, p, null);
        SummarySet a = fromTable.rollUp(RegionLevel.COUNTY);
        SummarySet b = fromStore.rollUp(RegionLevel.COUNTY)) {
      long monitored = 0;
      for (byte w : r.withinMonitoring()) {
        monitored += w;
      }
      assertEquals(monitored, a.figures(0).monitored());
      assertEquals(400, a.figures(0).assessed());
      long households = 0;
      for (long h : b.figures(0).householdsByType()) {
        households += h;
      }
      assertEquals(400, households);
    }
  }

  @Test
  public void twoThreadsMergingTwoSetsIntoEachOtherFinish() throws Exception {
    try (SummarySet a = SummarySet.fromHouseholds(new long[] {500230100001L}, new byte[] {1},
            new int[] {3}, null, null, null, null, null);
        SummarySet b = SummarySet.fromHouseholds(new long[] {500230100002L}, new byte[] {3},
            new int[] {2}, null, null, null, null, null)) {
      // 40 merges each: the sums grow at most like Fibonacci numbers, far from int64 overflow
      java.util.List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      Thread t1 = new Thread(() -> {
        for (int i = 0; i < 40; i++) {
          a.merge(b);
        }
      });
      Thread t2 = new Thread(() -> {
        for (int i = 0; i < 40; i++) {
          b.merge(a);
        }
      });
      t1.setUncaughtExceptionHandler((t, e) -> failures.add(e));
      t2.setUncaughtExceptionHandler((t, e) -> failures.add(e));
      t1.start();
      t2.start();
      t1.join(60_000);
      t2.join(60_000);
      assertTrue("no deadlock", !t1.isAlive() && !t2.isAlive());
      assertEquals(java.util.List.of(), failures);
      assertEquals(2, a.count());
      assertEquals(2, b.count());
    }
  }

  static long[] slice(long[] v, int from, int to) {
    return java.util.Arrays.copyOfRange(v, from, to);
  }

  static int[] slice(int[] v, int from, int to) {
    return java.util.Arrays.copyOfRange(v, from, to);
  }

  static byte[] slice(byte[] v, int from, int to) {
    return java.util.Arrays.copyOfRange(v, from, to);
  }
}
