package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Memory;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.time.LocalDate;
import org.ruralguard.internal.RiskStructs;
import org.ruralguard.internal.Text;

/**
 * Risk assessment (docs/risk-rules.md): one household ({@link #assess}), a batch in one C call
 * ({@link #assessBatch}), explanations, the elimination check, and stored assessment runs.
 * Thread-safe: many threads may assess with one shared {@link Policy}.
 */
public final class Risk {
  private Risk() {}

  /** Assesses one household ({@code rg_risk_assess}). */
  public static Assessment assess(HouseholdFacts facts, Policy policy, LocalDate asOf) {
    Store.requireNonNull(facts, "facts");
    Store.requireNonNull(policy, "policy");
    RiskStructs.HouseholdFacts f = facts.toNative();
    int date = Dates.toRgDate(asOf);
    return policy.shared(p -> {
      RiskStructs.Assessment a = new RiskStructs.Assessment();
      a.struct_size = a.size();
      a.write();
      check(RG.rg_risk_assess(a.getPointer(), f.getPointer(), p, date));
      a.read();
      return Assessment.of(a);
    });
  }

  /** A human-readable explanation of the same assessment. */
  public static String explain(HouseholdFacts facts, Policy policy, LocalDate asOf, Language language) {
    Store.requireNonNull(facts, "facts");
    Store.requireNonNull(policy, "policy");
    Store.requireNonNull(language, "language");
    RiskStructs.HouseholdFacts f = facts.toNative();
    int date = Dates.toRgDate(asOf);
    return policy.shared(p -> Text.read((out, cap, len) ->
        RG.rg_risk_explain(out, cap, len, f.getPointer(), p, date, language.code()), 2048));
  }

  /**
   * Assesses every row of {@code in} with one C call ({@code rg_risk_assess_batch}); a row with
   * bad data gets its status while the others go on. The returned columns are the caller's to
   * close.
   */
  public static AssessmentResults assessBatch(HouseholdColumns in, Policy policy, LocalDate asOf) {
    Store.requireNonNull(in, "in");
    Store.requireNonNull(policy, "policy");
    int date = Dates.toRgDate(asOf);
    AssessmentResults out = new AssessmentResults(in.count());
    try {
      RiskStructs.AssessmentColumns oc = out.toNative();
      Runnable call = () -> policy.shared(p -> {
        RiskStructs.HouseholdColumns ic = in.toNative();
        LongByReference failed = new LongByReference();
        check(RG.rg_risk_assess_batch(failed, oc.getPointer(), ic.getPointer(), p, date));
        out.failed = failed.getValue();
        java.lang.ref.Reference.reachabilityFence(ic);  // its columns are in use until here
        java.lang.ref.Reference.reachabilityFence(in);
        return null;
      });
      if (in.table() != null) {
        in.table().shared(t -> {
          call.run();
          return null;
        });
      } else {
        call.run();
      }
      java.lang.ref.Reference.reachabilityFence(oc);
      return out;
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }

  /** Checks every elimination condition ({@code rg_risk_check_elimination}). */
  public static EliminationCheck checkElimination(CaseFacts caseFacts, HouseholdFacts facts,
      Policy policy, LocalDate asOf, EliminationKind kind, Language language) {
    Store.requireNonNull(caseFacts, "caseFacts");
    Store.requireNonNull(facts, "facts");
    Store.requireNonNull(policy, "policy");
    Store.requireNonNull(kind, "kind");
    Store.requireNonNull(language, "language");
    RiskStructs.CaseFacts c = new RiskStructs.CaseFacts();
    c.struct_size = c.size();
    c.identified = Dates.toRgDate(caseFacts.identified());
    c.measures_implemented = caseFacts.measuresImplemented();
    c.income_stable_since = Dates.toRgDateOrNone(caseFacts.incomeStableSince());
    c.has_contact_person = (byte) (caseFacts.hasContactPerson() ? 1 : 0);
    c.write();
    RiskStructs.HouseholdFacts f = facts.toNative();
    int date = Dates.toRgDate(asOf);
    return policy.shared(p -> {
      RiskStructs.EliminationResult r = new RiskStructs.EliminationResult();
      r.struct_size = r.size();
      r.write();
      String report = Text.read((out, cap, len) -> RG.rg_risk_check_elimination(r.getPointer(),
          out, cap, len, c.getPointer(), f.getPointer(), p, date, kind.code(), language.code()),
          4096);
      r.read();
      return new EliminationCheck(r.eligible != 0, EliminationKind.of(r.kind),
          CodedEnum.fromMask(EliminationCondition.class, Integer.toUnsignedLong(r.failed_conditions)),
          r.vetoes, report);
    });
  }

  /**
   * Records a batch's results as an assessment run in one transaction
   * ({@code rg_risk_run_record}); {@code householdKeys} parallel to the results. Returns the run id.
   */
  public static long recordRun(Store store, Policy policy, LocalDate asOf, long[] householdKeys,
      AssessmentResults results, String label) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(policy, "policy");
    Store.requireNonNull(householdKeys, "householdKeys");
    Store.requireNonNull(results, "results");
    if (householdKeys.length != results.count()) {
      throw new InvalidArgumentException("householdKeys: " + householdKeys.length
          + " keys for " + results.count() + " results");
    }
    int date = Dates.toRgDate(asOf);
    byte[] l = Text.utf8(label);
    try (Memory keys = new Memory(Math.max(1, 8L * householdKeys.length))) {
      keys.write(0, householdKeys, 0, householdKeys.length);
      RiskStructs.AssessmentColumns oc = results.toNative();
      return store.exclusive(s -> policy.shared(p -> {
        LongByReference run = new LongByReference();
        check(RG.rg_risk_run_record(run, s, p, date, keys, householdKeys.length, oc.getPointer(),
            l, Text.length(l)));
        java.lang.ref.Reference.reachabilityFence(oc);
        java.lang.ref.Reference.reachabilityFence(results);
        return run.getValue();
      }));
    }
  }

  /** Households that entered or left monitoring, or changed level, between two runs. */
  public static RunDiff diffRuns(Store store, long earlier, long later) {
    Store.requireNonNull(store, "store");
    return store.exclusive(s -> {
      PointerByReference out = new PointerByReference();
      check(RG.rg_risk_run_diff(out, s, earlier, later));
      try {
        LongByReference entered = new LongByReference();
        LongByReference left = new LongByReference();
        LongByReference changed = new LongByReference();
        check(RG.rg_run_diff_counts(entered, left, changed, out.getValue()));
        int ne = (int) entered.getValue();
        int nl = (int) left.getValue();
        int nc = (int) changed.getValue();
        try (Memory e = new Memory(8L * ne + 1); Memory lf = new Memory(8L * nl + 1);
            Memory c = new Memory(8L * nc + 1); Memory from = new Memory(nc + 1L);
            Memory to = new Memory(nc + 1L)) {
          check(RG.rg_run_diff_copy(e, lf, c, from, to, out.getValue()));
          return new RunDiff(e.getLongArray(0, ne), lf.getLongArray(0, nl), c.getLongArray(0, nc),
              from.getByteArray(0, nc), to.getByteArray(0, nc));
        }
      } finally {
        RG.rg_run_diff_free(out.getValue());
      }
    });
  }
}
