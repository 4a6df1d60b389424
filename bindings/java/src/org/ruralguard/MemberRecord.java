package org.ruralguard;

import java.time.LocalDate;
import org.ruralguard.internal.HouseholdsStructs;
import org.ruralguard.internal.Text;

/**
 * A household member ({@code rg_member_record}); codes as in docs/csv-format.md: relation 1 head
 * .. 9 other; sex 1 male, 2 female; education 0..6; schoolStatus 0..6; health 1 healthy,
 * 2 chronic, 3 serious illness, 4 disabled; labour 1 skilled .. 5 none; status 1 active, 2
 * naturally decreased. {@code idNumber} in: the clear number (hashed and masked by the library);
 * out: always the masked form. {@code idStatus} is out only (0 valid .. 3 missing).
 */
public record MemberRecord(String personId, String householdId, String idNumber, LocalDate birthDate,
    int relation, int sex, int education, int schoolStatus, int health, int disabilityGrade,
    int labour, boolean medicalResident, boolean medicalEmployee, boolean criticalIllness,
    boolean pension, boolean dibao, boolean tekun, int status, int idStatus) {

  /** The defaults of {@code rg_member_record_init}: relation other, male, healthy, ordinary labour, active, born 1970-01-01. */
  public static MemberRecord of(String personId, String householdId) {
    return new MemberRecord(personId, householdId, "", LocalDate.of(1970, 1, 1), 9, 1, 0, 0, 1, 0,
        2, false, false, false, false, false, false, 1, 0);
  }

  /** The same member with a relation, birth date and health. */
  public MemberRecord with(int relation, LocalDate birthDate, int health) {
    return new MemberRecord(personId, householdId, idNumber, birthDate, relation, sex, education,
        schoolStatus, health, disabilityGrade, labour, medicalResident, medicalEmployee,
        criticalIllness, pension, dibao, tekun, status, idStatus);
  }

  HouseholdsStructs.MemberRecord toNative() {
    Store.requireNonNull(personId, "member.personId");
    Store.requireNonNull(householdId, "member.householdId");
    HouseholdsStructs.MemberRecord r = new HouseholdsStructs.MemberRecord();
    r.struct_size = r.size();
    r.relation = u8(relation, "member.relation");
    r.sex = u8(sex, "member.sex");
    r.education = u8(education, "member.education");
    r.school_status = u8(schoolStatus, "member.schoolStatus");
    r.health = u8(health, "member.health");
    r.disability_grade = u8(disabilityGrade, "member.disabilityGrade");
    r.labour = u8(labour, "member.labour");
    r.medical_resident = HouseholdRecord.flag(medicalResident);
    r.medical_employee = HouseholdRecord.flag(medicalEmployee);
    r.critical_illness = HouseholdRecord.flag(criticalIllness);
    r.pension = HouseholdRecord.flag(pension);
    r.dibao = HouseholdRecord.flag(dibao);
    r.tekun = HouseholdRecord.flag(tekun);
    r.status = u8(status, "member.status");
    r.birth_date = Dates.toRgDate(birthDate);
    r.person_id = Text.fixed(personId, r.person_id.length, "member.personId");
    r.household_id = Text.fixed(householdId, r.household_id.length, "member.householdId");
    r.id_number = Text.fixed(idNumber, r.id_number.length, "member.idNumber");
    r.write();
    return r;
  }

  static MemberRecord of(HouseholdsStructs.MemberRecord r) {
    return new MemberRecord(Text.fromNul(r.person_id), Text.fromNul(r.household_id),
        Text.fromNul(r.id_number), Dates.fromRgDate(r.birth_date), r.relation, r.sex, r.education,
        r.school_status, r.health, r.disability_grade, r.labour, r.medical_resident != 0,
        r.medical_employee != 0, r.critical_illness != 0, r.pension != 0, r.dibao != 0,
        r.tekun != 0, r.status, r.id_status);
  }

  /** A code that must fit uint8_t (the library checks its range). */
  static byte u8(int v, String field) {
    if (v < 0 || v > 255) {
      throw new InvalidArgumentException(field + ": " + v + " is out of range");
    }
    return (byte) v;
  }
}
