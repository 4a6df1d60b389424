package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.time.LocalDate;
import org.ruralguard.internal.NativeHandle;
import org.ruralguard.internal.RiskStructs;
import org.ruralguard.internal.Text;

/**
 * Policies keyed by (province, year) ({@code rg_policy_set*}, issue 16): each household is
 * assessed under the policy of its own province and the year its income period ends; a missing
 * province or year is a {@link NotFoundException} naming it. Immutable; any number of threads.
 */
public final class PolicySet extends NativeHandle {
  PolicySet(Pointer p, String what) {
    super(p, what, null);
  }

  /** Parses and validates a set ({@code rg_policy_set_from_json}, docs/policy-format.md). */
  public static PolicySet fromJson(String json) {
    Store.requireNonNull(json, "json");
    byte[] b = Text.utf8(json);
    PointerByReference out = new PointerByReference();
    check(RG.rg_policy_set_from_json(out, b, b.length));
    return new PolicySet(out.getValue(), "policy set (JSON)");
  }

  /** The built-in catalogue of sourced policies ({@code rg_policy_set_builtin}). */
  public static PolicySet builtin() {
    PointerByReference out = new PointerByReference();
    check(RG.rg_policy_set_builtin(out));
    return new PolicySet(out.getValue(), "built-in policy catalogue");
  }

  /** Loads a stored set ({@code rg_store_load_policy_set}); version 0 = the highest. */
  public static PolicySet load(Store store, String id, int version) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(id, "id");
    byte[] b = Text.utf8(id);
    return store.exclusive(s -> {
      PointerByReference out = new PointerByReference();
      check(RG.rg_store_load_policy_set(out, s, b, b.length, version));
      return new PolicySet(out.getValue(), "policy set " + id);
    });
  }

  /** Stores the set ({@code rg_store_save_policy_set}). */
  public void save(Store store) {
    Store.requireNonNull(store, "store");
    store.exclusive(s -> shared(p -> {
      check(RG.rg_store_save_policy_set(s, p));
      return null;
    }));
  }

  /** The set's JSON form. */
  public String toJson() {
    return shared(p -> Text.read((out, cap, len) -> RG.rg_policy_set_to_json(out, cap, len, p), 16384));
  }

  /** The number of policies. */
  public long count() {
    return shared(p -> {
      LongByReference n = new LongByReference();
      check(RG.rg_policy_set_counts(n, null, p));
      return n.getValue();
    });
  }

  /** The number of threshold change records. */
  public long changeCount() {
    return shared(p -> {
      LongByReference n = new LongByReference();
      check(RG.rg_policy_set_counts(null, n, p));
      return n.getValue();
    });
  }

  /** The policy of a household in {@code regionCode} whose income period ends on {@code periodEnd}. */
  public Policy lookup(long regionCode, LocalDate periodEnd) {
    int date = Dates.toRgDate(periodEnd);
    return shared(p -> {
      PointerByReference out = new PointerByReference();
      check(RG.rg_policy_set_lookup(out, p, regionCode, date));
      return new Policy(out.getValue(), "policy of region " + regionCode);
    });
  }

  /** Assesses every household of the store under this set and records the run; returns the run id. */
  public long assessStore(Store store, LocalDate asOf, String label) {
    Store.requireNonNull(store, "store");
    int date = Dates.toRgDate(asOf);
    byte[] b = label == null ? null : Text.utf8(label);
    return store.exclusive(s -> shared(p -> {
      LongByReference run = new LongByReference();
      check(RG.rg_store_assess_run(run, null, s, p, date, b, b == null ? 0 : b.length));
      return run.getValue();
    }));
  }

  /** The regime a policy assesses under ({@code rg_policy_regime}). */
  public static Regime regime(Policy policy) {
    Store.requireNonNull(policy, "policy");
    return policy.shared(p -> {
      IntByReference out = new IntByReference();
      check(RG.rg_policy_regime(out, p));
      return Regime.of(out.getValue());
    });
  }

  /**
   * One household under two policies, the differences explained ({@code rg_policy_compare}):
   * text lines in {@code language}, or JSON (both sides, zh and en) when {@code json}.
   */
  public static String compare(HouseholdFacts facts, Policy before, LocalDate beforeAsOf, Policy after,
      LocalDate afterAsOf, Language language, boolean json) {
    Store.requireNonNull(facts, "facts");
    Store.requireNonNull(before, "before");
    Store.requireNonNull(after, "after");
    Store.requireNonNull(language, "language");
    RiskStructs.HouseholdFacts f = facts.toNative();
    int d1 = Dates.toRgDate(beforeAsOf);
    int d2 = Dates.toRgDate(afterAsOf);
    return before.shared(b -> after.shared(a -> Text.read((out, cap, len) ->
        RG.rg_policy_compare(out, cap, len, f.getPointer(), b, d1, a, d2, json ? 1 : 0, language.code()), 4096)));
  }

  @Override
  protected void free(Pointer p) {
    RG.rg_policy_set_free(p);
  }
}
