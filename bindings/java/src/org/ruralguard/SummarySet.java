package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralguard.internal.NativeHandle;
import org.ruralguard.internal.ReportsStructs;
import org.ruralguard.internal.Text;

/**
 * A set of mergeable region summaries ({@code rg_summary*}, docs/reports.md): exact sums per
 * region, computed from a store or from household columns, merged across partitions, rolled up
 * and rendered as the quarterly report (JSON, CSV, HTML, text).
 *
 * <p>Threads: reads (toJson, rollUp, count, figures, render) may run concurrently on one set;
 * {@link #merge} writes this set and runs alone. {@link #close()} is idempotent.
 */
public final class SummarySet extends NativeHandle {
  private SummarySet(Pointer p) {
    super(p, "summary set", null);
  }

  private static SummarySet made(PointerByReference out) {
    return new SummarySet(out.getValue());
  }

  /** Summaries of everything in the store up to {@code asOf}, within {@code regionPrefix} (null: all). */
  public static SummarySet fromStore(Store store, LocalDate asOf, String regionPrefix) {
    Store.requireNonNull(store, "store");
    int d = Dates.toRgDate(asOf);
    byte[] prefix = Text.utf8(regionPrefix);
    return store.exclusive(s -> {
      PointerByReference out = new PointerByReference();
      check(RG.rg_summary_from_store(out, s, d, prefix, Text.length(prefix)));
      return made(out);
    });
  }

  /**
   * As {@link #fromStore(Store, LocalDate, String)}; a store without a recorded run is assessed
   * on the fly under {@code set} (per household: its province and income-period year) when not
   * null, else under {@code policy} for every household when not null, else under the built-in
   * catalogue ({@code rg_summary_from_store_policies}, issue 16).
   */
  public static SummarySet fromStore(Store store, LocalDate asOf, String regionPrefix, Policy policy, PolicySet set) {
    Store.requireNonNull(store, "store");
    int d = Dates.toRgDate(asOf);
    byte[] prefix = Text.utf8(regionPrefix);
    return store.exclusive(s -> withShared(policy, p -> withShared(set, q -> {
      PointerByReference out = new PointerByReference();
      check(RG.rg_summary_from_store_policies(out, s, d, prefix, Text.length(prefix), p, q));
      return made(out);
    })));
  }

  private static <T> T withShared(NativeHandle h, java.util.function.Function<Pointer, T> body) {
    return h == null ? body.apply(null) : h.shared(body);
  }

  /**
   * One summary per village from household columns, one C call. {@code region}, {@code kind}
   * and {@code members} are required; the other arrays may be null ("no income record",
   * "previous income unknown", "not assessed"). Every non-null array has one element per row.
   */
  public static SummarySet fromHouseholds(long[] region, byte[] kind, int[] members,
      long[] perCapitaIncome, long[] previousPerCapitaIncome, byte[] withinMonitoring,
      byte[] category, byte[] level) {
    Store.requireNonNull(region, "rows.region");
    int n = region.length;
    List<Memory> keep = new ArrayList<>();
    ReportsStructs.SummaryHouseholds r = new ReportsStructs.SummaryHouseholds();
    RG.rg_summary_households_init(r.getPointer());
    r.read();
    r.count = n;
    r.region = column(region, n, "region", true, keep);
    r.kind = column(kind, n, "kind", true, keep);
    r.members = column(members, n, "members", true, keep);
    r.per_capita_income = column(perCapitaIncome, n, "perCapitaIncome", false, keep);
    r.previous_per_capita_income = column(previousPerCapitaIncome, n, "previousPerCapitaIncome", false, keep);
    r.within_monitoring = column(withinMonitoring, n, "withinMonitoring", false, keep);
    r.category = column(category, n, "category", false, keep);
    r.level = column(level, n, "level", false, keep);
    r.write();
    PointerByReference out = new PointerByReference();
    check(RG.rg_summary_from_households(out, r.getPointer()));
    Reference.reachabilityFence(keep);
    return made(out);
  }

  /**
   * One summary per village from a loaded table and its batch assessment, without copying a
   * column (the table's region, kind, members and incomes; the results' monitoring columns).
   */
  public static SummarySet fromAssessment(HouseholdTable table, AssessmentResults results) {
    Store.requireNonNull(table, "table");
    Store.requireNonNull(results, "results");
    return table.shared(t -> {
      HouseholdTable.View v = table.view();
      if (v.count() != results.count()) {
        throw new InvalidArgumentException("results: " + results.count() + " rows for a table of "
            + v.count());
      }
      ReportsStructs.SummaryHouseholds r = new ReportsStructs.SummaryHouseholds();
      RG.rg_summary_households_init(r.getPointer());
      r.read();
      var cols = results.toNative();
      r.count = v.count();
      r.region = v.raw().region_code;
      r.kind = v.raw().kind;
      r.members = v.raw().members;
      r.per_capita_income = v.raw().per_capita_income;
      r.previous_per_capita_income = v.raw().previous_per_capita_income;
      r.within_monitoring = cols.within_monitoring;
      r.category = cols.category;
      r.level = cols.level;
      r.write();
      PointerByReference out = new PointerByReference();
      check(RG.rg_summary_from_households(out, r.getPointer()));
      Reference.reachabilityFence(results);
      return made(out);
    });
  }

