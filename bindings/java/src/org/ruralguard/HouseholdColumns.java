package org.ruralguard;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumMap;
import java.util.Map;
import org.ruralguard.internal.RiskStructs;

/**
 * Struct-of-arrays input of {@link Risk#assessBatch} ({@code rg_household_columns}): {@code count}
 * rows, each column a block of native memory written in one bulk copy from a Java array (or
 * filled in place through {@link #buffer(Column)}), so a batch crosses into the library once
 * whatever its size. Required columns: region code, kind, per-capita income, net income, income
 * period end, members, labour capable; the others may stay unset (zero; previous income unknown).
 *
 * <p>{@link #of(HouseholdTable)} views a loaded table's columns without copying. Close the columns
 * to free their memory at once (otherwise the garbage collector frees it). Not thread-safe while
 * being filled; a filled instance may be assessed by several threads.
 */
public final class HouseholdColumns implements AutoCloseable {
  /** The columns, with their element size in bytes. */
  public enum Column {
    REGION_CODE(8), KIND(1), PER_CAPITA_INCOME(8), PREVIOUS_PER_CAPITA_INCOME(8), NET_INCOME(8),
    MEDICAL_OUT_OF_POCKET(8), EDUCATION_OUT_OF_POCKET(8), INCOME_PERIOD_END(4), MEMBERS(4),
    LABOUR_CAPABLE(4), WEAK_LABOUR(4), SERIOUSLY_ILL(4), CHRONICALLY_ILL(4), DISABLED(4),
    GUARANTEE_FAILURES(1), EVENTS(2);

    final int width;

    Column(int width) {
      this.width = width;
    }
  }

  private final long count;
  private final Map<Column, Pointer> columns = new EnumMap<>(Column.class);
  private final HouseholdTable table;

  /** Empty columns for {@code count} rows (0..RG_BATCH_ROWS_MAX). */
  public HouseholdColumns(long count) {
    if (count < 0) {
      throw new InvalidArgumentException("householdColumns: count " + count + " is negative");
    }
    this.count = count;
    this.table = null;
  }

  private HouseholdColumns(HouseholdTable table, HouseholdTable.View view) {
    this.count = view.count();
    this.table = table;
    columns.putAll(view.riskColumns());
  }

  /** The risk input columns of a loaded table, without copying (the table must stay open). */
  public static HouseholdColumns of(HouseholdTable table) {
    Store.requireNonNull(table, "table");
    return new HouseholdColumns(table, table.view());
  }

  /** Rows. */
  public long count() {
    return count;
  }

  HouseholdTable table() {
    return table;
  }

  /** 12-digit region codes. */
  public HouseholdColumns regionCode(long[] v) {
    return put(Column.REGION_CODE, v, v == null ? -1 : v.length).copy(v);
  }

  /** RG_HOUSEHOLD_* codes ({@link HouseholdKind#code()}). */
  public HouseholdColumns kind(byte[] v) {
    return put(Column.KIND, v, v == null ? -1 : v.length).copy(v);
  }

  public HouseholdColumns perCapitaIncome(long[] v) {
    return put(Column.PER_CAPITA_INCOME, v, v == null ? -1 : v.length).copy(v);
  }

  /** {@link Money#UNKNOWN} where unknown. */
  public HouseholdColumns previousPerCapitaIncome(long[] v) {
    return put(Column.PREVIOUS_PER_CAPITA_INCOME, v, v == null ? -1 : v.length).copy(v);
  }

  public HouseholdColumns netIncome(long[] v) {
    return put(Column.NET_INCOME, v, v == null ? -1 : v.length).copy(v);
  }

  public HouseholdColumns medicalOutOfPocket(long[] v) {
    return put(Column.MEDICAL_OUT_OF_POCKET, v, v == null ? -1 : v.length).copy(v);
  }

  public HouseholdColumns educationOutOfPocket(long[] v) {
    return put(Column.EDUCATION_OUT_OF_POCKET, v, v == null ? -1 : v.length).copy(v);
  }

  /** rg_date values ({@link Dates#toRgDate}). */
  public HouseholdColumns incomePeriodEnd(int[] v) {
    return put(Column.INCOME_PERIOD_END, v, v == null ? -1 : v.length).copy(v);
  }

  public HouseholdColumns members(int[] v) {
    return put(Column.MEMBERS, v, v == null ? -1 : v.length).copy(v);
  }

  public HouseholdColumns labourCapable(int[] v) {
    return put(Column.LABOUR_CAPABLE, v, v == null ? -1 : v.length).copy(v);
  }

  public HouseholdColumns weakLabour(int[] v) {
    return put(Column.WEAK_LABOUR, v, v == null ? -1 : v.length).copy(v);
  }

