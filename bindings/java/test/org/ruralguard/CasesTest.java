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

/** Monitoring cases from Java: the identification procedure end to end, measures, alerts. */
public class CasesTest {
  static LocalDate ymd(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Test
  public void aClueGoesThroughIdentificationToMonitoringWithMeasuresVisitsAndAlerts() {
    try (Store s = TestSupport.countyStore(200, 13, 3); Policy p = TestSupport.fixturePolicy("50", 2024);
        HouseholdTable t = HouseholdTable.load(s, ymd(2025, 1, 1), null)) {
      long household = t.householdKeys()[0];
      long id = Cases.open(s, household, Channel.HOTLINE_12317, ymd(2025, 1, 2), "来电");
      assertThrows(ExistsException.class,
          () -> Cases.open(s, household, Channel.CADRE_VISIT, ymd(2025, 1, 2), ""));
      assertEquals(CaseState.CLUE, Cases.get(s, id).state());
      RefusedException noConsent = assertThrows(RefusedException.class, () -> Cases.advance(s, p,
          id, new CaseStep(CaseStepKind.VERIFY, ymd(2025, 1, 3)).actor("王")));
      assertTrue(noConsent.getMessage(), noConsent.getMessage().contains("consent"));
      assertEquals(CaseState.VERIFIED, Cases.advance(s, p, id,
          new CaseStep(CaseStepKind.VERIFY, ymd(2025, 1, 3)).consentSigned(true).actor("王")));
      StateException skip = assertThrows(StateException.class, () -> Cases.advance(s, p, id,
          new CaseStep(CaseStepKind.NOTICE, ymd(2025, 1, 4)).notice(ymd(2025, 1, 4), ymd(2025, 1, 8))));
      assertTrue(skip.getMessage(), !skip.getMessage().isEmpty());
      assertEquals(CaseState.COMPARED, Cases.advance(s, p, id,
          new CaseStep(CaseStepKind.COMPARE, ymd(2025, 1, 4)).actor("王")));
      assertEquals(CaseState.REVIEWED, Cases.advance(s, p, id,
          new CaseStep(CaseStepKind.REVIEW, ymd(2025, 1, 5)).votes(30, 2).actor("村委")));
      RefusedException shortNotice = assertThrows(RefusedException.class, () -> Cases.advance(s, p,
          id, new CaseStep(CaseStepKind.NOTICE, ymd(2025, 1, 6)).notice(ymd(2025, 1, 6),
              ymd(2025, 1, 9)).actor("村委")));
      assertTrue(shortNotice.getMessage(), shortNotice.getMessage().contains("notice"));
      assertEquals(CaseState.NOTICED, Cases.advance(s, p, id,
          new CaseStep(CaseStepKind.NOTICE, ymd(2025, 1, 6)).notice(ymd(2025, 1, 6), ymd(2025, 1, 10))
              .actor("村委")));
      assertEquals(CaseState.TOWNSHIP_APPROVED, Cases.advance(s, p, id,
          new CaseStep(CaseStepKind.TOWNSHIP_APPROVE, ymd(2025, 1, 11)).actor("乡镇")));
      assertEquals(CaseState.MONITORED, Cases.advance(s, p, id,
          new CaseStep(CaseStepKind.COUNTY_APPROVE, ymd(2025, 1, 12))
              .identification(Category.MARGINAL, Level.YELLOW, EnumSet.of(RiskType.ILLNESS))
              .contact("李四", "13800000000", "村支书").actor("县")));
      CaseInfo info = Cases.get(s, id);
      assertEquals(household, info.householdKey());
      assertEquals(Category.MARGINAL, info.category());
      assertEquals(Level.YELLOW, info.level());
      assertEquals(EnumSet.of(RiskType.ILLNESS), info.riskTypes());
      assertEquals(ymd(2025, 1, 12), info.identified());
      assertNull(info.eliminated());

      long measure = Cases.addMeasure(s, id, MeasureCategory.HEALTH, ymd(2025, 1, 15), null,
          Money.parse("3000"), MeasureStatus.PLANNED, "大病救助", "县医保局");
      Cases.setMeasureStatus(s, measure, MeasureStatus.IMPLEMENTED, ymd(2025, 2, 1), "县医保局");
      assertThrows(StateException.class,
          () -> Cases.setMeasureStatus(s, measure, MeasureStatus.PLANNED, ymd(2025, 2, 2), "x"));
      assertTrue(Cases.recordVisit(s, id, ymd(2025, 2, 10), "驻村工作队", "病情稳定") > 0);
      assertThrows(InvalidArgumentException.class,
          () -> Cases.recordVisit(s, id, ymd(2025, 2, 10), "", "empty visitor"));

      long[] scan = Cases.scanAlerts(s, p, ymd(2025, 12, 31));
      List<Alert> alerts = Cases.listAlerts(s, AlertState.ACTIVE);
      assertEquals(scan[0] + scan[1], alerts.size());
      assertTrue("a visit is overdue by December", alerts.stream()
          .anyMatch(a -> a.kind() == AlertKind.VISIT_OVERDUE && a.caseId() == id));
      Alert first = alerts.get(0);
      assertTrue(first.message(), !first.message().isEmpty());
      Cases.acknowledgeAlert(s, first.alertId(), ymd(2025, 12, 31), "王", "已安排走访");
      Cases.resolveAlert(s, first.alertId(), ymd(2025, 12, 31), "王", "已走访");
      assertThrows(StateException.class,
          () -> Cases.resolveAlert(s, first.alertId(), ymd(2025, 12, 31), "王", ""));

      CaseReport report = Cases.report(s, p, ymd(2025, 3, 1));
      assertEquals(1, report.underMonitoring());
      assertEquals(1, report.withMeasure());
      assertEquals(1, report.byCategory()[Category.MARGINAL.code()]);
      assertEquals(1, report.byState()[CaseState.MONITORED.code()]);
      String notice = Cases.notice(s, id, "张*", false);
      assertTrue(notice, notice.contains("张*"));
    }
  }

  @Test
  public void departmentRecordsAreScreenedInOneCallWithAStatusPerRow() {
    try (Store s = Store.inMemory(); Policy p = Policy.defaultFor("53", 2025)) {
      int day = Dates.toRgDate(ymd(2025, 3, 31));
      IngestResult r = Cases.ingest(s, p, new DepartmentRecords(new long[] {1, 2, 3},
          new byte[] {1, 1, 2}, new byte[] {1, 1, 1},
          new long[] {Money.parse("30000"), Money.parse("100"), 0}, new int[] {day, day, day}, null));
      assertEquals(3, r.records());
      assertEquals(1, r.belowThreshold());
      assertEquals(0, r.cluesRaised());
      assertArrayEquals(new int[] {Status.ENOTFOUND.code(), 0, Status.ERANGE.code()}, r.status());
      assertEquals(List.of(), Cases.listAlerts(s, null));
      assertArrayEquals(new long[] {0, 0, 0}, Cases.scanAlerts(s, p, ymd(2025, 4, 1)));
      NotFoundException e = assertThrows(NotFoundException.class,
          () -> Cases.open(s, 5, Channel.HOTLINE_12317, ymd(2025, 1, 2), "来电"));
      assertTrue(e.getMessage().contains("household key 5"));
    }
  }
}