  private static Pointer column(Object array, int n, String name, boolean required,
      List<Memory> keep) {
    if (array == null) {
      if (required) {
        throw new InvalidArgumentException("rows." + name + ": null array");
      }
      return null;
    }
    int length = java.lang.reflect.Array.getLength(array);
    if (length != n) {
      throw new InvalidArgumentException("rows." + name + ": " + length + " values for " + n
          + " rows");
    }
    Memory m;
    if (array instanceof long[] a) {
      m = new Memory(8L * n + 1);
      m.write(0, a, 0, n);
    } else if (array instanceof int[] a) {
      m = new Memory(4L * n + 1);
      m.write(0, a, 0, n);
    } else {
      byte[] a = (byte[]) array;
      m = new Memory(n + 1L);
      m.write(0, a, 0, n);
    }
    keep.add(m);
    return m;
  }

  /** Loads a set from the raw-sum JSON {@link #toJson()} writes. */
  public static SummarySet fromJson(String json) {
    Store.requireNonNull(json, "json");
    byte[] b = Text.utf8(json);
    PointerByReference out = new PointerByReference();
    check(RG.rg_summary_from_json(out, b, b.length));
    return made(out);
  }

  /** The raw-sum JSON (money in integer units, nothing rounded). */
  public String toJson() {
    return shared(s -> Text.read((out, cap, len) -> RG.rg_summary_to_json(out, cap, len, s), 65536));
  }

  /** Adds every summary of {@code from} into this set (exact); this set is unchanged on error. */
  public void merge(SummarySet from) {
    Store.requireNonNull(from, "from");
    if (from == this) {
      throw new InvalidArgumentException("from: a set cannot be merged into itself");
    }
    // Both locks in one global order (identity hash), so merging a into b while another thread
    // merges b into a cannot deadlock.
    if (System.identityHashCode(this) <= System.identityHashCode(from)) {
      exclusive(into -> from.shared(f -> {
        check(RG.rg_summary_merge(into, f));
        return null;
      }));
    } else {
      from.shared(f -> exclusive(into -> {
        check(RG.rg_summary_merge(into, f));
        return null;
      }));
    }
  }

  /** A new set grouped by region cut to {@code level}. */
  public SummarySet rollUp(RegionLevel level) {
    Store.requireNonNull(level, "level");
    return shared(s -> {
      PointerByReference out = new PointerByReference();
      check(RG.rg_summary_roll_up(out, s, level.code()));
      return made(out);
    });
  }

  /** Region summaries in the set. */
  public long count() {
    return shared(s -> {
      LongByReference out = new LongByReference();
      check(RG.rg_summary_count(out, s));
      return out.getValue();
    });
  }

  /** Figures of the summary at {@code index} (sorted by region). */
  public RegionFigures figures(long index) {
    return shared(s -> {
      ReportsStructs.RegionFigures f = new ReportsStructs.RegionFigures();
      f.struct_size = f.size();
      f.write();
      check(RG.rg_summary_figures(f.getPointer(), s, index));
      f.read();
      return new RegionFigures(f.region, f.households_by_type.clone(), f.people_by_type.clone(),
          f.assessed, f.monitored, f.monitored_by_level.clone(), f.cases_under_monitoring,
          f.cases_with_measure, f.cases_eliminated, f.fp_people_with_income,
          f.fp_income_people_sum, f.allocated.clone(), f.disbursed.clone(), f.industry_disbursed,
          f.projects, f.projects_completed);
    });
  }

  /**
   * The report as of {@code asOf}, rows rolled up to {@code detail}, counties scored with
   * {@code indicatorsJson} (null: the default set), in {@code format}.
   */
  public String render(LocalDate asOf, RegionLevel detail, ReportFormat format,
      String indicatorsJson) {
    Store.requireNonNull(detail, "detail");
    Store.requireNonNull(format, "format");
    int d = Dates.toRgDate(asOf);
    byte[] ind = Text.utf8(indicatorsJson);
    return shared(s -> Text.read((out, cap, len) -> RG.rg_report_render(out, cap, len, s, d,
        detail.code(), format.code(), ind, Text.length(ind)), 65536));
  }

  /** The default indicator set for {@code asOf} as JSON (the form render accepts). */
  public static String defaultIndicators(LocalDate asOf) {
    int d = Dates.toRgDate(asOf);
    return Text.read((out, cap, len) -> RG.rg_indicators_default(out, cap, len, d), 8192);
  }

  @Override
  protected void free(Pointer p) {
    RG.rg_summary_free(p);
  }
}
