package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * The structs of "Part: a case over time" of ruralguard.h as JNA structures: field for field, C
 * names and order ({@code StructLayoutTest} compares every size with the C compiler's).
 */
@SuppressWarnings("checkstyle:MemberName")
public final class CaseTimeStructs {
  private CaseTimeStructs() {}

  /** {@code rg_level_change}. */
  @FieldOrder({"sequence", "date", "step", "level_from", "level_to", "reserved"})
  public static class LevelChange extends Structure {
    public int sequence;
    public int date;
    public byte step;
    public byte level_from;
    public byte level_to;
    public byte reserved;

    public LevelChange() {}

    public LevelChange(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_post_elimination_check}. */
  @FieldOrder({"struct_size", "rolled_back", "reserved", "check_id", "findings", "date"})
  public static class PostEliminationCheck extends Structure {
    public int struct_size;
    public byte rolled_back;
    public byte[] reserved = new byte[3];
    public long check_id;
    public int findings;
    public int date;

    public PostEliminationCheck() {}

    public PostEliminationCheck(Pointer p) {
      super(p);
      read();
    }
  }
}
