package org.ruralguard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.Test;

/** A case over time from Java (issue 16 part C; DOMAIN.md 1.7, 1.9, 8.3). */
public class CaseTimeTest {
  static LocalDate ymd(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  static long identified(Store s, Policy p, long household) {
    long id = Cases.open(s, household, Channel.HOTLINE_12317, ymd(2025, 1, 2), "来电");
    Cases.advance(s, p, id, new CaseStep(CaseStepKind.VERIFY, ymd(2025, 1, 3)).consentSigned(true).actor("王"));
    Cases.advance(s, p, id, new CaseStep(CaseStepKind.COMPARE, ymd(2025, 1, 4)).actor("王"));
    Cases.advance(s, p, id, new CaseStep(CaseStepKind.REVIEW, ymd(2025, 1, 5)).votes(30, 2).actor("村委"));
    Cases.advance(s, p, id, new CaseStep(CaseStepKind.NOTICE, ymd(2025, 1, 6))
        .notice(ymd(2025, 1, 6), ymd(2025, 1, 10)).actor("村委"));
    Cases.advance(s, p, id, new CaseStep(CaseStepKind.TOWNSHIP_APPROVE, ymd(2025, 1, 11)).actor("乡镇"));
    Cases.advance(s, p, id, new CaseStep(CaseStepKind.COUNTY_APPROVE, ymd(2025, 1, 12))
        .identification(Category.MARGINAL, Level.RED, EnumSet.of(RiskType.ILLNESS))
        .contact("李四", "13800000000", "村支书").actor("县"));
    return id;
  }

  /** DOMAIN.md 1.7: a visit's reassessment changes the colour; every change is kept. */
  @Test
  public void aVisitReassessmentChangesTheColourAndTheHistoryKeepsEveryChange() {
    try (Store s = TestSupport.countyStore(50, 13, 3); Policy p = Policy.defaultFor("53", 2025);
        HouseholdTable t = HouseholdTable.load(s, ymd(2025, 1, 1), null)) {
      long household = t.householdKeys()[0];
      long id = identified(s, p, household);
      assertEquals(Level.YELLOW,
          CaseTime.visitAndReassess(s, p, id, ymd(2025, 2, 1), "驻村工作队", "病情稳定", Level.YELLOW));
      assertEquals(Level.YELLOW, Cases.get(s, id).level());
      List<CaseTime.LevelChange> history = CaseTime.levelHistory(s, id);
      assertEquals(2, history.size());
      assertEquals(new CaseTime.LevelChange(history.get(1).sequence(), ymd(2025, 2, 1),
          CaseStepKind.REASSESS, Level.RED, Level.YELLOW), history.get(1));
      assertEquals(CaseStepKind.COUNTY_APPROVE, history.get(0).step());
      assertEquals(Level.BLUE, CaseTime.reassess(s, p, id, ymd(2025, 2, 2), Level.BLUE, "乡镇", "复核"));
      assertEquals(3, CaseTime.levelHistory(s, id).size());
      assertEquals(ymd(2025, 1, 12), CaseTime.clocks(s, p, id, ymd(2025, 2, 2)).monitoredSince());
    }
  }

  /** DOMAIN.md 1.9: checks run on eliminated cases only; an open case is no re-identification. */
  @Test
  public void postEliminationChecksAndCluesRespectTheCaseState() {
    try (Store s = TestSupport.countyStore(50, 13, 3); Policy p = Policy.defaultFor("53", 2025);
        HouseholdTable t = HouseholdTable.load(s, ymd(2025, 1, 1), null)) {
      long household = t.householdKeys()[1];
      long id = identified(s, p, household);
      StateException notEliminated = assertThrows(StateException.class,
          () -> CaseTime.postEliminationCheck(s, p, id, ymd(2025, 3, 1), "王"));
      assertTrue(notEliminated.getMessage(), notEliminated.getMessage().contains("eliminated cases only"));
      assertThrows(ExistsException.class,
          () -> CaseTime.openClue(s, p, household, Channel.SELF_DECLARED, ymd(2025, 3, 1), ""));
      CaseTime.ClueOutcome other = CaseTime.openClue(s, p, t.householdKeys()[2], Channel.SELF_DECLARED,
          ymd(2025, 3, 1), "申报");
      assertFalse(other.reidentified());
      assertEquals(CaseState.CLUE, Cases.get(s, other.caseId()).state());
      RefusedException noActor = assertThrows(RefusedException.class,
          () -> CaseTime.reassess(s, p, id, ymd(2025, 3, 2), Level.RED, "", ""));
      assertTrue(noActor.getMessage(), noActor.getMessage().contains("needs the actor"));
    }
  }
}
