package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * The structs of one section of ruralguard.h as JNA structures: field for field, C names and
 * order, so the layout is the C layout ({@code StructLayoutTest} compares every size with the C
 * compiler's). Generated once from the header; edit by hand when the header changes.
 */
@SuppressWarnings("checkstyle:MemberName")
public final class StoreStructs {
  private StoreStructs() {}

  /** {@code rg_store_options}. */
  @FieldOrder({"struct_size", "synchronous_full", "read_only", "reserved", "busy_timeout_ms"})
  public static class StoreOptions extends Structure {
    public int struct_size;
    public byte synchronous_full;
    public byte read_only;
    public byte[] reserved = new byte[2];
    public int busy_timeout_ms;

    public StoreOptions() {}

    public StoreOptions(Pointer p) {
      super(p);
      read();
    }
  }
}
