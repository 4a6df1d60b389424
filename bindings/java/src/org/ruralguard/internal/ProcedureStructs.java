package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/** JNA mirrors of the issue-16 structs (warning letters); layout checked by StructLayoutTest. */
public final class ProcedureStructs {
  private ProcedureStructs() {}

  /** {@code rg_warning_letter}. */
  @FieldOrder({"struct_size", "department", "reserved", "county", "issued", "deadline", "batch", "batch_len", "household_keys", "household_count"})
  public static class WarningLetter extends Structure {
    public int struct_size;
    public byte department;
    public byte[] reserved = new byte[3];
    public long county;
    public int issued;
    public int deadline;
    public Pointer batch;
    public long batch_len;
    public Pointer household_keys;
    public long household_count;

    public WarningLetter() {}
  }

  /** {@code rg_letter_counts}. */
  @FieldOrder({"struct_size", "overdue", "reserved", "letter_id", "deadline", "reserved2", "households", "verified", "ruled_out", "case_opened", "unanswered", "answered_late"})
  public static class LetterCounts extends Structure {
    public int struct_size;
    public byte overdue;
    public byte[] reserved = new byte[3];
    public long letter_id;
    public int deadline;
    public int reserved2;
    public long households;
    public long verified;
    public long ruled_out;
    public long case_opened;
    public long unanswered;
    public long answered_late;

    public LetterCounts() {}
  }
}
