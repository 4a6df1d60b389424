package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * Households, members, income statements, CSV import and export, data quality, the synthetic county and the columnar household table.
 *
 * <p>One Java method per C function of {@code include/ruralguard/ruralguard.h}: same name, same
 * parameters in the same order (docs/java.md, "Adding a C function"). See {@link RgNative} for
 * the type mapping.
 */
public interface HouseholdsNative {
  int rg_households_put_region(Pointer store, long code, byte[] name, long nameLen, byte formerPovertyCounty, byte keyAssist, byte relocationSite);
  void rg_household_record_init(Pointer record);
  int rg_households_put(Pointer store, Pointer record);
  int rg_households_get(Pointer out, Pointer store, byte[] householdId, long householdIdLen);
  void rg_member_record_init(Pointer record);
  int rg_members_put(Pointer store, Pointer record);
  int rg_members_get(Pointer out, Pointer store, byte[] personId, long personIdLen);
  int rg_members_find_by_id_number(Pointer out, Pointer store, byte[] idNumber, long idNumberLen);
  int rg_members_list(Pointer out, long capacity, LongByReference outCount, Pointer store, byte[] householdId, long householdIdLen);
  void rg_income_record_init(Pointer record);
  int rg_income_put(Pointer store, Pointer record);
  int rg_income_compute(LongByReference outPerCapita, LongByReference outNetIncome, Pointer record, byte[] counted);
  int rg_households_count(LongByReference outRegions, LongByReference outHouseholds, LongByReference outMembers, LongByReference outIncome, Pointer store);
  void rg_csv_import_options_init(Pointer options);
  int rg_households_import_csv(Pointer out, Pointer store, Pointer files, Pointer options);
  int rg_households_export_csv(Pointer store, Pointer files);
  int rg_dq_rule_info(PointerByReference outCode, PointerByReference outKey, ByteByReference outSeverity, PointerByReference outTitleEn, PointerByReference outTitleZh, short rule);
  int rg_households_validate(Pointer outCounts, LongByReference outTotal, Pointer store, int asOf, DqFindingCallback onFinding, Pointer context, long findingsMax);
  void rg_synthetic_county_options_init(Pointer options);
  int rg_synthetic_county_generate(Pointer out, Pointer store, Pointer options);
  int rg_synthetic_county_write_csv(Pointer out, Pointer files, Pointer options);
  int rg_household_table_load(PointerByReference outTable, Pointer store, int asOf, byte[] regionPrefix, long regionPrefixLen);
  int rg_household_table_view_get(Pointer out, Pointer table);
  int rg_household_table_household_id(byte[] out, long outCapacity, Pointer table, long row);
  void rg_household_table_free(Pointer table);
}
