package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import java.lang.ref.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ruralguard.internal.CsvErrorCallback;
import org.ruralguard.internal.DqFindingCallback;
import org.ruralguard.internal.HouseholdsStructs;
import org.ruralguard.internal.Lib;
import org.ruralguard.internal.Rows;
import org.ruralguard.internal.Text;

/**
 * Households, members and income statements in a {@link Store} (docs/households.md), CSV import
 * and export (docs/csv-format.md) and the data-quality rules (docs/data-quality.md). Every call
 * follows the store's thread rule. Writes outside {@link Store#begin()} commit one by one (slow):
 * batch them in a transaction.
 */
public final class Households {
  private Households() {}

  /** Inserts or updates a region; keyAssist 0 none, 1 national, 2 provincial, 3 city. */
  public static void putRegion(Store store, long code, String name, boolean formerPovertyCounty,
      int keyAssist, boolean relocationSite) {
    Store.requireNonNull(store, "store");
    byte[] n = Text.utf8(name);
    byte assist = MemberRecord.u8(keyAssist, "region.keyAssist");
    store.exclusive(s -> {
      check(RG.rg_households_put_region(s, code, n, Text.length(n),
          HouseholdRecord.flag(formerPovertyCounty), assist, HouseholdRecord.flag(relocationSite)));
      return null;
    });
  }

