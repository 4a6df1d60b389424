package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.ruralguard.HouseholdColumns.Column;
import org.ruralguard.internal.HouseholdsStructs;
import org.ruralguard.internal.NativeHandle;
import org.ruralguard.internal.Text;

/**
 * The columnar load for batch scoring ({@code rg_household_table*}): one row per household, in
 * library-owned arrays. {@link #columns()} passes them to {@link Risk#assessBatch} without a copy.
 * Independent of the store once loaded. Threads: concurrent readers are fine; close waits for
 * them and is idempotent.
 */
public final class HouseholdTable extends NativeHandle {
  private HouseholdTable(Pointer p) {
    super(p, "household table", null);
  }

  /**
   * Loads the households within {@code regionPrefix} (2, 4, 6, 9 or 12 digits; null or "" for
   * all) as of {@code asOf} ({@code rg_household_table_load}).
   */
  public static HouseholdTable load(Store store, LocalDate asOf, String regionPrefix) {
    Store.requireNonNull(store, "store");
    int date = Dates.toRgDate(asOf);
    byte[] prefix = Text.utf8(regionPrefix);
    return store.exclusive(s -> {
      PointerByReference out = new PointerByReference();
      check(RG.rg_household_table_load(out, s, date, prefix, Text.length(prefix)));
      return new HouseholdTable(out.getValue());
    });
  }

  /** The view's pointers ({@code rg_household_table_view}). */
  record View(long count, Map<Column, Pointer> riskColumns, HouseholdsStructs.HouseholdTableView raw) {}

  View view() {
    return shared(t -> {
      HouseholdsStructs.HouseholdTableView v = new HouseholdsStructs.HouseholdTableView();
      v.struct_size = v.size();
      v.write();
      check(RG.rg_household_table_view_get(v.getPointer(), t));
      v.read();
      Map<Column, Pointer> m = new EnumMap<>(Column.class);
      m.put(Column.REGION_CODE, v.region_code);
      m.put(Column.KIND, v.kind);
      m.put(Column.PER_CAPITA_INCOME, v.per_capita_income);
      m.put(Column.PREVIOUS_PER_CAPITA_INCOME, v.previous_per_capita_income);
      m.put(Column.NET_INCOME, v.net_income);
      m.put(Column.MEDICAL_OUT_OF_POCKET, v.medical_out_of_pocket);
      m.put(Column.EDUCATION_OUT_OF_POCKET, v.education_out_of_pocket);
      m.put(Column.INCOME_PERIOD_END, v.income_period_end);
      m.put(Column.MEMBERS, v.members);
      m.put(Column.LABOUR_CAPABLE, v.labour_capable);
      m.put(Column.WEAK_LABOUR, v.weak_labour);
      m.put(Column.SERIOUSLY_ILL, v.seriously_ill);
      m.put(Column.CHRONICALLY_ILL, v.chronically_ill);
      m.put(Column.DISABLED, v.disabled);
      m.put(Column.GUARANTEE_FAILURES, v.guarantee_failures);
      m.put(Column.EVENTS, v.events);
      m.values().removeIf(java.util.Objects::isNull);
      return new View(v.count, m, v);
    });
  }

  /** Households loaded. */
  public long count() {
    return view().count();
  }

  /** The risk input columns, without copying; valid while this table is open. */
  public HouseholdColumns columns() {
    return HouseholdColumns.of(this);
  }

  /** The households table's row keys (what cases and runs refer to). */
  public long[] householdKeys() {
    return shared(t -> {
      View v = view();
      return v.count() == 0 ? new long[0] : v.raw().household_key.getLongArray(0, (int) v.count());
    });
  }

  /** The vendor's household id of row {@code row}. */
  public String householdId(long row) {
    return shared(t -> {
      byte[] out = new byte[66];
      check(RG.rg_household_table_household_id(out, out.length, t, row));
      return Text.fromNul(out);
    });
  }

  @Override
  protected void free(Pointer p) {
    RG.rg_household_table_free(p);
  }
}
