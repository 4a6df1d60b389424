package org.ruralguard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.junit.Test;

/** Roles, procedure limits and risk warning letters (issue 16 part D; DOMAIN.md 1.5, 1.6). */
public class ProcedureTest {
  static LocalDate ymd(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  /** DOMAIN.md 1.6: 15 calendar days by default; the township approves, not the village. */
  @Test
  public void limitsAndRolesOfTheDefaultPolicy() {
    try (Policy p = Policy.defaultFor("53", 2025)) {
      assertEquals(new Procedure.DayLimit(15, DayUnit.CALENDAR, ""), Procedure.limit(p, ProcedureLimit.IDENTIFY));
      assertNull(Procedure.limit(p, ProcedureLimit.TOWNSHIP_TO_COUNTY));
      assertEquals(ymd(2024, 10, 12), Procedure.deadline(p, ProcedureLimit.IDENTIFY, ymd(2024, 9, 27)));
      assertTrue(Procedure.roleAllowed(p, CaseStepKind.TOWNSHIP_APPROVE, Role.TOWNSHIP));
      assertFalse(Procedure.roleAllowed(p, CaseStepKind.TOWNSHIP_APPROVE, Role.VILLAGE));
      NotFoundException e = assertThrows(NotFoundException.class,
          () -> Procedure.addWorkingDays(p, "cn", ymd(2024, 9, 27), 3));
      assertTrue(e.getMessage(), e.getMessage().contains("unknown calendar 'cn'"));
    }
  }

  /** DOMAIN.md 1.6: a step by a role that may not do it is refused; 1.5: a letter answered. */
  @Test
  public void aRefusedRoleAndALetterAnsweredByTheDeadline() {
    try (Store s = Store.inMemory(); Policy p = Policy.defaultFor("53", 2025)) {
      Households.putRegion(s, 530102001001L, "红星村", false, 0, false);
      Households.put(s, HouseholdRecord.of("H1", 530102001001L));
      Households.put(s, HouseholdRecord.of("H2", 530102001001L));
      long id = Cases.open(s, 1, Channel.CADRE_VISIT, ymd(2025, 3, 1), "走访");
      RefusedException e = assertThrows(RefusedException.class, () -> Cases.advance(s, p, id,
          new CaseStep(CaseStepKind.VERIFY, ymd(2025, 3, 2)).actor("医保局").consentSigned(true)
              .role(Role.DEPARTMENT)));
      assertTrue(e.getMessage(), e.getMessage().contains("allowed roles: village"));
      Cases.advance(s, p, id, new CaseStep(CaseStepKind.VERIFY, ymd(2025, 3, 2)).actor("村干部")
          .consentSigned(true).role(Role.VILLAGE).proposedCategory(Category.MARGINAL));
      assertEquals(Category.MARGINAL, Procedure.proposedCategory(s, id));

      long letter = Procedure.issueLetter(s, "2025-03 医保", Department.MEDICAL_INSURANCE,
          530102000000L, ymd(2025, 3, 5), ymd(2025, 3, 20), new long[] {1, 2});
      assertEquals(0, Procedure.answerLetter(s, letter, 1, AnswerKind.VERIFIED, ymd(2025, 3, 6), "县", ""));
      assertThrows(InvalidArgumentException.class,
          () -> Procedure.answerLetter(s, letter, 2, AnswerKind.RULED_OUT, ymd(2025, 3, 6), "县", ""));
      Procedure.LetterCounts c = Procedure.counts(s, letter, ymd(2025, 3, 21));
      assertEquals(1, c.verified());
      assertEquals(1, c.unanswered());
      assertTrue(c.overdue());
      assertEquals(1, Procedure.scanLetters(s, ymd(2025, 3, 21)));
      assertEquals(1, Procedure.overdueLetters(s).length);
    }
  }
}
