package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Memory;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import java.time.LocalDate;
import org.ruralguard.internal.ProcedureStructs;
import org.ruralguard.internal.Text;

/**
 * Roles, procedure limits in calendar or working days, working-day calendars, the proposed
 * category and risk warning letters 风险预警提示函 (issue 16; docs/monitoring.md).
 */
public final class Procedure {
  private Procedure() {}

  /** A procedure limit: days in a unit; calendar names the working-day calendar. */
  public record DayLimit(int days, DayUnit unit, String calendar) {}

  /** Counts of one warning letter (one batch) on a date. */
  public record LetterCounts(long letterId, LocalDate deadline, long households, long verified,
      long ruledOut, long caseOpened, long unanswered, long answeredLate, boolean overdue) {}

  /** The policy's limit, or null for an optional limit the policy does not set. */
  public static DayLimit limit(Policy policy, ProcedureLimit limit) {
    Store.requireNonNull(policy, "policy");
    Store.requireNonNull(limit, "limit");
    return policy.shared(p -> {
      IntByReference days = new IntByReference();
      ByteByReference unit = new ByteByReference();
      ByteByReference set = new ByteByReference();
      LongByReference length = new LongByReference();
      byte[] cal = new byte[128];
      check(RG.rg_policy_procedure_limit(days, unit, set, cal, cal.length, length, p, limit.code()));
      if (set.getValue() == 0) {
        return null;
      }
      return new DayLimit(days.getValue(), DayUnit.of(unit.getValue()), Text.fromNul(cal));
    });
  }

  /** The last day a maximum limit allows, counted from start in the limit's unit. */
  public static LocalDate deadline(Policy policy, ProcedureLimit limit, LocalDate start) {
    Store.requireNonNull(policy, "policy");
    Store.requireNonNull(limit, "limit");
    int from = Dates.toRgDate(start);
    return policy.shared(p -> {
      IntByReference out = new IntByReference();
      check(RG.rg_policy_limit_deadline(out, p, limit.code(), from));
      return Dates.fromRgDate(out.getValue());
    });
  }

  /** The date {@code days} working days after start in the policy's calendar. */
  public static LocalDate addWorkingDays(Policy policy, String calendar, LocalDate start, int days) {
    Store.requireNonNull(policy, "policy");
    byte[] c = Text.utf8(calendar);
    int from = Dates.toRgDate(start);
    return policy.shared(p -> {
      IntByReference out = new IntByReference();
      check(RG.rg_policy_add_working_days(out, p, c, Text.length(c), from, days));
      return Dates.fromRgDate(out.getValue());
    });
  }

  /** Working days in the closed range first..last. */
  public static int workingDaysBetween(Policy policy, String calendar, LocalDate first, LocalDate last) {
    Store.requireNonNull(policy, "policy");
    byte[] c = Text.utf8(calendar);
    int a = Dates.toRgDate(first);
    int b = Dates.toRgDate(last);
    return policy.shared(p -> {
      IntByReference out = new IntByReference();
      check(RG.rg_policy_working_days_between(out, p, c, Text.length(c), a, b));
      return out.getValue();
    });
  }

  /** Whether the policy's role model lets the role do the step. */
  public static boolean roleAllowed(Policy policy, CaseStepKind step, Role role) {
    Store.requireNonNull(policy, "policy");
    Store.requireNonNull(step, "step");
    Store.requireNonNull(role, "role");
    return policy.shared(p -> {
      ByteByReference out = new ByteByReference();
      check(RG.rg_policy_step_role_allowed(out, p, step.code(), role.code()));
      return out.getValue() != 0;
    });
  }

  /** The category proposed at the case's verify / review step (NONE if none). */
  public static Category proposedCategory(Store store, long caseId) {
    Store.requireNonNull(store, "store");
    return store.exclusive(s -> {
      ByteByReference out = new ByteByReference();
      check(RG.rg_case_proposed_category(out, s, caseId));
      return Category.of(out.getValue());
    });
  }

  /** Stores a warning letter (one batch with its feedback deadline); returns its id. */
  public static long issueLetter(Store store, String batch, Department department, long county,
      LocalDate issued, LocalDate deadline, long[] householdKeys) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(department, "department");
    Store.requireNonNull(householdKeys, "householdKeys");
    byte[] b = Text.utf8(batch);
    try (Memory text = new Memory(Math.max(1, b.length));
        Memory keys = new Memory(8L * Math.max(1, householdKeys.length))) {
      text.write(0, b, 0, b.length);
      keys.write(0, householdKeys, 0, householdKeys.length);
      ProcedureStructs.WarningLetter l = new ProcedureStructs.WarningLetter();
      RG.rg_warning_letter_init(l.getPointer());
      l.read();
      l.department = (byte) department.code();
      l.county = county;
      l.issued = Dates.toRgDate(issued);
      l.deadline = Dates.toRgDate(deadline);
      l.batch = text;
      l.batch_len = b.length;
      l.household_keys = keys;
      l.household_count = householdKeys.length;
      l.write();
      return store.exclusive(s -> {
        LongByReference id = new LongByReference();
        check(RG.rg_warning_letter_issue(id, s, l.getPointer()));
        return id.getValue();
      });
    }
  }

  /** Answers one household of a letter; returns the case id for CASE_OPENED, else 0. */
  public static long answerLetter(Store store, long letterId, long householdKey, AnswerKind kind,
      LocalDate date, String actor, String reason) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(kind, "kind");
    byte[] a = Text.utf8(actor);
    byte[] r = Text.utf8(reason);
    int d = Dates.toRgDate(date);
    return store.exclusive(s -> {
      LongByReference caseId = new LongByReference();
      check(RG.rg_warning_letter_answer(caseId, s, letterId, householdKey, kind.code(), d, a,
          Text.length(a), r, Text.length(r)));
      return caseId.getValue();
    });
  }

  /** The counts of one letter on asOf. */
  public static LetterCounts counts(Store store, long letterId, LocalDate asOf) {
    Store.requireNonNull(store, "store");
    int d = Dates.toRgDate(asOf);
    ProcedureStructs.LetterCounts out = new ProcedureStructs.LetterCounts();
    out.struct_size = out.size();
    out.write();
    store.exclusive(s -> {
      check(RG.rg_warning_letter_counts(out.getPointer(), s, letterId, d));
      return null;
    });
    out.read();
    return new LetterCounts(out.letter_id, Dates.fromRgDate(out.deadline), out.households,
        out.verified, out.ruled_out, out.case_opened, out.unanswered, out.answered_late,
        out.overdue != 0);
  }

  /** Raises an alert for every letter overdue on asOf (once each); returns how many are new. */
  public static long scanLetters(Store store, LocalDate asOf) {
    Store.requireNonNull(store, "store");
    int d = Dates.toRgDate(asOf);
    return store.exclusive(s -> {
      LongByReference raised = new LongByReference();
      check(RG.rg_warning_letters_scan(raised, s, d));
      return raised.getValue();
    });
  }

  /** Ids of the letters with a raised overdue alert. */
  public static long[] overdueLetters(Store store) {
    Store.requireNonNull(store, "store");
    return store.exclusive(s -> {
      LongByReference count = new LongByReference();
      try (Memory ids = new Memory(8L * 4096)) {
        check(RG.rg_warning_letters_overdue(ids, 4096, count, s));
        return ids.getLongArray(0, (int) count.getValue());
      }
    });
  }
}
