package org.ruralguard;

import org.ruralguard.internal.HouseholdsStructs;
import org.ruralguard.internal.Text;

/**
 * A stored household ({@code rg_household_record}); land areas in 1/100 mu, housing area in
 * 1/100 m². {@link #of(String, long)} gives the defaults of {@code rg_household_record_init}.
 */
public record HouseholdRecord(String householdId, long regionCode, HouseholdKind type,
    boolean relocated, boolean unsafeHouse, boolean houseDamaged, boolean waterSafe,
    boolean electricity, boolean roadPaved, long arableCentimu, long forestCentimu,
    long grainToGreenCentimu, long orchardCentimu, long pastureCentimu, long waterCentimu,
    long housingAreaCentim2, String phone) {

  /** An ordinary household with water, electricity and a paved road, no land, no phone. */
  public static HouseholdRecord of(String householdId, long regionCode) {
    return new HouseholdRecord(householdId, regionCode, HouseholdKind.ORDINARY, false, false,
        false, true, true, true, 0, 0, 0, 0, 0, 0, 0, "");
  }

  /** The same household with another type. */
  public HouseholdRecord withType(HouseholdKind t) {
    return new HouseholdRecord(householdId, regionCode, t, relocated, unsafeHouse, houseDamaged,
        waterSafe, electricity, roadPaved, arableCentimu, forestCentimu, grainToGreenCentimu,
        orchardCentimu, pastureCentimu, waterCentimu, housingAreaCentim2, phone);
  }

  HouseholdsStructs.HouseholdRecord toNative() {
    Store.requireNonNull(householdId, "household.householdId");
    Store.requireNonNull(type, "household.type");
    HouseholdsStructs.HouseholdRecord r = new HouseholdsStructs.HouseholdRecord();
    r.struct_size = r.size();
    r.type = (byte) type.code();
    r.relocated = flag(relocated);
    r.unsafe_house = flag(unsafeHouse);
    r.house_damaged = flag(houseDamaged);
    r.water_safe = flag(waterSafe);
    r.electricity = flag(electricity);
    r.road_paved = flag(roadPaved);
    r.region_code = regionCode;
    r.arable_centimu = arableCentimu;
    r.forest_centimu = forestCentimu;
    r.grain_to_green_centimu = grainToGreenCentimu;
    r.orchard_centimu = orchardCentimu;
    r.pasture_centimu = pastureCentimu;
    r.water_centimu = waterCentimu;
    r.housing_area_centim2 = housingAreaCentim2;
    r.household_id = Text.fixed(householdId, r.household_id.length, "household.householdId");
    r.phone = Text.fixed(phone, r.phone.length, "household.phone");
    r.write();
    return r;
  }

  static HouseholdRecord of(HouseholdsStructs.HouseholdRecord r) {
    return new HouseholdRecord(Text.fromNul(r.household_id), r.region_code, HouseholdKind.of(r.type),
        r.relocated != 0, r.unsafe_house != 0, r.house_damaged != 0, r.water_safe != 0,
        r.electricity != 0, r.road_paved != 0, r.arable_centimu, r.forest_centimu,
        r.grain_to_green_centimu, r.orchard_centimu, r.pasture_centimu, r.water_centimu,
        r.housing_area_centim2, Text.fromNul(r.phone));
  }

  static byte flag(boolean b) {
    return (byte) (b ? 1 : 0);
  }
}
