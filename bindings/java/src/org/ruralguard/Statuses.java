package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralguard.internal.HouseholdsStructs;
import org.ruralguard.internal.Rows;
import org.ruralguard.internal.StatusStructs;
import org.ruralguard.internal.Text;

/**
 * Statuses that overlap and events that count (issue 16; docs/monitoring.md "Statuses and
 * events"): memberships a household holds at once, the permanent registered-poor history, the
 * 2026 assistance exit and dated household events, which the store-path assessment and the
 * elimination gate read for the 12 months before the as-of date.
 */
public final class Statuses {
  private Statuses() {}

  /** One membership as stored; {@code end} is null while open. */
  public record Membership(long id, MembershipKind kind, String householdId, String personId,
      String authority, LocalDate start, LocalDate end, String evidence) {
    static Membership of(StatusStructs.Membership m) {
      return new Membership(m.membership_id, MembershipKind.of(m.kind), Text.fromNul(m.household_id),
          Text.fromNul(m.person_id), Text.fromNul(m.authority), Dates.fromRgDate(m.start),
          m.end == Integer.MIN_VALUE ? null : Dates.fromRgDate(m.end), Text.fromNul(m.evidence));
    }
  }

  /** One household event as stored; {@code clueId} is 0 unless a department clue created it. */
  public record Event(long id, HouseholdEventKind kind, Channel source, LocalDate date,
      LocalDate recorded, String evidence, long clueId) {
    static Event of(StatusStructs.HouseholdEvent e) {
      return new Event(e.event_id, HouseholdEventKind.of(e.kind), Channel.of(e.source),
          Dates.fromRgDate(e.date), Dates.fromRgDate(e.recorded), Text.fromNul(e.evidence), e.clue_id);
    }
  }

