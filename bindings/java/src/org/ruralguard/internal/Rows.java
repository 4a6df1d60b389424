package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.LongByReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ruralguard.Status;

/** Arrays of structs out under the C ABI's sizing convention (*out_count always set). */
public final class Rows {
  private Rows() {}

  /** One C call that writes rows: {@code (rows, capacity, count) -> status}. */
  @FunctionalInterface
  public interface Fill {
    int call(Pointer rows, long capacity, LongByReference count);
  }

  /**
   * Calls {@code fill} with room for {@code capacity} rows; on RG_EBUFFER once more with room for
   * the count the library reported. Returns the rows read.
   */
  @SuppressWarnings("unchecked")
  public static <T extends Structure> List<T> read(Supplier<T> make, Fill fill, int capacity) {
    LongByReference count = new LongByReference();
    T[] rows = (T[]) make.get().toArray(Math.max(1, capacity));
    int status = fill.call(rows[0].getPointer(), rows.length, count);
    if (status == Status.EBUFFER.code()) {
      rows = (T[]) make.get().toArray((int) Math.max(1, count.getValue()));
      status = fill.call(rows[0].getPointer(), rows.length, count);
    }
    Lib.check(status);
    List<T> out = new ArrayList<>((int) count.getValue());
    for (int i = 0; i < count.getValue(); i++) {
      rows[i].read();
      out.add(rows[i]);
    }
    return out;
  }
}
