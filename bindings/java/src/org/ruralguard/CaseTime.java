package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Memory;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ruralguard.internal.CaseTimeStructs;
import org.ruralguard.internal.Text;

/**
 * A case over time (issue 16, docs/monitoring.md): a clue on an eliminated household within the
 * follow-up window rolls its case back, the warning level is derived again at visits and
 * reassessments (history kept), the clocks are derived from the records, and the post-elimination
 * checks run in the case flow. Every call takes the store exclusively.
 */
public final class CaseTime {
  private CaseTime() {}

  /** What a clue did: the case it went to and whether it re-identified an eliminated case. */
  public record ClueOutcome(long caseId, boolean reidentified) {}

  /** One change of a case's warning level ({@code rg_level_change}). */
  public record LevelChange(int sequence, LocalDate date, CaseStepKind step, Level from, Level to) {}

  /**
   * The clocks of a case ({@code rg_case_clocks}).
   *
   * @param monitoredSince the later of identification and the last rollback; null before
   *     identification
   * @param incomeStableSince derived from the income statements; null when the latest is below
   *     the threshold
   */
  public record Clocks(LocalDate monitoredSince, LocalDate incomeStableSince) {}

  /** A recorded post-elimination check; empty findings: passed. */
  public record PostEliminationCheck(long checkId, LocalDate date, Set<PostCheckFinding> findings,
      boolean rolledBack) {}

  /** A clue of any channel but department data, with the policy's follow-up window. */
  public static ClueOutcome openClue(Store store, Policy policy, long householdKey, Channel channel,
      LocalDate found, String note) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(policy, "policy");
    Store.requireNonNull(channel, "channel");
    int date = Dates.toRgDate(found);
    byte[] n = Text.utf8(note);
    return store.exclusive(s -> policy.shared(p -> {
      LongByReference id = new LongByReference();
      ByteByReference again = new ByteByReference();
      check(RG.rg_case_open_clue(id, again, s, p, householdKey, channel.code(), date, n,
          Text.length(n)));
      return new ClueOutcome(id.getValue(), again.getValue() != 0);
    }));
  }

  /** Reassesses the level ({@link Level#NONE}: derived from the household's facts); returns it. */
  public static Level reassess(Store store, Policy policy, long caseId, LocalDate date, Level level,
      String actor, String note) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(policy, "policy");
    Store.requireNonNull(level, "level");
    int d = Dates.toRgDate(date);
    byte[] a = Text.utf8(actor);
    byte[] n = Text.utf8(note);
    return store.exclusive(s -> policy.shared(p -> {
      ByteByReference out = new ByteByReference();
      check(RG.rg_case_reassess(out, s, p, caseId, d, level.code(), a, Text.length(a), n,
          Text.length(n)));
      return Level.of(out.getValue());
    }));
  }

  /** Logs a visit and reassesses the level in one transaction; returns the level after it. */
  public static Level visitAndReassess(Store store, Policy policy, long caseId, LocalDate date,
      String visitor, String findings, Level level) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(policy, "policy");
    Store.requireNonNull(level, "level");
    int d = Dates.toRgDate(date);
    byte[] v = Text.utf8(visitor);
    byte[] f = Text.utf8(findings);
    return store.exclusive(s -> policy.shared(p -> {
      LongByReference visit = new LongByReference();
      ByteByReference out = new ByteByReference();
      check(RG.rg_case_visit_reassess(visit, out, s, p, caseId, d, v, Text.length(v), f,
          Text.length(f), level.code()));
      return Level.of(out.getValue());
    }));
  }

  /** Every level change of a case, oldest first. */
  public static List<LevelChange> levelHistory(Store store, long caseId) {
    Store.requireNonNull(store, "store");
    return store.exclusive(s -> {
      LongByReference count = new LongByReference();
      int status = RG.rg_case_level_history(null, 0, count, s, caseId);
      if (status != Status.EBUFFER.code()) {
        check(status);
      }
      int n = (int) count.getValue();
      List<LevelChange> out = new ArrayList<>();
      if (n == 0) {
        return out;
      }
      int size = new CaseTimeStructs.LevelChange().size();
      try (Memory rows = new Memory((long) size * n)) {
        check(RG.rg_case_level_history(rows, n, count, s, caseId));
        for (int i = 0; i < n; i++) {
          CaseTimeStructs.LevelChange r = new CaseTimeStructs.LevelChange(rows.share((long) i * size));
          out.add(new LevelChange(r.sequence, Dates.fromRgDate(r.date), CaseStepKind.of(r.step),
              Level.of(r.level_from), Level.of(r.level_to)));
        }
      }
      return out;
    });
  }

  /** The clocks of a case on {@code asOf}. */
  public static Clocks clocks(Store store, Policy policy, long caseId, LocalDate asOf) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(policy, "policy");
    int d = Dates.toRgDate(asOf);
    return store.exclusive(s -> policy.shared(p -> {
      IntByReference since = new IntByReference();
      IntByReference stable = new IntByReference();
      check(RG.rg_case_clocks(since, stable, s, p, caseId, d));
      return new Clocks(Dates.fromRgDateOrNull(since.getValue()),
          Dates.fromRgDateOrNull(stable.getValue()));
    }));
  }

  /** Runs and records the post-elimination checks; a failed check rolls the case back. */
  public static PostEliminationCheck postEliminationCheck(Store store, Policy policy, long caseId,
      LocalDate date, String actor) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(policy, "policy");
    int d = Dates.toRgDate(date);
    byte[] a = Text.utf8(actor);
    return store.exclusive(s -> policy.shared(p -> {
      CaseTimeStructs.PostEliminationCheck out = new CaseTimeStructs.PostEliminationCheck();
      out.struct_size = out.size();
      out.write();
      check(RG.rg_case_post_elimination_check(out.getPointer(), s, p, caseId, d, a,
          Text.length(a)));
      out.read();
      Set<PostCheckFinding> findings = EnumSet.noneOf(PostCheckFinding.class);
      for (PostCheckFinding f : PostCheckFinding.values()) {
        if ((out.findings & f.code()) != 0) {
          findings.add(f);
        }
      }
      return new PostEliminationCheck(out.check_id, Dates.fromRgDate(out.date), findings,
          out.rolled_back != 0);
    }));
  }
}
