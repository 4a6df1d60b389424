package org.ruralguard;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** Statuses that overlap and events that count from Java (issue 16 part B). */
public class StatusesTest {
  static LocalDate ymd(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  // DOMAIN.md 1.4 and 1.9: a stored disaster event raises its risk on the store path.
  @Test
  public void aStoredDisasterEventRaisesItsRiskOnTheStorePath() {
    LocalDate asOf = ymd(2025, 1, 1);
    try (Store s = TestSupport.countyStore(30, 13, 1); Policy p = Policy.defaultFor("53", 2025)) {
      String id;
      try (HouseholdTable t = HouseholdTable.load(s, asOf, null)) {
        id = t.householdId(0);
      }
      long eventId = Statuses.recordEvent(s, id, HouseholdEventKind.NATURAL_DISASTER, Channel.CADRE_VISIT,
          ymd(2024, 12, 1), ymd(2024, 12, 2), "村委会灾情登记表");
      assertTrue(eventId > 0);
      try (HouseholdTable t = HouseholdTable.load(s, asOf, null);
          HouseholdColumns c = HouseholdColumns.of(t);
          AssessmentResults r = Risk.assessBatch(c, p, asOf)) {
        assertTrue((r.riskMask()[0] & (1 << RiskType.NATURAL_DISASTER.code())) != 0);
      }
      List<Statuses.Event> events = Statuses.events(s, id, ymd(2024, 1, 1), asOf);
      assertEquals(1, events.size());
      assertEquals(HouseholdEventKind.NATURAL_DISASTER, events.get(0).kind());
      assertEquals(Channel.CADRE_VISIT, events.get(0).source());
      // A future event (after its recording date) is refused and nothing is stored.
      assertThrows(RangeException.class, () -> Statuses.recordEvent(s, id, HouseholdEventKind.ACCIDENT,
          Channel.CADRE_VISIT, ymd(2024, 12, 3), ymd(2024, 12, 2), ""));
      assertEquals(1, Statuses.events(s, id, ymd(2024, 1, 1), asOf).size());
    }
  }

  // DOMAIN-2026 §7.1 rows 7.4 and 7.7, §7.3: overlapping memberships; the permanent
  // registered-poor history; the 2026 exit with its assessment.
  @Test
  public void membershipsOverlapAndTheRegisteredPoorHistoryIsPermanent() {
    try (Store s = TestSupport.countyStore(20, 13, 2); HouseholdTable t = HouseholdTable.load(s, ymd(2025, 1, 1), null)) {
      String id = t.householdId(0);
      long dibao = Statuses.recordMembership(s, id, "", MembershipKind.DIBAO, "民政局", ymd(2024, 1, 1), null, "");
      Statuses.recordMembership(s, id, "", MembershipKind.MONITORED, "乡村振兴局", ymd(2024, 6, 1), null, "");
      Statuses.endMembership(s, dibao, ymd(2024, 12, 31));
      assertThrows(StateException.class, () -> Statuses.endMembership(s, dibao, ymd(2025, 1, 31)));
      List<Statuses.Membership> all = Statuses.memberships(s, id);
      assertEquals(2, all.size());
      assertEquals(ymd(2024, 12, 31), all.get(0).end());
      assertNull(all.get(1).end());
      assertThrows(InvalidArgumentException.class, () -> Statuses.recordMembership(s, id, "",
          MembershipKind.TEKUN, "", ymd(2024, 1, 1), null, ""));

      assertNull(Statuses.registeredPoor(s, id));
      assertThrows(RefusedException.class, () -> Statuses.recordAssistanceExit(s, id, ymd(2026, 4, 1),
          ymd(2026, 3, 1), "评估 2026-3号", "乡村振兴局", ""));
      Statuses.setRegisteredPoor(s, id, 2014, 2018, "全国扶贫开发信息系统");
      assertThrows(RefusedException.class, () -> Statuses.setRegisteredPoor(s, id, 2015, 2018, "x"));
      assertArrayEquals(new int[] {2014, 2018}, Statuses.registeredPoor(s, id));
      Statuses.recordAssistanceExit(s, id, ymd(2026, 4, 1), ymd(2026, 3, 1), "评估 2026-3号", "乡村振兴局", "");
      assertEquals(ymd(2026, 4, 1), Statuses.assistanceExitDate(s, id));

      // docs/csv-format.md: the export imports back unchanged (identical rows are skipped).
      java.nio.file.Path dir = TestSupport.tempDir();
      String m = dir.resolve("memberships.csv").toString();
      Statuses.exportCsv(s, m, null);
      assertArrayEquals(new long[] {2, 0}, Statuses.importCsv(s, m, null, CsvImportMode.ALL_OR_NOTHING));
      assertEquals(2, Statuses.memberships(s, id).size());

      // DOMAIN-2026 §7.3: the history and the exit export in the import format; importing them
      // again is no change (the history is permanent, identical rows are not a change).
      String h = dir.resolve("registered_poor.csv").toString();
      String x = dir.resolve("assistance_exits.csv").toString();
      Statuses.exportHistoryCsv(s, h, x);
      assertArrayEquals(new long[] {1, 1}, Statuses.importHistoryCsv(s, h, x, CsvImportMode.ALL_OR_NOTHING));
      assertArrayEquals(new int[] {2014, 2018}, Statuses.registeredPoor(s, id));
      assertEquals(ymd(2026, 4, 1), Statuses.assistanceExitDate(s, id));
      TestSupport.deleteTree(dir);
    }
  }
}
