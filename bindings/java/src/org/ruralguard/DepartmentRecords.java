package org.ruralguard;

import com.sun.jna.Memory;
import java.util.List;
import org.ruralguard.internal.CasesStructs;

/**
 * Department records for {@link Cases#ingest} ({@code rg_department_records}), struct-of-arrays:
 * every array has one element per record; {@code formerlyPoor} may be null (0 for every row).
 *
 * @param department RG_DEPT_* codes ({@link Department#code()})
 * @param metric RG_METRIC_* codes ({@link Metric#code()})
 * @param amount rg_money units
 * @param period rg_date values
 */
public record DepartmentRecords(long[] householdKey, byte[] department, byte[] metric,
    long[] amount, int[] period, byte[] formerlyPoor) {

  /** Rows, after checking every array has as many. */
  int count() {
    Store.requireNonNull(householdKey, "records.householdKey");
    int n = householdKey.length;
    same(department == null ? -1 : department.length, n, "department");
    same(metric == null ? -1 : metric.length, n, "metric");
    same(amount == null ? -1 : amount.length, n, "amount");
    same(period == null ? -1 : period.length, n, "period");
    if (formerlyPoor != null) {
      same(formerlyPoor.length, n, "formerlyPoor");
    }
    return n;
  }

  private static void same(int length, int n, String name) {
    if (length < 0) {
      throw new InvalidArgumentException("records." + name + ": null array");
    }
    if (length != n) {
      throw new InvalidArgumentException("records." + name + ": " + length + " values for " + n
          + " records");
    }
  }

  CasesStructs.DepartmentRecords toNative(List<Object> keep) {
    int n = count();
    CasesStructs.DepartmentRecords r = new CasesStructs.DepartmentRecords();
    r.struct_size = r.size();
    r.count = n;
    Memory k = new Memory(8L * n + 1);
    k.write(0, householdKey, 0, n);
    Memory d = new Memory(n + 1L);
    d.write(0, department, 0, n);
    Memory m = new Memory(n + 1L);
    m.write(0, metric, 0, n);
    Memory a = new Memory(8L * n + 1);
    a.write(0, amount, 0, n);
    Memory p = new Memory(4L * n + 1);
    p.write(0, period, 0, n);
    r.household_key = k;
    r.department = d;
    r.metric = m;
    r.amount = a;
    r.period = p;
    if (formerlyPoor != null) {
      Memory f = new Memory(n + 1L);
      f.write(0, formerlyPoor, 0, n);
      r.formerly_poor = f;
    }
    r.write();
    keep.add(r);
    return r;
  }
}
