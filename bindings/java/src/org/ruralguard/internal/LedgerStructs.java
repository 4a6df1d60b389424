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
public final class LedgerStructs {
  private LedgerStructs() {}

  /** {@code rg_account}. */
  @FieldOrder({"id", "holder_id", "fiscal_year", "flags", "level", "kind", "holder_kind", "reserved"})
  public static class Account extends Structure {
    public long id;
    public long holder_id;
    public int fiscal_year;
    public short flags;
    public byte level;
    public byte kind;
    public byte holder_kind;
    public byte[] reserved = new byte[7];

    public Account() {}

    public Account(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_transfer}. */
  @FieldOrder({"id_hi", "id_lo", "ref_id_hi", "ref_id_lo", "debit_account_id", "credit_account_id", "project_id", "amount", "effective_date", "code", "flags", "memo"})
  public static class Transfer extends Structure {
    public long id_hi;
    public long id_lo;
    public long ref_id_hi;
    public long ref_id_lo;
    public long debit_account_id;
    public long credit_account_id;
    public long project_id;
    public long amount;
    public int effective_date;
    public short code;
    public short flags;
    public byte[] memo = new byte[64];

    public Transfer() {}

    public Transfer(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_balance}. */
  @FieldOrder({"debits_pending", "debits_posted", "credits_pending", "credits_posted"})
  public static class Balance extends Structure {
    public long debits_pending;
    public long debits_posted;
    public long credits_pending;
    public long credits_posted;

    public Balance() {}

    public Balance(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_history_entry}. */
  @FieldOrder({"transfer", "sequence", "is_debit", "reserved"})
  public static class HistoryEntry extends Structure {
    public Transfer transfer = new Transfer();
    public long sequence;
    public byte is_debit;
    public byte[] reserved = new byte[7];

    public HistoryEntry() {}

    public HistoryEntry(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_totals_row}. */
  @FieldOrder({"key", "allocated", "disbursed"})
  public static class TotalsRow extends Structure {
    public long key;
    public long allocated;
    public long disbursed;

    public TotalsRow() {}

    public TotalsRow(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_project}. */
  @FieldOrder({"id", "region", "planned", "fiscal_year", "type", "public_notice", "reserved"})
  public static class Project extends Structure {
    public long id;
    public long region;
    public long[] planned = new long[4];
    public int fiscal_year;
    public byte type;
    public byte public_notice;
    public byte[] reserved = new byte[2];

    public Project() {}

    public Project(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_progress_row}. */
  @FieldOrder({"allocated", "disbursed", "fiscal_year", "level", "has_progress", "reserved", "progress_percent"})
  public static class ProgressRow extends Structure {
    public long allocated;
    public long disbursed;
    public int fiscal_year;
    public byte level;
    public byte has_progress;
    public byte[] reserved = new byte[2];
    public byte[] progress_percent = new byte[16];

    public ProgressRow() {}

    public ProgressRow(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_industry_share}. */
  @FieldOrder({"industry_disbursed", "total_disbursed", "has_share", "below_required", "reserved", "share_percent"})
  public static class IndustryShare extends Structure {
    public long industry_disbursed;
    public long total_disbursed;
    public byte has_share;
    public byte below_required;
    public byte[] reserved = new byte[6];
    public byte[] share_percent = new byte[16];

    public IndustryShare() {}

    public IndustryShare(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_project_count_row}. */
  @FieldOrder({"projects", "completed", "terminated", "type", "has_rate", "reserved", "completion_percent"})
  public static class ProjectCountRow extends Structure {
    public long projects;
    public long completed;
    public long terminated;
    public byte type;
    public byte has_rate;
    public byte[] reserved = new byte[6];
    public byte[] completion_percent = new byte[16];

    public ProjectCountRow() {}

    public ProjectCountRow(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_waiting_funds}. */
  @FieldOrder({"project_id", "allocated", "disbursed", "idle_days", "since", "reserved"})
  public static class WaitingFunds extends Structure {
    public long project_id;
    public long allocated;
    public long disbursed;
    public long idle_days;
    public int since;
    public byte[] reserved = new byte[4];

    public WaitingFunds() {}

    public WaitingFunds(Pointer p) {
      super(p);
      read();
    }
  }
}