  /** Stores a membership ({@code personId} "" = the whole household; {@code end} null = open). */
  public static long recordMembership(Store store, String householdId, String personId, MembershipKind kind,
      String authority, LocalDate start, LocalDate end, String evidence) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(kind, "kind");
    StatusStructs.Membership m = new StatusStructs.Membership();
    RG.rg_membership_init(m.getPointer());
    m.read();
    m.kind = (byte) kind.code();
    m.household_id = Text.fixed(householdId, StatusStructs.ID, "householdId");
    m.person_id = Text.fixed(personId, StatusStructs.ID, "personId");
    m.authority = Text.fixed(authority, StatusStructs.TEXT, "authority");
    m.evidence = Text.fixed(evidence, StatusStructs.TEXT, "evidence");
    m.start = Dates.toRgDate(start);
    m.end = Dates.toRgDateOrNone(end);
    m.write();
    LongByReference id = new LongByReference();
    store.exclusive(s -> {
      check(RG.rg_memberships_record(id, s, m.getPointer()));
      return null;
    });
    return id.getValue();
  }

  /** Ends an open membership on {@code end}; {@link StateException} when it has ended already. */
  public static void endMembership(Store store, long membershipId, LocalDate end) {
    Store.requireNonNull(store, "store");
    int day = Dates.toRgDate(end);
    store.exclusive(s -> {
      check(RG.rg_memberships_end(s, membershipId, day));
      return null;
    });
  }

  /** Every membership of the household, ended ones too (by start, then id). */
  public static List<Membership> memberships(Store store, String householdId) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(householdId, "householdId");
    byte[] id = Text.utf8(householdId);
    return store.exclusive(s -> {
      List<Membership> out = new ArrayList<>();
      for (StatusStructs.Membership m : Rows.read(StatusStructs.Membership::new, (p, cap, count) -> {
        sizes(p, cap, new StatusStructs.Membership().size());
        return RG.rg_memberships_list(p, cap, count, s, id, id.length);
      }, 8)) {
        out.add(Membership.of(m));
      }
      return out;
    });
  }

  /** Writes the permanent registered-poor history ({@code exitYear} 0 = unknown). */
  public static void setRegisteredPoor(Store store, String householdId, int registeredYear, int exitYear,
      String source) {
    Store.requireNonNull(store, "store");
    StatusStructs.RegisteredPoor h = new StatusStructs.RegisteredPoor();
    h.struct_size = h.size();
    h.registered_year = registeredYear;
    h.exit_year = exitYear;
    h.household_id = Text.fixed(householdId, StatusStructs.ID, "householdId");
    h.source = Text.fixed(source, StatusStructs.TEXT, "source");
    h.write();
    store.exclusive(s -> {
      check(RG.rg_registered_poor_set(s, h.getPointer()));
      return null;
    });
  }

  /** Records a 2026 assistance exit with its assessment. */
  public static void recordAssistanceExit(Store store, String householdId, LocalDate date, LocalDate assessmentDate,
      String assessment, String authority, String evidence) {
    Store.requireNonNull(store, "store");
    StatusStructs.AssistanceExit e = new StatusStructs.AssistanceExit();
    e.struct_size = e.size();
    e.date = Dates.toRgDate(date);
    e.assessment_date = Dates.toRgDate(assessmentDate);
    e.household_id = Text.fixed(householdId, StatusStructs.ID, "householdId");
    e.assessment = Text.fixed(assessment, StatusStructs.TEXT, "assessment");
    e.authority = Text.fixed(authority, StatusStructs.TEXT, "authority");
    e.evidence = Text.fixed(evidence, StatusStructs.TEXT, "evidence");
    e.write();
    store.exclusive(s -> {
      check(RG.rg_assistance_exit_record(s, e.getPointer()));
      return null;
    });
  }

  /** The registered and exit years ({@code [registered, exit]}, exit 0 = unknown), or null. */
  public static int[] registeredPoor(Store store, String householdId) {
    Store.requireNonNull(store, "store");
    byte[] id = Text.utf8(householdId);
    return store.exclusive(s -> {
      StatusStructs.RegisteredPoor h = new StatusStructs.RegisteredPoor();
      h.struct_size = h.size();
      h.write();
      int status = RG.rg_registered_poor_get(h.getPointer(), s, id, id.length);
      if (status == Status.ENOTFOUND.code() && householdExists(s, id)) {
        return null;
      }
      check(status);
      h.read();
      return new int[] {h.registered_year, h.exit_year};
    });
  }

  /** The date of the household's assistance exit, or null. */
  public static LocalDate assistanceExitDate(Store store, String householdId) {
    Store.requireNonNull(store, "store");
    byte[] id = Text.utf8(householdId);
    return store.exclusive(s -> {
      StatusStructs.AssistanceExit e = new StatusStructs.AssistanceExit();
      e.struct_size = e.size();
      e.write();
      int status = RG.rg_assistance_exit_get(e.getPointer(), s, id, id.length);
      if (status == Status.ENOTFOUND.code() && householdExists(s, id)) {
        return null;
      }
      check(status);
      e.read();
      return Dates.fromRgDate(e.date);
    });
  }

  /** Stores a household event; {@link RangeException} when dated after {@code recorded}. */
  public static long recordEvent(Store store, String householdId, HouseholdEventKind kind, Channel source,
      LocalDate date, LocalDate recorded, String evidence) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(kind, "kind");
    Store.requireNonNull(source, "source");
    StatusStructs.HouseholdEvent e = new StatusStructs.HouseholdEvent();
    e.struct_size = e.size();
    e.kind = (byte) kind.code();
    e.source = (byte) source.code();
    e.date = Dates.toRgDate(date);
    e.recorded = Dates.toRgDate(recorded);
    e.household_id = Text.fixed(householdId, StatusStructs.ID, "householdId");
    e.evidence = Text.fixed(evidence, StatusStructs.TEXT, "evidence");
    e.write();
    LongByReference id = new LongByReference();
    store.exclusive(s -> {
      check(RG.rg_household_events_record(id, s, e.getPointer()));
      return null;
    });
    return id.getValue();
  }

  /** The household's events dated in [first, last], by date then id. */
  public static List<Event> events(Store store, String householdId, LocalDate first, LocalDate last) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(householdId, "householdId");
    byte[] id = Text.utf8(householdId);
    int from = Dates.toRgDate(first);
    int to = Dates.toRgDate(last);
    return store.exclusive(s -> {
      List<Event> out = new ArrayList<>();
      for (StatusStructs.HouseholdEvent e : Rows.read(StatusStructs.HouseholdEvent::new, (p, cap, count) -> {
        sizes(p, cap, new StatusStructs.HouseholdEvent().size());
        return RG.rg_household_events_list(p, cap, count, s, id, id.length, from, to);
      }, 8)) {
        out.add(Event.of(e));
      }
      return out;
    });
  }

  /**
   * Imports memberships.csv and events.csv (either may be null) in one transaction
   * (docs/csv-format.md). Returns {@code {memberships imported, events imported}}. In
   * {@link CsvImportMode#ALL_OR_NOTHING} mode a row error rolls everything back and throws
   * {@link ParseException} naming the file, line and column of the first error.
   */
  public static long[] importCsv(Store store, String memberships, String events, CsvImportMode mode) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(mode, "mode");
    byte[] m = memberships == null ? null : Text.utf8(memberships);
    byte[] e = events == null ? null : Text.utf8(events);
    HouseholdsStructs.CsvImportOptions o = new HouseholdsStructs.CsvImportOptions();
    RG.rg_csv_import_options_init(o.getPointer());
    o.read();
    o.mode = (byte) mode.code();
    o.write();
    HouseholdsStructs.CsvImportResult r = new HouseholdsStructs.CsvImportResult();
    r.struct_size = r.size();
    r.write();
    store.exclusive(s -> {
      check(RG.rg_statuses_import_csv(r.getPointer(), s, m, m == null ? 0 : m.length, e, e == null ? 0 : e.length,
          o.getPointer()));
      return null;
    });
    r.read();
    return new long[] {r.imported[0], r.imported[1]};
  }

  /** Writes every membership and household event in the import format (either path may be null). */
  public static void exportCsv(Store store, String memberships, String events) {
    Store.requireNonNull(store, "store");
    byte[] m = memberships == null ? null : Text.utf8(memberships);
    byte[] e = events == null ? null : Text.utf8(events);
    store.exclusive(s -> {
      check(RG.rg_statuses_export_csv(s, m, m == null ? 0 : m.length, e, e == null ? 0 : e.length));
      return null;
    });
  }

  /**
   * Imports registered_poor.csv and assistance_exits.csv (either path may be null) in one
   * transaction, each row checked as {@code rg_registered_poor_set} and
   * {@code rg_assistance_exit_record} check it (docs/csv-format.md). Returns {@code {histories
   * imported, exits imported}}. In {@link CsvImportMode#ALL_OR_NOTHING} mode a row error rolls
   * everything back and throws {@link ParseException} naming the file, line and column of the
   * first error; a row contradicting the stored (permanent) history is such an error.
   */
  public static long[] importHistoryCsv(Store store, String registeredPoor, String assistanceExits, CsvImportMode mode) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(mode, "mode");
    byte[] h = registeredPoor == null ? null : Text.utf8(registeredPoor);
    byte[] x = assistanceExits == null ? null : Text.utf8(assistanceExits);
    HouseholdsStructs.CsvImportOptions o = new HouseholdsStructs.CsvImportOptions();
    RG.rg_csv_import_options_init(o.getPointer());
    o.read();
    o.mode = (byte) mode.code();
    o.write();
    HouseholdsStructs.CsvImportResult r = new HouseholdsStructs.CsvImportResult();
    r.struct_size = r.size();
    r.write();
    store.exclusive(s -> {
      check(RG.rg_status_history_import_csv(r.getPointer(), s, h, h == null ? 0 : h.length, x, x == null ? 0 : x.length,
          o.getPointer()));
      return null;
    });
    r.read();
    return new long[] {r.imported[0], r.imported[1]};
  }

  /** Writes every registered-poor history and assistance exit in the import format (either path may be null). */
  public static void exportHistoryCsv(Store store, String registeredPoor, String assistanceExits) {
    Store.requireNonNull(store, "store");
    byte[] h = registeredPoor == null ? null : Text.utf8(registeredPoor);
    byte[] x = assistanceExits == null ? null : Text.utf8(assistanceExits);
    store.exclusive(s -> {
      check(RG.rg_status_history_export_csv(s, h, h == null ? 0 : h.length, x, x == null ? 0 : x.length));
      return null;
    });
  }

  private static boolean householdExists(Pointer s, byte[] id) {
    LongByReference count = new LongByReference();
    int status = RG.rg_memberships_list(null, 0, count, s, id, id.length);
    return status == 0 || status == Status.EBUFFER.code();
  }

  private static void sizes(Pointer p, long capacity, int size) {
    for (long i = 0; i < capacity; i++) {
      p.setInt(i * size, size);
    }
  }
}
