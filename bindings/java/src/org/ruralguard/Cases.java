package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Memory;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralguard.internal.CasesStructs;
import org.ruralguard.internal.Text;

/**
 * Monitoring cases in a {@link Store} (docs/monitoring.md): department records, the identification
 * and elimination procedure, measures, visits, alerts, public notices and case counts. Every call
 * is all-or-nothing and follows the store's thread rule.
 */
public final class Cases {
  private Cases() {}

  /**
   * Screens department records with the policy's thresholds, stores a clue per new trigger and
   * opens cases ({@code rg_cases_ingest}); one C call for all records.
   */
  public static IngestResult ingest(Store store, Policy policy, DepartmentRecords records) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(policy, "policy");
    Store.requireNonNull(records, "records");
    List<Object> keep = CaseStep.keep();
    CasesStructs.DepartmentRecords r = records.toNative(keep);
    int n = (int) r.count;
    try (Memory status = new Memory(4L * n + 4)) {
      CasesStructs.IngestResult out = new CasesStructs.IngestResult();
      out.struct_size = out.size();
      out.write();
      store.exclusive(s -> policy.shared(p -> {
        check(RG.rg_cases_ingest(out.getPointer(), status, s, p, r.getPointer()));
        return null;
      }));
      CaseStep.release(keep);
      out.read();
      return new IngestResult(out.records, out.rejected_records, out.below_threshold,
          out.duplicates, out.clues_raised, out.cases_opened, out.attached_to_open_case,
          status.getIntArray(0, n));
    }
  }

  /** Opens a case from a clue of another channel; returns the case id. */
  public static long open(Store store, long householdKey, Channel channel, LocalDate found,
      String note) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(channel, "channel");
    int date = Dates.toRgDate(found);
    byte[] n = Text.utf8(note);
    return store.exclusive(s -> {
      LongByReference id = new LongByReference();
      check(RG.rg_case_open(id, s, householdKey, channel.code(), date, n, Text.length(n)));
      return id.getValue();
    });
  }

  /** Applies a step to a case; returns the new state. */
  public static CaseState advance(Store store, Policy policy, long caseId, CaseStep step) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(policy, "policy");
    Store.requireNonNull(step, "step");
    List<Object> keep = CaseStep.keep();
    CasesStructs.CaseStep s0 = step.toNative(keep);
    CaseState state = store.exclusive(s -> policy.shared(p -> {
      ByteByReference out = new ByteByReference();
      check(RG.rg_case_advance(out, s, p, caseId, s0.getPointer()));
      return CaseState.of(out.getValue());
    }));
    CaseStep.release(keep);
    return state;
  }

  /** Reads a case. */
  public static CaseInfo get(Store store, long caseId) {
    Store.requireNonNull(store, "store");
    return store.exclusive(s -> {
      CasesStructs.CaseInfo c = new CasesStructs.CaseInfo();
      c.struct_size = c.size();
      c.write();
      check(RG.rg_case_get(c.getPointer(), s, caseId));
      c.read();
      return new CaseInfo(c.case_id, c.household_key, CaseState.of(c.state),
          Category.of(c.category), Level.of(c.level), Channel.of(c.channel),
          CodedEnum.fromMask(RiskType.class, Integer.toUnsignedLong(c.risk_mask)),
          Dates.fromRgDate(c.found), Dates.fromRgDateOrNull(c.identified),
          Dates.fromRgDateOrNull(c.eliminated), c.rollbacks, c.events);
    });
  }

  /** Records an assistance measure for a monitored case; end may be null. Returns its id. */
  public static long addMeasure(Store store, long caseId, MeasureCategory category,
      LocalDate start, LocalDate end, long plannedAmount, MeasureStatus status, String content,
      String actor) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(category, "category");
    Store.requireNonNull(status, "status");
    int from = Dates.toRgDate(start);
    int to = Dates.toRgDateOrNone(end);
    byte[] c = Text.utf8(content);
    byte[] a = Text.utf8(actor);
    return store.exclusive(s -> {
      LongByReference id = new LongByReference();
      check(RG.rg_case_add_measure(id, s, caseId, category.code(), from, to, plannedAmount,
          status.code(), c, Text.length(c), a, Text.length(a)));
      return id.getValue();
    });
  }

  /** planned -> implemented -> ended. */
  public static void setMeasureStatus(Store store, long measureId, MeasureStatus status,
      LocalDate date, String actor) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(status, "status");
    int d = Dates.toRgDate(date);
    byte[] a = Text.utf8(actor);
    store.exclusive(s -> {
      check(RG.rg_case_set_measure_status(s, measureId, status.code(), d, a, Text.length(a)));
      return null;
    });
  }

  /** Logs a visit; returns its id. */
  public static long recordVisit(Store store, long caseId, LocalDate date, String visitor,
      String findings) {
    Store.requireNonNull(store, "store");
    int d = Dates.toRgDate(date);
    byte[] v = Text.utf8(visitor);
    byte[] f = Text.utf8(findings);
    return store.exclusive(s -> {
      LongByReference id = new LongByReference();
      check(RG.rg_case_record_visit(id, s, caseId, d, v, Text.length(v), f, Text.length(f)));
      return id.getValue();
    });
  }

  /** Evaluates the alert rules for every open case: {raised, still open, auto-resolved}. */
  public static long[] scanAlerts(Store store, Policy policy, LocalDate asOf) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(policy, "policy");
    int d = Dates.toRgDate(asOf);
    return store.exclusive(s -> policy.shared(p -> {
      LongByReference raised = new LongByReference();
      LongByReference open = new LongByReference();
      LongByReference resolved = new LongByReference();
      check(RG.rg_alerts_scan(raised, open, resolved, s, p, d));
      return new long[] {raised.getValue(), open.getValue(), resolved.getValue()};
    }));
  }

  /** Alerts in {@code state} (null: all), urgent first. */
  public static List<Alert> listAlerts(Store store, AlertState state) {
    Store.requireNonNull(store, "store");
    int st = state == null ? 0 : state.code();
    return store.exclusive(s -> {
      PointerByReference list = new PointerByReference();
      check(RG.rg_alerts_list(list, s, st));
      try {
        LongByReference count = new LongByReference();
        check(RG.rg_alert_list_count(count, list.getValue()));
        List<Alert> out = new ArrayList<>();
        for (long i = 0; i < count.getValue(); i++) {
          long index = i;
          CasesStructs.AlertInfo a = new CasesStructs.AlertInfo();
          a.struct_size = a.size();
          a.write();
          String message = Text.read((buf, cap, len) ->
              RG.rg_alert_list_get(a.getPointer(), buf, cap, len, list.getValue(), index), 512);
          a.read();
          out.add(new Alert(a.alert_id, a.case_id, AlertKind.of(a.kind), AlertState.of(a.state),
              a.priority, Dates.fromRgDate(a.raised), message));
        }
        return out;
      } finally {
        RG.rg_alert_list_free(list.getValue());
      }
    });
  }

  /** active -> acknowledged. */
  public static void acknowledgeAlert(Store store, long alertId, LocalDate when, String who,
      String note) {
    alert(store, alertId, when, who, note, false);
  }

  /** acknowledged -> resolved. */
  public static void resolveAlert(Store store, long alertId, LocalDate when, String who,
      String note) {
    alert(store, alertId, when, who, note, true);
  }

  private static void alert(Store store, long alertId, LocalDate when, String who, String note,
      boolean resolve) {
    Store.requireNonNull(store, "store");
    int d = Dates.toRgDate(when);
    byte[] w = Text.utf8(who);
    byte[] n = Text.utf8(note);
    store.exclusive(s -> {
      check(resolve ? RG.rg_alert_resolve(s, alertId, d, w, Text.length(w), n, Text.length(n))
          : RG.rg_alert_acknowledge(s, alertId, d, w, Text.length(w), n, Text.length(n)));
      return null;
    });
  }

  /** The village public notice (zh-CN) of a case, personal data redacted. */
  public static String notice(Store store, long caseId, String headNameMasked,
      boolean elimination) {
    Store.requireNonNull(store, "store");
    byte[] h = Text.utf8(headNameMasked);
    return store.exclusive(s -> Text.read((out, cap, len) -> RG.rg_case_notice(out, cap, len, s,
        caseId, h, Text.length(h), HouseholdRecord.flag(elimination)), 4096));
  }

  /** Case counts for reports on {@code asOf}. */
  public static CaseReport report(Store store, Policy policy, LocalDate asOf) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(policy, "policy");
    int d = Dates.toRgDate(asOf);
    return store.exclusive(s -> policy.shared(p -> {
      CasesStructs.CaseReport r = new CasesStructs.CaseReport();
      r.struct_size = r.size();
      r.write();
      check(RG.rg_cases_report(r.getPointer(), s, p, d));
      r.read();
      return new CaseReport(r.by_state.clone(), r.by_category.clone(), r.by_level.clone(),
          r.under_monitoring, r.with_measure, r.eliminated, r.identified_total,
          r.identification_days_sum, r.overdue_visits);
    }));
  }
}
