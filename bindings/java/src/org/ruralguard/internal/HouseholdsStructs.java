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
public final class HouseholdsStructs {
  private HouseholdsStructs() {}

  /** {@code rg_household_record}. */
  @FieldOrder({"struct_size", "type", "relocated", "unsafe_house", "house_damaged", "water_safe", "electricity", "road_paved", "reserved", "region_code", "arable_centimu", "forest_centimu", "grain_to_green_centimu", "orchard_centimu", "pasture_centimu", "water_centimu", "housing_area_centim2", "household_id", "phone"})
  public static class HouseholdRecord extends Structure {
    public int struct_size;
    public byte type;
    public byte relocated;
    public byte unsafe_house;
    public byte house_damaged;
    public byte water_safe;
    public byte electricity;
    public byte road_paved;
    public byte reserved;
    public long region_code;
    public long arable_centimu;
    public long forest_centimu;
    public long grain_to_green_centimu;
    public long orchard_centimu;
    public long pasture_centimu;
    public long water_centimu;
    public long housing_area_centim2;
    public byte[] household_id = new byte[65];
    public byte[] phone = new byte[33];

    public HouseholdRecord() {}

    public HouseholdRecord(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_member_record}. */
  @FieldOrder({"struct_size", "relation", "sex", "education", "school_status", "health", "disability_grade", "labour", "medical_resident", "medical_employee", "critical_illness", "pension", "dibao", "tekun", "status", "id_status", "reserved", "birth_date", "person_id", "household_id", "id_number"})
  public static class MemberRecord extends Structure {
    public int struct_size;
    public byte relation;
    public byte sex;
    public byte education;
    public byte school_status;
    public byte health;
    public byte disability_grade;
    public byte labour;
    public byte medical_resident;
    public byte medical_employee;
    public byte critical_illness;
    public byte pension;
    public byte dibao;
    public byte tekun;
    public byte status;
    public byte id_status;
    public byte reserved;
    public int birth_date;
    public byte[] person_id = new byte[65];
    public byte[] household_id = new byte[65];
    public byte[] id_number = new byte[33];

    public MemberRecord() {}

    public MemberRecord(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_income_record}. */
  @FieldOrder({"struct_size", "kind", "reserved", "family_size", "period_start", "period_end", "reserved2", "wage", "business_income", "business_cost", "property", "transfers", "insurance_payout", "oop_medical", "oop_education", "household_id"})
  public static class IncomeRecord extends Structure {
    public int struct_size;
    public byte kind;
    public byte[] reserved = new byte[3];
    public int family_size;
    public int period_start;
    public int period_end;
    public int reserved2;
    public long wage;
    public long business_income;
    public long business_cost;
    public long property;
    public long[] transfers = new long[17];
    public long insurance_payout;
    public long oop_medical;
    public long oop_education;
    public byte[] household_id = new byte[65];

    public IncomeRecord() {}

    public IncomeRecord(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_csv_files}. */
  @FieldOrder({"struct_size", "reserved", "regions", "regions_len", "households", "households_len", "members", "members_len", "income", "income_len"})
  public static class CsvFiles extends Structure {
    public int struct_size;
    public int reserved;
    public Pointer regions;
    public long regions_len;
    public Pointer households;
    public long households_len;
    public Pointer members;
    public long members_len;
    public Pointer income;
    public long income_len;

    public CsvFiles() {}

    public CsvFiles(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_csv_error}. */
  @FieldOrder({"line", "column", "reserved", "file", "column_name", "rule", "message"})
  public static class CsvError extends Structure {
    public long line;
    public int column;
    public int reserved;
    public Pointer file;
    public Pointer column_name;
    public Pointer rule;
    public Pointer message;

    public CsvError() {}

    public CsvError(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_csv_import_options}. */
  @FieldOrder({"struct_size", "mode", "reserved", "as_of", "reserved2", "rejects_dir", "rejects_dir_len", "on_error", "context"})
  public static class CsvImportOptions extends Structure {
    public int struct_size;
    public byte mode;
    public byte[] reserved = new byte[3];
    public int as_of;
    public int reserved2;
    public Pointer rejects_dir;
    public long rejects_dir_len;
    public CsvErrorCallback on_error;
    public Pointer context;

    public CsvImportOptions() {}

    public CsvImportOptions(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_csv_import_result}. */
  @FieldOrder({"struct_size", "committed", "reserved", "rows", "imported", "rejected", "errors_total", "warnings_total"})
  public static class CsvImportResult extends Structure {
    public int struct_size;
    public byte committed;
    public byte[] reserved = new byte[3];
    public long[] rows = new long[4];
    public long[] imported = new long[4];
    public long[] rejected = new long[4];
    public long errors_total;
    public long warnings_total;

    public CsvImportResult() {}

    public CsvImportResult(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_dq_finding}. */
  @FieldOrder({"rule", "severity", "reserved", "household_id", "person_id", "field", "value", "message_en", "message_zh"})
  public static class DqFinding extends Structure {
    public short rule;
    public byte severity;
    public byte reserved;
    public Pointer household_id;
    public Pointer person_id;
    public Pointer field;
    public Pointer value;
    public Pointer message_en;
    public Pointer message_zh;

    public DqFinding() {}

    public DqFinding(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_synthetic_county_options}. */
  @FieldOrder({"struct_size", "townships", "seed", "households", "county_code", "villages", "formerly_poor_permille", "monitored_permille", "error_permille", "income_year", "reserved"})
  public static class SyntheticCountyOptions extends Structure {
    public int struct_size;
    public int townships;
    public long seed;
    public long households;
    public long county_code;
    public int villages;
    public int formerly_poor_permille;
    public int monitored_permille;
    public int error_permille;
    public int income_year;
    public int reserved;

    public SyntheticCountyOptions() {}

    public SyntheticCountyOptions(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_synthetic_county_summary}. */
  @FieldOrder({"struct_size", "reserved", "regions", "households", "members", "income_statements", "formerly_poor", "monitored_profile", "injected_errors"})
  public static class SyntheticCountySummary extends Structure {
    public int struct_size;
    public int reserved;
    public long regions;
    public long households;
    public long members;
    public long income_statements;
    public long formerly_poor;
    public long monitored_profile;
    public long injected_errors;

    public SyntheticCountySummary() {}

    public SyntheticCountySummary(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_household_table_view}. */
  @FieldOrder({"struct_size", "reserved", "count", "region_code", "kind", "per_capita_income", "previous_per_capita_income", "net_income", "medical_out_of_pocket", "education_out_of_pocket", "income_period_end", "members", "labour_capable", "weak_labour", "seriously_ill", "chronically_ill", "disabled", "guarantee_failures", "events", "household_key", "has_income", "relocated", "elderly", "school_age"})
  public static class HouseholdTableView extends Structure {
    public int struct_size;
    public int reserved;
    public long count;
    public Pointer region_code;
    public Pointer kind;
    public Pointer per_capita_income;
    public Pointer previous_per_capita_income;
    public Pointer net_income;
    public Pointer medical_out_of_pocket;
    public Pointer education_out_of_pocket;
    public Pointer income_period_end;
    public Pointer members;
    public Pointer labour_capable;
    public Pointer weak_labour;
    public Pointer seriously_ill;
    public Pointer chronically_ill;
    public Pointer disabled;
    public Pointer guarantee_failures;
    public Pointer events;
    public Pointer household_key;
    public Pointer has_income;
    public Pointer relocated;
    public Pointer elderly;
    public Pointer school_age;

    public HouseholdTableView() {}

    public HouseholdTableView(Pointer p) {
      super(p);
      read();
    }
  }
}