  /** Inserts or updates a household by its id. */
  public static void put(Store store, HouseholdRecord household) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(household, "household");
    HouseholdsStructs.HouseholdRecord r = household.toNative();
    store.exclusive(s -> {
      check(RG.rg_households_put(s, r.getPointer()));
      return null;
    });
  }

  /** The household {@code householdId}; {@link NotFoundException} if none. */
  public static HouseholdRecord get(Store store, String householdId) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(householdId, "householdId");
    byte[] id = Text.utf8(householdId);
    return store.exclusive(s -> {
      HouseholdsStructs.HouseholdRecord r = new HouseholdsStructs.HouseholdRecord();
      r.struct_size = r.size();
      r.write();
      check(RG.rg_households_get(r.getPointer(), s, id, id.length));
      r.read();
      return HouseholdRecord.of(r);
    });
  }

  /** Inserts or updates a member; the ID number is stored only hashed and masked. */
  public static void putMember(Store store, MemberRecord member) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(member, "member");
    HouseholdsStructs.MemberRecord r = member.toNative();
    store.exclusive(s -> {
      check(RG.rg_members_put(s, r.getPointer()));
      return null;
    });
  }

  /** The member {@code personId}. */
  public static MemberRecord getMember(Store store, String personId) {
    return member(store, personId, false);
  }

  /** The first member stored with this clear ID number (hashed before the lookup). */
  public static MemberRecord findMemberByIdNumber(Store store, String idNumber) {
    return member(store, idNumber, true);
  }

  private static MemberRecord member(Store store, String key, boolean byIdNumber) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(key, byIdNumber ? "idNumber" : "personId");
    byte[] k = Text.utf8(key);
    return store.exclusive(s -> {
      HouseholdsStructs.MemberRecord r = new HouseholdsStructs.MemberRecord();
      r.struct_size = r.size();
      r.write();
      check(byIdNumber ? RG.rg_members_find_by_id_number(r.getPointer(), s, k, k.length)
          : RG.rg_members_get(r.getPointer(), s, k, k.length));
      r.read();
      return MemberRecord.of(r);
    });
  }

  /** The members of one household in insertion order. */
  public static List<MemberRecord> listMembers(Store store, String householdId) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(householdId, "householdId");
    byte[] id = Text.utf8(householdId);
    return store.exclusive(s -> {
      List<HouseholdsStructs.MemberRecord> rows = Rows.read(() -> {
        HouseholdsStructs.MemberRecord m = new HouseholdsStructs.MemberRecord();
        m.struct_size = m.size();
        return m;
      }, (p, cap, count) -> {
        writeSizes(p, (int) cap);
        return RG.rg_members_list(p, cap, count, s, id, id.length);
      }, 16);
      List<MemberRecord> out = new ArrayList<>();
      for (HouseholdsStructs.MemberRecord r : rows) {
        out.add(MemberRecord.of(r));
      }
      return out;
    });
  }

  /** Each out record needs struct_size set before rg_members_list. */
  private static void writeSizes(Pointer p, int capacity) {
    int size = new HouseholdsStructs.MemberRecord().size();
    for (int i = 0; i < capacity; i++) {
      p.setInt((long) i * size, size);
    }
  }

  /** Inserts or replaces the statement (household, kind, period start). */
  public static void putIncome(Store store, IncomeStatement statement) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(statement, "statement");
    HouseholdsStructs.IncomeRecord r = statement.toNative();
    store.exclusive(s -> {
      check(RG.rg_income_put(s, r.getPointer()));
      return null;
    });
  }

  /**
   * Per-capita and household net income of a statement ({@code rg_income_compute}), rg_money.
   *
   * @param counted {@link IncomeStatement#TRANSFER_ITEMS} flags (true = the item counts), or null
   *     for the built-in defaults
   */
  public static long[] computeIncome(IncomeStatement statement, boolean[] counted) {
    Store.requireNonNull(statement, "statement");
    byte[] c = null;
    if (counted != null) {
      if (counted.length != IncomeStatement.TRANSFER_ITEMS) {
        throw new InvalidArgumentException("counted: " + counted.length + " flags, "
            + IncomeStatement.TRANSFER_ITEMS + " expected (RG_TRANSFER_ITEMS)");
      }
      c = new byte[counted.length];
      for (int i = 0; i < c.length; i++) {
        c[i] = HouseholdRecord.flag(counted[i]);
      }
    }
    HouseholdsStructs.IncomeRecord r = statement.toNative();
    LongByReference perCapita = new LongByReference();
    LongByReference net = new LongByReference();
    check(RG.rg_income_compute(perCapita, net, r.getPointer(), c));
    return new long[] {perCapita.getValue(), net.getValue()};
  }

  /** Row counts: regions, households, members, income statements. */
  public static long[] count(Store store) {
    Store.requireNonNull(store, "store");
    return store.exclusive(s -> {
      LongByReference[] r = {new LongByReference(), new LongByReference(), new LongByReference(),
          new LongByReference()};
      check(RG.rg_households_count(r[0], r[1], r[2], r[3], s));
      return new long[] {r[0].getValue(), r[1].getValue(), r[2].getValue(), r[3].getValue()};
    });
  }

  /**
   * Imports the CSV files in one transaction ({@code rg_households_import_csv}). In
   * {@link CsvImportMode#ALL_OR_NOTHING} mode any row error rolls everything back and throws
   * {@link ParseException} (the first error); with {@link CsvImportMode#COMMIT_VALID_ROWS} the
   * valid rows are committed and the others go to "file.rejects.csv". {@code onError} (may be
   * null) sees every error, on this thread, during the call.
   *
   * @param asOf date for the age-dependent member rules
   */
  public static CsvImportResult importCsv(Store store, CsvFiles files, CsvImportMode mode,
      LocalDate asOf, Consumer<CsvError> onError) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(files, "files");
    Store.requireNonNull(mode, "mode");
    List<Object> keep = new ArrayList<>();
    HouseholdsStructs.CsvFiles f = files.toNative(keep);
    HouseholdsStructs.CsvImportOptions o = new HouseholdsStructs.CsvImportOptions();
    RG.rg_csv_import_options_init(o.getPointer());
    o.read();
    o.mode = (byte) mode.code();
    if (asOf != null) {
      o.as_of = Dates.toRgDate(asOf);
    }
    RuntimeException[] thrown = new RuntimeException[1];
    CsvErrorCallback callback = onError == null ? null : (context, e) -> {
      try {
        HouseholdsStructs.CsvError c = new HouseholdsStructs.CsvError(e);
        onError.accept(new CsvError(Lib.cString(c.file), c.line, c.column,
            Lib.cString(c.column_name), Lib.cString(c.rule), Lib.cString(c.message)));
      } catch (RuntimeException x) {
        if (thrown[0] == null) {
          thrown[0] = x;  // never let an exception unwind into C; rethrown after the call
        }
      }
    };
    o.on_error = callback;
    o.write();
    HouseholdsStructs.CsvImportResult r = new HouseholdsStructs.CsvImportResult();
    r.struct_size = r.size();
    r.write();
    int status = store.exclusive(s ->
        RG.rg_households_import_csv(r.getPointer(), s, f.getPointer(), o.getPointer()));
    String message = status == 0 ? "" : Lib.lastErrorMessage();
    Reference.reachabilityFence(callback);
    Reference.reachabilityFence(keep);
    Reference.reachabilityFence(f);
    Reference.reachabilityFence(o);
    if (thrown[0] != null) {
      throw thrown[0];
    }
    if (status != 0) {
      throw RuralguardException.forStatus(status, message);
    }
    r.read();
    return new CsvImportResult(r.committed != 0, r.rows.clone(), r.imported.clone(),
        r.rejected.clone(), r.errors_total, r.warnings_total);
  }

  /** Writes every row in the import format, English headers, ID numbers masked. */
  public static void exportCsv(Store store, CsvFiles files) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(files, "files");
    List<Object> keep = new ArrayList<>();
    HouseholdsStructs.CsvFiles f = files.toNative(keep);
    store.exclusive(s -> {
      check(RG.rg_households_export_csv(s, f.getPointer()));
      return null;
    });
    Reference.reachabilityFence(keep);
    Reference.reachabilityFence(f);
  }

  /**
   * Runs every data-quality rule over the store on {@code asOf}. Returns the counts indexed by rule
   * id (slot 0 unused, {@link DqRule#COUNT} + 1 slots); {@code onFinding} (may be null) sees the
   * first {@code findingsMax} findings.
   */
  public static long[] validate(Store store, LocalDate asOf, Consumer<DqFinding> onFinding,
      long findingsMax) {
    Store.requireNonNull(store, "store");
    int date = Dates.toRgDate(asOf);
    RuntimeException[] thrown = new RuntimeException[1];
    DqFindingCallback callback = onFinding == null ? null : (context, p) -> {
      try {
        HouseholdsStructs.DqFinding d = new HouseholdsStructs.DqFinding(p);
        onFinding.accept(new DqFinding(Short.toUnsignedInt(d.rule), DqSeverity.of(d.severity),
            Lib.cString(d.household_id), Lib.cString(d.person_id), Lib.cString(d.field),
            Lib.cString(d.value), Lib.cString(d.message_en), Lib.cString(d.message_zh)));
      } catch (RuntimeException x) {
        if (thrown[0] == null) {
          thrown[0] = x;
        }
      }
    };
    try (Memory counts = new Memory(8L * (DqRule.COUNT + 1))) {
      LongByReference total = new LongByReference();
      store.exclusive(s -> {
        check(RG.rg_households_validate(counts, total, s, date, callback, null, findingsMax));
        return null;
      });
      Reference.reachabilityFence(callback);
      if (thrown[0] != null) {
        throw thrown[0];
      }
      return counts.getLongArray(0, DqRule.COUNT + 1);
    }
  }
}
