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
public final class CasesStructs {
  private CasesStructs() {}

  /** {@code rg_department_records}. */
  @FieldOrder({"struct_size", "reserved", "count", "household_key", "department", "metric", "amount", "period", "formerly_poor"})
  public static class DepartmentRecords extends Structure {
    public int struct_size;
    public int reserved;
    public long count;
    public Pointer household_key;
    public Pointer department;
    public Pointer metric;
    public Pointer amount;
    public Pointer period;
    public Pointer formerly_poor;

    public DepartmentRecords() {}

    public DepartmentRecords(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_ingest_result}. */
  @FieldOrder({"struct_size", "reserved", "records", "rejected_records", "below_threshold", "duplicates", "clues_raised", "cases_opened", "attached_to_open_case"})
  public static class IngestResult extends Structure {
    public int struct_size;
    public int reserved;
    public long records;
    public long rejected_records;
    public long below_threshold;
    public long duplicates;
    public long clues_raised;
    public long cases_opened;
    public long attached_to_open_case;

    public IngestResult() {}

    public IngestResult(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_case_step}. */
  @FieldOrder({"struct_size", "step", "consent_signed", "comparison_passed", "category", "level", "elimination_kind", "reserved", "risk_mask", "date", "votes_for", "votes_against", "notice_start", "notice_end", "income_stable_since", "actor", "actor_len", "note", "note_len", "contact_name", "contact_name_len", "contact_phone", "contact_phone_len", "contact_rank", "contact_rank_len", "role", "proposed_category", "reserved2"})
  public static class CaseStep extends Structure {
    public int struct_size;
    public byte step;
    public byte consent_signed;
    public byte comparison_passed;
    public byte category;
    public byte level;
    public byte elimination_kind;
    public byte[] reserved = new byte[2];
    public int risk_mask;
    public int date;
    public int votes_for;
    public int votes_against;
    public int notice_start;
    public int notice_end;
    public int income_stable_since;
    public Pointer actor;
    public long actor_len;
    public Pointer note;
    public long note_len;
    public Pointer contact_name;
    public long contact_name_len;
    public Pointer contact_phone;
    public long contact_phone_len;
    public Pointer contact_rank;
    public long contact_rank_len;
    public byte role;
    public byte proposed_category;
    public byte[] reserved2 = new byte[6];

    public CaseStep() {}

    public CaseStep(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_case_info}. */
  @FieldOrder({"struct_size", "state", "category", "level", "channel", "case_id", "household_key", "risk_mask", "found", "identified", "eliminated", "rollbacks", "events"})
  public static class CaseInfo extends Structure {
    public int struct_size;
    public byte state;
    public byte category;
    public byte level;
    public byte channel;
    public long case_id;
    public long household_key;
    public int risk_mask;
    public int found;
    public int identified;
    public int eliminated;
    public int rollbacks;
    public int events;

    public CaseInfo() {}

    public CaseInfo(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_alert_info}. */
  @FieldOrder({"struct_size", "kind", "state", "priority", "reserved", "alert_id", "case_id", "raised", "reserved2"})
  public static class AlertInfo extends Structure {
    public int struct_size;
    public byte kind;
    public byte state;
    public byte priority;
    public byte reserved;
    public long alert_id;
    public long case_id;
    public int raised;
    public int reserved2;

    public AlertInfo() {}

    public AlertInfo(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_case_report}. */
  @FieldOrder({"struct_size", "reserved", "by_state", "by_category", "by_level", "under_monitoring", "with_measure", "eliminated", "identified_total", "identification_days_sum", "overdue_visits"})
  public static class CaseReport extends Structure {
    public int struct_size;
    public int reserved;
    public long[] by_state = new long[14];
    public long[] by_category = new long[4];
    public long[] by_level = new long[4];
    public long under_monitoring;
    public long with_measure;
    public long eliminated;
    public long identified_total;
    public long identification_days_sum;
    public long overdue_visits;

    public CaseReport() {}

    public CaseReport(Pointer p) {
      super(p);
      read();
    }
  }
}
