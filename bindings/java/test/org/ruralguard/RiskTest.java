package org.ruralguard;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Test;

/** Risk assessment from Java: single, batch (one C call), table columns, runs, elimination. */
public class RiskTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  static final int PERIOD_END = Dates.toRgDate(LocalDate.of(2024, 12, 31));

  /** Random but valid household columns for {@code n} rows (seeded). */
  static HouseholdColumns columns(int n) {
    return columns(n, 42);
  }

  static HouseholdColumns columns(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] region = new long[n];
    byte[] kind = new byte[n];
    long[] income = new long[n];
    long[] previous = new long[n];
    long[] net = new long[n];
    long[] medical = new long[n];
    int[] end = new int[n];
    int[] members = new int[n];
    int[] labour = new int[n];
    int[] ill = new int[n];
    byte[] guarantees = new byte[n];
    for (int i = 0; i < n; i++) {
      region[i] = 500230100001L + r.nextInt(30);
      kind[i] = (byte) (1 + r.nextInt(3));
      members[i] = 1 + r.nextInt(6);
      income[i] = (2000 + r.nextInt(30000)) * Money.UNITS_PER_YUAN;
      previous[i] = r.nextInt(4) == 0 ? Money.UNKNOWN : (2000 + r.nextInt(30000)) * Money.UNITS_PER_YUAN;
      net[i] = income[i] * members[i];
      medical[i] = r.nextInt(5) == 0 ? r.nextInt(40000) * Money.UNITS_PER_YUAN : 0;
      end[i] = PERIOD_END;
      labour[i] = r.nextInt(members[i] + 1);
      ill[i] = r.nextInt(8) == 0 ? 1 : 0;
      guarantees[i] = (byte) (r.nextInt(20) == 0 ? 4 : 0);
    }
    return new HouseholdColumns(n).regionCode(region).kind(kind).perCapitaIncome(income)
        .previousPerCapitaIncome(previous).netIncome(net).medicalOutOfPocket(medical)
        .incomePeriodEnd(end).members(members).labourCapable(labour).seriouslyIll(ill)
        .guaranteeFailures(guarantees);
  }

  static HouseholdFacts facts(HouseholdColumns c, int i) {
    java.nio.ByteBuffer b;
    HouseholdFacts f = new HouseholdFacts();
    f.regionCode(c.buffer(HouseholdColumns.Column.REGION_CODE).asLongBuffer().get(i));
    f.kind(HouseholdKind.of(c.buffer(HouseholdColumns.Column.KIND).get(i)));
    f.perCapitaIncome(c.buffer(HouseholdColumns.Column.PER_CAPITA_INCOME).asLongBuffer().get(i));
    f.previousPerCapitaIncome(
        c.buffer(HouseholdColumns.Column.PREVIOUS_PER_CAPITA_INCOME).asLongBuffer().get(i));
    f.netIncome(c.buffer(HouseholdColumns.Column.NET_INCOME).asLongBuffer().get(i));
    f.medicalOutOfPocket(c.buffer(HouseholdColumns.Column.MEDICAL_OUT_OF_POCKET).asLongBuffer().get(i));
    f.incomePeriodEnd(Dates.fromRgDate(c.buffer(HouseholdColumns.Column.INCOME_PERIOD_END).asIntBuffer().get(i)));
    f.members(c.buffer(HouseholdColumns.Column.MEMBERS).asIntBuffer().get(i));
    f.labourCapable(c.buffer(HouseholdColumns.Column.LABOUR_CAPABLE).asIntBuffer().get(i));
    f.seriouslyIll(c.buffer(HouseholdColumns.Column.SERIOUSLY_ILL).asIntBuffer().get(i));
    b = c.buffer(HouseholdColumns.Column.GUARANTEE_FAILURES);
    f.guaranteeFailures(CodedEnum.fromMask(Guarantee.class, b.get(i)));
    return f;
  }

  @Test
  public void aFormerlyPoorHouseholdBelowTheThresholdIsMonitoredWithItsReasons() {
    try (Policy p = TestSupport.fixturePolicy("50", 2024)) {
      HouseholdFacts f = new HouseholdFacts().kind(HouseholdKind.FORMERLY_POOR)
          .regionCode(500230100001L).perCapitaIncome(Money.parse("5000"))
          .netIncome(Money.parse("15000")).incomePeriodEnd(LocalDate.of(2024, 12, 31)).members(3)
          .labourCapable(1);
      Assessment a = Risk.assess(f, p, AS_OF);
      assertTrue(a.withinMonitoring());
      assertEquals(Category.UNSTABLE_FORMERLY_POOR, a.category());
      assertEquals(p.threshold(500230100001L), a.threshold());
      assertEquals(1, a.reasons().get(0).code());
      assertEquals(Money.parse("5000"), a.reasons().get(0).value());
      assertTrue(a.nextVisit().isAfter(AS_OF));
      String text = Risk.explain(f, p, AS_OF, Language.EN);
      assertTrue(text, text.contains("score " + a.score()));
      assertTrue(Risk.explain(f, p, AS_OF, Language.ZH_CN).length() > 10);
    }
  }

  @Test
  public void theBatchAgreesWithSingleAssessmentsRowByRow() {
    try (Policy p = TestSupport.fixturePolicy("50", 2024); HouseholdColumns c = columns(2000);
        AssessmentResults r = Risk.assessBatch(c, p, AS_OF)) {
      assertEquals(0, r.failed());
      byte[] level = r.level();
      int[] score = r.score();
      int[] mask = r.riskMask();
      int[] visit = r.nextVisit();
      int monitored = 0;
      for (int i = 0; i < 2000; i++) {
        Assessment a = Risk.assess(facts(c, i), p, AS_OF);
        assertEquals("row " + i, a.level().code(), level[i]);
        assertEquals(a.level(), r.level(i));
        assertEquals(a.score(), score[i]);
        assertEquals(a.withinMonitoring(), r.withinMonitoring(i));
        assertEquals(a.category(), r.category(i));
        assertEquals(CodedEnum.mask(a.riskTypes()), Integer.toUnsignedLong(mask[i]));
        assertEquals(Dates.toRgDateOrNone(a.nextVisit()), visit[i]);
        monitored += a.withinMonitoring() ? 1 : 0;
      }
      assertTrue("some rows are monitored", monitored > 0 && monitored < 2000);
    }
  }

  @Test
  public void aMillionHouseholdsAreAssessedInOneCallAndAgreeWithSingleAssessments() {
    int n = 1_000_000;
    try (Policy p = TestSupport.fixturePolicy("50", 2024); HouseholdColumns c = columns(n, 7);
        AssessmentResults r = Risk.assessBatch(c, p, AS_OF)) {
      assertEquals(n, r.count());
      assertEquals(0, r.failed());
      byte[] level = r.level();
      assertEquals(n, level.length);
      SplittableRandom rows = new SplittableRandom(1);
      for (int k = 0; k < 300; k++) {
        int i = rows.nextInt(n);
        Assessment a = Risk.assess(facts(c, i), p, AS_OF);
        assertEquals("row " + i, a.level().code(), level[i]);
        assertEquals(a.score(), r.score(i));
      }
    }
  }

  @Test
  public void aRowWithBadDataGetsItsStatusWhileTheOthersGoOn() {
    try (Policy p = TestSupport.fixturePolicy("50", 2024); HouseholdColumns c = columns(3)) {
      // row 1's income period ends after the as-of date: RG_ERANGE for that row only
      c.buffer(HouseholdColumns.Column.INCOME_PERIOD_END).asIntBuffer()
          .put(1, Dates.toRgDate(LocalDate.of(2025, 12, 31)));
      try (AssessmentResults r = Risk.assessBatch(c, p, AS_OF)) {
        assertEquals(1, r.failed());
        assertArrayEquals(new int[] {0, Status.ERANGE.code(), 0}, r.status());
      }
    }
  }

  @Test
  public void columnsFilledInPlaceThroughBuffersEqualColumnsCopiedFromArrays() {
    try (Policy p = TestSupport.fixturePolicy("50", 2024); HouseholdColumns a = columns(500);
        HouseholdColumns b = new HouseholdColumns(500)) {
      for (HouseholdColumns.Column col : HouseholdColumns.Column.values()) {
        b.buffer(col).put(a.buffer(col));
      }
      try (AssessmentResults ra = Risk.assessBatch(a, p, AS_OF);
          AssessmentResults rb = Risk.assessBatch(b, p, AS_OF)) {
        assertArrayEquals(ra.score(), rb.score());
        assertArrayEquals(ra.level(), rb.level());
      }
    }
  }

  @Test
  public void storedRunsRecordABatchAndTheirDiffNamesTheHouseholdsThatChanged() {
    try (Store s = TestSupport.countyStore(300, 13, 5); Policy p = TestSupport.fixturePolicy("50", 2024);
        HouseholdTable t = HouseholdTable.load(s, AS_OF, null);
        HouseholdColumns c = t.columns();
        AssessmentResults r = Risk.assessBatch(c, p, AS_OF)) {
      long[] keys = t.householdKeys();
      assertEquals(300, keys.length);
      long first = Risk.recordRun(s, p, AS_OF, keys, r, "Q1");
      long second = Risk.recordRun(s, p, AS_OF, keys, r, "Q1 again");
      RunDiff same = Risk.diffRuns(s, first, second);
      assertEquals(0, same.entered().length + same.left().length + same.levelChanged().length);
      assertTrue(second > first);
      // a later run of only the first household: every other monitored one has left
      byte[] within = r.withinMonitoring();
      try (HouseholdColumns none = columns(1); AssessmentResults one = Risk.assessBatch(none, p, AS_OF)) {
        long third = Risk.recordRun(s, p, AS_OF, new long[] {keys[0]}, one, null);
        RunDiff d = Risk.diffRuns(s, first, third);
        List<Long> left = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
          boolean later = i == 0 && one.withinMonitoring(0);
          if (within[i] != 0 && !later) {
            left.add(keys[i]);
          }
        }
        left.sort(null);
        long[] expectedLeft = left.stream().mapToLong(Long::longValue).toArray();
        assertTrue("the county has monitored households", expectedLeft.length > 0);
        assertArrayEquals(expectedLeft, d.left());
        boolean entered = within[0] == 0 && one.withinMonitoring(0);
        assertArrayEquals(entered ? new long[] {keys[0]} : new long[0], d.entered());
      }
      s.savePolicy(p);
      try (Policy loaded = s.loadPolicy(policyId(p), 0)) {
        assertEquals(p.toJson(), loaded.toJson());
      }
    }
  }

  static String policyId(Policy p) {
    String json = p.toJson();
    int at = json.indexOf("\"id\"");
    int start = json.indexOf('"', json.indexOf(':', at)) + 1;
    return json.substring(start, json.indexOf('"', start));
  }

  @Test
  public void theEliminationCheckNamesEveryFailingCondition() {
    try (Policy p = TestSupport.fixturePolicy("50", 2024)) {
      HouseholdFacts f = new HouseholdFacts().kind(HouseholdKind.FORMERLY_POOR)
          .regionCode(500230100001L).perCapitaIncome(Money.parse("5000"))
          .netIncome(Money.parse("15000")).incomePeriodEnd(LocalDate.of(2024, 12, 31)).members(3)
          .labourCapable(1);
      EliminationCheck e = Risk.checkElimination(
          new CaseFacts(LocalDate.of(2025, 1, 10), 0, null, false), f, p, AS_OF,
          EliminationKind.AIDED, Language.EN);
      assertFalse(e.eligible());
      assertTrue(e.failed().contains(EliminationCondition.INCOME_ABOVE_THRESHOLD));
      assertTrue(e.failed().contains(EliminationCondition.MONTHS_MONITORED));
      assertTrue(e.report(), e.report().split("\n").length >= e.failed().size());
    }
  }

  @Test
  public void manyThreadsAssessWithOneSharedPolicyAndGetTheSameResults() throws Exception {
    try (Policy p = TestSupport.fixturePolicy("50", 2024); HouseholdColumns c = columns(5000);
        AssessmentResults expected = Risk.assessBatch(c, p, AS_OF)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<int[]>> runs = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
          runs.add(pool.submit(() -> {
            try (AssessmentResults r = Risk.assessBatch(c, p, AS_OF)) {
              return r.score();
            }
          }));
        }
        for (Future<int[]> f : runs) {
          assertArrayEquals(expected.score(), f.get());
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  public void eachThreadGetsItsOwnErrorMessage() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        String text = t + ",5x";
        wrong.add(pool.submit(() -> {
          int bad = 0;
          for (int i = 0; i < 2000; i++) {
            try {
              Money.parse(text);
            } catch (ParseException e) {
              if (!e.getMessage().contains("'" + text + "'")) {
                bad++;
              }
            }
          }
          return bad;
        }));
      }
      for (Future<Integer> f : wrong) {
        assertEquals(Integer.valueOf(0), f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  public void riskTypeMasksConvertToEnumSets() {
    assertEquals(EnumSet.of(RiskType.ILLNESS, RiskType.HOUSING),
        CodedEnum.fromMask(RiskType.class, (1 << 0) | (1 << 8)));
    assertEquals(1L | 4L, CodedEnum.mask(EnumSet.of(Guarantee.CHILD_OUT_OF_SCHOOL,
        Guarantee.UNSAFE_HOUSE)));
  }
}
