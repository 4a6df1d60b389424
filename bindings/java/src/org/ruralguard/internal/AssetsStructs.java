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
public final class AssetsStructs {
  private AssetsStructs() {}

  /** {@code rg_asset_management}. */
  @FieldOrder({"custodian", "custodian_len", "operator_name", "operator_name_len", "planned_income_per_year", "income_account_id", "farmer_link_households", "mode", "farmer_link", "reserved"})
  public static class AssetManagement extends Structure {
    public Pointer custodian;
    public long custodian_len;
    public Pointer operator_name;
    public long operator_name_len;
    public long planned_income_per_year;
    public long income_account_id;
    public int farmer_link_households;
    public byte mode;
    public byte farmer_link;
    public byte[] reserved = new byte[2];

    public AssetManagement() {}

    public AssetManagement(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_asset_draft}. */
  @FieldOrder({"id", "region", "value", "name", "name_len", "location", "location_len", "owner_name", "owner_name_len", "management", "asset_class", "subtype", "owner", "rights"})
  public static class AssetDraft extends Structure {
    public long id;
    public long region;
    public long value;
    public Pointer name;
    public long name_len;
    public Pointer location;
    public long location_len;
    public Pointer owner_name;
    public long owner_name_len;
    public AssetManagement management = new AssetManagement();
    public byte asset_class;
    public byte subtype;
    public byte owner;
    public byte[] rights = new byte[5];

    public AssetDraft() {}

    public AssetDraft(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_asset_info}. */
  @FieldOrder({"id", "project_id", "region", "income_account_id", "value", "planned_income_per_year", "disposal_valuation", "registered", "confirmed", "handed_over", "status_since", "farmer_link_households", "asset_class", "subtype", "owner", "mode", "farmer_link", "status", "has_confirmed", "has_handed_over", "has_disposal", "disposal_reason", "disposal_method", "approvals_given", "rights", "has_custodian", "reserved"})
  public static class AssetInfo extends Structure {
    public long id;
    public long project_id;
    public long region;
    public long income_account_id;
    public long value;
    public long planned_income_per_year;
    public long disposal_valuation;
    public int registered;
    public int confirmed;
    public int handed_over;
    public int status_since;
    public int farmer_link_households;
    public byte asset_class;
    public byte subtype;
    public byte owner;
    public byte mode;
    public byte farmer_link;
    public byte status;
    public byte has_confirmed;
    public byte has_handed_over;
    public byte has_disposal;
    public byte disposal_reason;
    public byte disposal_method;
    public byte approvals_given;
    public byte[] rights = new byte[5];
    public byte has_custodian;
    public byte[] reserved = new byte[6];

    public AssetInfo() {}

    public AssetInfo(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_asset_event}. */
  @FieldOrder({"sequence", "date", "kind", "from_status", "to_status", "reserved", "note"})
  public static class AssetEvent extends Structure {
    public long sequence;
    public int date;
    public byte kind;
    public byte from_status;
    public byte to_status;
    public byte reserved;
    public byte[] note = new byte[128];

    public AssetEvent() {}

    public AssetEvent(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_asset_policy}. */
  @FieldOrder({"struct_size", "forbidden_purposes", "allowed_disposal_reasons", "allowed_disposal_methods", "notice_days_min", "reserved"})
  public static class AssetPolicy extends Structure {
    public int struct_size;
    public int forbidden_purposes;
    public int allowed_disposal_reasons;
    public int allowed_disposal_methods;
    public int notice_days_min;
    public byte[] reserved = new byte[4];

    public AssetPolicy() {}

    public AssetPolicy(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_distribution_purpose}. */
  @FieldOrder({"households", "household_weights", "household_count", "weight", "amount", "payee_account_id", "purpose", "reserved"})
  public static class DistributionPurpose extends Structure {
    public Pointer households;
    public Pointer household_weights;
    public long household_count;
    public long weight;
    public long amount;
    public long payee_account_id;
    public byte purpose;
    public byte[] reserved = new byte[7];

    public DistributionPurpose() {}

    public DistributionPurpose(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_distribution_plan}. */
  @FieldOrder({"struct_size", "year", "plan_id", "asset_id", "income", "decision_document", "decision_document_len", "decision_date", "attendees", "votes_for", "votes_against", "notice_start", "notice_end", "first_transfer_id_hi", "first_transfer_id_lo", "purposes", "purpose_count"})
  public static class DistributionPlan extends Structure {
    public int struct_size;
    public int year;
    public long plan_id;
    public long asset_id;
    public long income;
    public Pointer decision_document;
    public long decision_document_len;
    public int decision_date;
    public int attendees;
    public int votes_for;
    public int votes_against;
    public int notice_start;
    public int notice_end;
    public long first_transfer_id_hi;
    public long first_transfer_id_lo;
    public Pointer purposes;
    public long purpose_count;

    public DistributionPlan() {}

    public DistributionPlan(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_distribution_share}. */
  @FieldOrder({"household_key", "amount", "line_amount", "line", "purpose", "reserved"})
  public static class DistributionShare extends Structure {
    public long household_key;
    public long amount;
    public long line_amount;
    public int line;
    public byte purpose;
    public byte[] reserved = new byte[3];

    public DistributionShare() {}

    public DistributionShare(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_asset_warning_options}. */
  @FieldOrder({"struct_size", "idle_months_max", "unconfirmed_months_max", "income_year", "as_of", "reserved"})
  public static class AssetWarningOptions extends Structure {
    public int struct_size;
    public int idle_months_max;
    public int unconfirmed_months_max;
    public int income_year;
    public int as_of;
    public byte[] reserved = new byte[4];

    public AssetWarningOptions() {}

    public AssetWarningOptions(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_asset_warning}. */
  @FieldOrder({"asset_id", "project_id", "expected", "actual", "months", "kind", "reserved"})
  public static class AssetWarning extends Structure {
    public long asset_id;
    public long project_id;
    public long expected;
    public long actual;
    public long months;
    public byte kind;
    public byte[] reserved = new byte[7];

    public AssetWarning() {}

    public AssetWarning(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_asset_totals_row}. */
  @FieldOrder({"key", "assets", "value"})
  public static class AssetTotalsRow extends Structure {
    public long key;
    public long assets;
    public long value;

    public AssetTotalsRow() {}

    public AssetTotalsRow(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_asset_income_row}. */
  @FieldOrder({"income", "planned", "paid", "year", "reserved"})
  public static class AssetIncomeRow extends Structure {
    public long income;
    public long planned;
    public long paid;
    public int year;
    public byte[] reserved = new byte[4];

    public AssetIncomeRow() {}

    public AssetIncomeRow(Pointer p) {
      super(p);
      read();
    }
  }
}