  public HouseholdColumns seriouslyIll(int[] v) {
    return put(Column.SERIOUSLY_ILL, v, v == null ? -1 : v.length).copy(v);
  }

  public HouseholdColumns chronicallyIll(int[] v) {
    return put(Column.CHRONICALLY_ILL, v, v == null ? -1 : v.length).copy(v);
  }

  public HouseholdColumns disabled(int[] v) {
    return put(Column.DISABLED, v, v == null ? -1 : v.length).copy(v);
  }

  /** RG_GUARANTEE_* bits per row. */
  public HouseholdColumns guaranteeFailures(byte[] v) {
    return put(Column.GUARANTEE_FAILURES, v, v == null ? -1 : v.length).copy(v);
  }

  /** RG_EVENT_* bits per row. */
  public HouseholdColumns events(short[] v) {
    return put(Column.EVENTS, v, v == null ? -1 : v.length).copy(v);
  }

  /**
   * The column's native memory as a native-order buffer of {@code count * width} bytes, created
   * (zeroed) if unset: fill it in place, e.g. {@code buffer(Column.MEMBERS).asIntBuffer()}.
   */
  public ByteBuffer buffer(Column c) {
    Store.requireNonNull(c, "column");
    ownedOnly();
    Pointer p = columns.computeIfAbsent(c, k -> allocate(k));
    return p.getByteBuffer(0, Math.max(1, count * c.width)).order(ByteOrder.nativeOrder());
  }

  private Pointer allocate(Column c) {
    Memory m = new Memory(Math.max(1, count * c.width));
    m.clear();
    return m;
  }

  private void ownedOnly() {
    if (table != null) {
      throw new StateException("householdColumns: columns of a table are read-only");
    }
  }

  private Writer put(Column c, Object array, int length) {
    ownedOnly();
    if (array == null) {
      throw new InvalidArgumentException("householdColumns." + name(c) + ": null array");
    }
    if (length != count) {
      throw new InvalidArgumentException("householdColumns." + name(c) + ": " + length
          + " values for " + count + " rows");
    }
    Pointer p = columns.computeIfAbsent(c, k -> allocate(k));
    return new Writer(p);
  }

  private static String name(Column c) {
    return c.name().toLowerCase(java.util.Locale.ROOT);
  }

  private final class Writer {
    private final Pointer p;

    Writer(Pointer p) {
      this.p = p;
    }

    HouseholdColumns copy(long[] v) {
      p.write(0, v, 0, v.length);
      return HouseholdColumns.this;
    }

    HouseholdColumns copy(int[] v) {
      p.write(0, v, 0, v.length);
      return HouseholdColumns.this;
    }

    HouseholdColumns copy(short[] v) {
      p.write(0, v, 0, v.length);
      return HouseholdColumns.this;
    }

    HouseholdColumns copy(byte[] v) {
      p.write(0, v, 0, v.length);
      return HouseholdColumns.this;
    }
  }

  /** The C struct pointing at the columns (unset columns are NULL). */
  RiskStructs.HouseholdColumns toNative() {
    RiskStructs.HouseholdColumns c = new RiskStructs.HouseholdColumns();
    c.struct_size = c.size();
    c.count = count;
    c.region_code = columns.get(Column.REGION_CODE);
    c.kind = columns.get(Column.KIND);
    c.per_capita_income = columns.get(Column.PER_CAPITA_INCOME);
    c.previous_per_capita_income = columns.get(Column.PREVIOUS_PER_CAPITA_INCOME);
    c.net_income = columns.get(Column.NET_INCOME);
    c.medical_out_of_pocket = columns.get(Column.MEDICAL_OUT_OF_POCKET);
    c.education_out_of_pocket = columns.get(Column.EDUCATION_OUT_OF_POCKET);
    c.income_period_end = columns.get(Column.INCOME_PERIOD_END);
    c.members = columns.get(Column.MEMBERS);
    c.labour_capable = columns.get(Column.LABOUR_CAPABLE);
    c.weak_labour = columns.get(Column.WEAK_LABOUR);
    c.seriously_ill = columns.get(Column.SERIOUSLY_ILL);
    c.chronically_ill = columns.get(Column.CHRONICALLY_ILL);
    c.disabled = columns.get(Column.DISABLED);
    c.guarantee_failures = columns.get(Column.GUARANTEE_FAILURES);
    c.events = columns.get(Column.EVENTS);
    c.write();
    return c;
  }

  /** Frees the columns' memory now (a table's columns belong to the table). Idempotent. */
  @Override
  public void close() {
    if (table == null) {
      for (Pointer p : columns.values()) {
        ((Memory) p).close();
      }
    }
    columns.clear();
  }
}
