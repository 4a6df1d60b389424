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
public final class RiskStructs {
  private RiskStructs() {}

  /** {@code rg_household_facts}. */
  @FieldOrder({"struct_size", "kind", "guarantee_failures", "events", "region_code", "per_capita_income", "previous_per_capita_income", "net_income", "medical_out_of_pocket", "education_out_of_pocket", "income_period_end", "members", "labour_capable", "weak_labour", "seriously_ill", "chronically_ill", "disabled", "reserved"})
  public static class HouseholdFacts extends Structure {
    public int struct_size;
    public byte kind;
    public byte guarantee_failures;
    public short events;
    public long region_code;
    public long per_capita_income;
    public long previous_per_capita_income;
    public long net_income;
    public long medical_out_of_pocket;
    public long education_out_of_pocket;
    public int income_period_end;
    public int members;
    public int labour_capable;
    public int weak_labour;
    public int seriously_ill;
    public int chronically_ill;
    public int disabled;
    public int reserved;

    public HouseholdFacts() {}

    public HouseholdFacts(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_reason}. */
  @FieldOrder({"code", "risk", "detail", "reserved", "points", "value", "limit"})
  public static class Reason extends Structure {
    public byte code;
    public byte risk;
    public byte detail;
    public byte reserved;
    public int points;
    public long value;
    public long limit;

    public Reason() {}

    public Reason(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_assessment}. */
  @FieldOrder({"struct_size", "within_monitoring", "category", "level", "reason_count", "risk_mask", "score", "next_visit", "reserved", "threshold", "reasons"})
  public static class Assessment extends Structure {
    public int struct_size;
    public byte within_monitoring;
    public byte category;
    public byte level;
    public byte reason_count;
    public int risk_mask;
    public int score;
    public int next_visit;
    public int reserved;
    public long threshold;
    public Reason[] reasons = (Reason[]) new Reason().toArray(32);

    public Assessment() {}

    public Assessment(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_household_columns}. */
  @FieldOrder({"struct_size", "reserved", "count", "region_code", "kind", "per_capita_income", "previous_per_capita_income", "net_income", "medical_out_of_pocket", "education_out_of_pocket", "income_period_end", "members", "labour_capable", "weak_labour", "seriously_ill", "chronically_ill", "disabled", "guarantee_failures", "events"})
  public static class HouseholdColumns extends Structure {
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

    public HouseholdColumns() {}

    public HouseholdColumns(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_assessment_columns}. */
  @FieldOrder({"struct_size", "reserved", "within_monitoring", "category", "risk_mask", "score", "level", "next_visit", "status"})
  public static class AssessmentColumns extends Structure {
    public int struct_size;
    public int reserved;
    public Pointer within_monitoring;
    public Pointer category;
    public Pointer risk_mask;
    public Pointer score;
    public Pointer level;
    public Pointer next_visit;
    public Pointer status;

    public AssessmentColumns() {}

    public AssessmentColumns(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_case_facts}. */
  @FieldOrder({"struct_size", "identified", "measures_implemented", "income_stable_since", "has_contact_person", "reserved"})
  public static class CaseFacts extends Structure {
    public int struct_size;
    public int identified;
    public int measures_implemented;
    public int income_stable_since;
    public byte has_contact_person;
    public byte[] reserved = new byte[3];

    public CaseFacts() {}

    public CaseFacts(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_elimination_result}. */
  @FieldOrder({"struct_size", "eligible", "kind", "reserved", "failed_conditions", "vetoes"})
  public static class EliminationResult extends Structure {
    public int struct_size;
    public byte eligible;
    public byte kind;
    public byte[] reserved = new byte[2];
    public int failed_conditions;
    public int vetoes;

    public EliminationResult() {}

    public EliminationResult(Pointer p) {
      super(p);
      read();
    }
  }
}
