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
public final class ReportsStructs {
  private ReportsStructs() {}

  /** {@code rg_summary_households}. */
  @FieldOrder({"struct_size", "reserved", "count", "region", "kind", "members", "per_capita_income", "previous_per_capita_income", "within_monitoring", "category", "level"})
  public static class SummaryHouseholds extends Structure {
    public int struct_size;
    public int reserved;
    public long count;
    public Pointer region;
    public Pointer kind;
    public Pointer members;
    public Pointer per_capita_income;
    public Pointer previous_per_capita_income;
    public Pointer within_monitoring;
    public Pointer category;
    public Pointer level;

    public SummaryHouseholds() {}

    public SummaryHouseholds(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_region_figures}. */
  @FieldOrder({"struct_size", "reserved", "region", "households_by_type", "people_by_type", "assessed", "monitored", "monitored_by_level", "cases_under_monitoring", "cases_with_measure", "cases_eliminated", "fp_people_with_income", "fp_income_people_sum", "allocated", "disbursed", "industry_disbursed", "projects", "projects_completed"})
  public static class RegionFigures extends Structure {
    public int struct_size;
    public int reserved;
    public long region;
    public long[] households_by_type = new long[4];
    public long[] people_by_type = new long[4];
    public long assessed;
    public long monitored;
    public long[] monitored_by_level = new long[4];
    public long cases_under_monitoring;
    public long cases_with_measure;
    public long cases_eliminated;
    public long fp_people_with_income;
    public long fp_income_people_sum;
    public long[] allocated = new long[4];
    public long[] disbursed = new long[4];
    public long industry_disbursed;
    public long projects;
    public long projects_completed;

    public RegionFigures() {}

    public RegionFigures(Pointer p) {
      super(p);
      read();
    }
  }
}
