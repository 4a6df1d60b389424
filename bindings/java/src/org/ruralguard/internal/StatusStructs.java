package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * The structs of the memberships and household events section of ruralguard.h as JNA
 * structures: field for field, C names and order ({@code StructLayoutTest} compares every size
 * and offset with the C compiler's).
 */
@SuppressWarnings("checkstyle:MemberName")
public final class StatusStructs {
  private StatusStructs() {}

  /** {@code RG_STATUS_TEXT_MAX} + 1: the size of each text array. */
  public static final int TEXT = 257;
  /** {@code RG_HOUSEHOLD_ID_MAX} + 1. */
  public static final int ID = 65;

  /** {@code rg_membership}. */
  @FieldOrder({"struct_size", "kind", "reserved", "membership_id", "start", "end", "household_id", "person_id", "authority", "evidence"})
  public static class Membership extends Structure {
    public int struct_size;
    public byte kind;
    public byte[] reserved = new byte[3];
    public long membership_id;
    public int start;
    public int end;
    public byte[] household_id = new byte[ID];
    public byte[] person_id = new byte[ID];
    public byte[] authority = new byte[TEXT];
    public byte[] evidence = new byte[TEXT];

    public Membership() {}

    public Membership(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code rg_registered_poor}. */
  @FieldOrder({"struct_size", "registered_year", "exit_year", "reserved", "household_id", "source"})
  public static class RegisteredPoor extends Structure {
    public int struct_size;
    public int registered_year;
    public int exit_year;
    public int reserved;
    public byte[] household_id = new byte[ID];
    public byte[] source = new byte[TEXT];
  }

  /** {@code rg_assistance_exit}. */
  @FieldOrder({"struct_size", "date", "assessment_date", "reserved", "household_id", "assessment", "authority", "evidence"})
  public static class AssistanceExit extends Structure {
    public int struct_size;
    public int date;
    public int assessment_date;
    public int reserved;
    public byte[] household_id = new byte[ID];
    public byte[] assessment = new byte[TEXT];
    public byte[] authority = new byte[TEXT];
    public byte[] evidence = new byte[TEXT];
  }

  /** {@code rg_household_event}. */
  @FieldOrder({"struct_size", "kind", "source", "reserved", "date", "recorded", "event_id", "clue_id", "household_id", "evidence"})
  public static class HouseholdEvent extends Structure {
    public int struct_size;
    public byte kind;
    public byte source;
    public byte[] reserved = new byte[2];
    public int date;
    public int recorded;
    public long event_id;
    public long clue_id;
    public byte[] household_id = new byte[ID];
    public byte[] evidence = new byte[TEXT];

    public HouseholdEvent() {}

    public HouseholdEvent(Pointer p) {
      super(p);
      read();
    }
  }
}
