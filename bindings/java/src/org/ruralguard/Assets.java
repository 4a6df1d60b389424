package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ruralguard.AssetRecords.CountyPolicy;
import org.ruralguard.AssetRecords.Draft;
import org.ruralguard.AssetRecords.Event;
import org.ruralguard.AssetRecords.IncomeRow;
import org.ruralguard.AssetRecords.Info;
import org.ruralguard.AssetRecords.Management;
import org.ruralguard.AssetRecords.Plan;
import org.ruralguard.AssetRecords.PlanPurpose;
import org.ruralguard.AssetRecords.Share;
import org.ruralguard.AssetRecords.TotalsRow;
import org.ruralguard.AssetRecords.Warning;
import org.ruralguard.internal.AssetsStructs;
import org.ruralguard.internal.NativeHandle;
import org.ruralguard.internal.Rows;
import org.ruralguard.internal.Text;

/**
 * Project assets ({@code rg_assets*}, docs/assets.md): capitalisation of completed projects, the
 * lifecycle (registered -> ownership confirmed -> handed over -> operating / idle / damaged ->
 * disposal pending -> disposed), income distribution plans paid through the ledger, warnings,
 * reconciliation and reports. Each writing call is all-or-nothing.
 *
 * <p>Threads and lifetime: lives on a {@link Ledger} and shares its store's lock; closing the
 * ledger or the store closes it first. {@link #close()} is idempotent.
 */
public final class Assets extends NativeHandle {
  private final Ledger ledger;

  private Assets(Pointer p, Ledger ledger) {
    super(p, "assets of " + ledger.store().path(), ledger.store().sharedLock());
    this.ledger = ledger;
  }

  /** Opens the asset registry on the ledger's store (loads every asset and plan). */
  public static Assets open(Ledger ledger) {
    Store.requireNonNull(ledger, "ledger");
    return ledger.exclusive(l -> {
      PointerByReference out = new PointerByReference();
      check(RG.rg_assets_open(out, l));
      Assets a = new Assets(out.getValue(), ledger);
      ledger.store().addDependent(a);
      return a;
    });
  }

  Ledger ledger() {
    return ledger;
  }

  /** The library's default county options. */
  public static CountyPolicy defaultPolicy() {
    AssetsStructs.AssetPolicy p = new AssetsStructs.AssetPolicy();
    RG.rg_asset_policy_init(p.getPointer());
    p.read();
    return new CountyPolicy(bits(Purpose.class, p.forbidden_purposes),
        bits(DisposalReason.class, p.allowed_disposal_reasons),
        bits(DisposalMethod.class, p.allowed_disposal_methods), p.notice_days_min);
  }

  private static <E extends Enum<E> & CodedEnum> Set<E> bits(Class<E> type, int mask) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if ((mask & (1 << e.code())) != 0) {
        set.add(e);
      }
    }
    return set;
  }

  private static <E extends Enum<E> & CodedEnum> int mask(Set<E> set, String field) {
    Store.requireNonNull(set, field);
    int m = 0;
    for (E e : set) {
      m |= 1 << e.code();
    }
    return m;
  }

  /** Replaces the handle's county options (kept in memory, not stored). */
  public void setPolicy(CountyPolicy policy) {
    Store.requireNonNull(policy, "policy");
    AssetsStructs.AssetPolicy p = new AssetsStructs.AssetPolicy();
    p.struct_size = p.size();
    p.forbidden_purposes = mask(policy.forbiddenPurposes(), "policy.forbiddenPurposes");
    p.allowed_disposal_reasons = mask(policy.allowedDisposalReasons(), "policy.allowedDisposalReasons");
    p.allowed_disposal_methods = mask(policy.allowedDisposalMethods(), "policy.allowedDisposalMethods");
    p.notice_days_min = policy.noticeDaysMin();
    p.write();
    exclusive(a -> {
      check(RG.rg_assets_set_policy(a, p.getPointer()));
      return null;
    });
  }

  /** The project's settled amount (net disbursements) up to {@code asOf}. */
  public long settledAmount(long projectId, LocalDate asOf) {
    int d = Dates.toRgDate(asOf);
    return exclusive(a -> {
      LongByReference out = new LongByReference();
      check(RG.rg_assets_settled_amount(out, a, projectId, d));
      return out.getValue();
    });
  }

  /** Capitalises a completed project into registered assets, all or none. */
  public void capitalise(long projectId, LocalDate date, List<Draft> drafts) {
    Store.requireNonNull(drafts, "drafts");
    int d = Dates.toRgDate(date);
    int n = drafts.size();
    List<Object> keep = new ArrayList<>();
    AssetsStructs.AssetDraft[] rows =
        (AssetsStructs.AssetDraft[]) new AssetsStructs.AssetDraft().toArray(Math.max(1, n));
    for (int i = 0; i < n; i++) {
      Draft x = drafts.get(i);
      Store.requireNonNull(x, "drafts[" + i + "]");
      Store.requireNonNull(x.assetClass(), "drafts[" + i + "].assetClass");
      Store.requireNonNull(x.subtype(), "drafts[" + i + "].subtype");
      AssetsStructs.AssetDraft r = rows[i];
      r.id = x.id();
      r.region = x.region();
      r.value = x.value();
      r.name = text(x.name(), keep);
      r.name_len = Text.length(Text.utf8(x.name()));
      r.location = text(x.location(), keep);
      r.location_len = Text.length(Text.utf8(x.location()));
      r.owner_name = text(x.ownerName(), keep);
      r.owner_name_len = Text.length(Text.utf8(x.ownerName()));
      management(r.management, x.management(), keep);
      r.asset_class = (byte) x.assetClass().code();
      r.subtype = (byte) x.subtype().code();
      r.owner = (byte) (x.owner() == null ? 0 : x.owner().code());
      r.rights = new byte[5];
      if (x.rights() != null) {
        if (x.rights().length != 5) {
          throw new InvalidArgumentException("drafts[" + i + "].rights: " + x.rights().length
              + " parties, 5 expected (one per right)");
        }
        for (int k = 0; k < 5; k++) {
          r.rights[k] = (byte) (x.rights()[k] == null ? 0 : x.rights()[k].code());
        }
      }
      r.write();
    }
    exclusive(a -> {
      check(RG.rg_assets_capitalise(a, projectId, d, rows[0].getPointer(), n));
      return null;
    });
    Reference.reachabilityFence(keep);
  }

  private static Pointer text(String s, List<Object> keep) {
    com.sun.jna.Memory m = Text.memory(s);
    keep.add(m);
    return m;
  }

  private static void management(AssetsStructs.AssetManagement m, Management x, List<Object> keep) {
    Store.requireNonNull(x, "management");
    Store.requireNonNull(x.mode(), "management.mode");
    Store.requireNonNull(x.farmerLink(), "management.farmerLink");
    m.custodian = text(x.custodian(), keep);
    m.custodian_len = Text.length(Text.utf8(x.custodian()));
    m.operator_name = text(x.operatorName(), keep);
    m.operator_name_len = Text.length(Text.utf8(x.operatorName()));
    m.planned_income_per_year = x.plannedIncomePerYear();
    m.income_account_id = x.incomeAccountId();
    m.farmer_link_households = x.farmerLinkHouseholds();
    m.mode = (byte) x.mode().code();
    m.farmer_link = (byte) x.farmerLink().code();
  }

  /** The asset's numeric state. */
  public Info get(long assetId) {
    return exclusive(a -> {
      AssetsStructs.AssetInfo i = new AssetsStructs.AssetInfo();
      check(RG.rg_assets_get(i.getPointer(), a, assetId));
      i.read();
      return new Info(i.id, i.project_id, i.region, i.income_account_id, i.value,
          i.planned_income_per_year, i.disposal_valuation, Dates.fromRgDate(i.registered),
          i.has_confirmed != 0 ? Dates.fromRgDate(i.confirmed) : null,
          i.has_handed_over != 0 ? Dates.fromRgDate(i.handed_over) : null,
          Dates.fromRgDate(i.status_since), Integer.toUnsignedLong(i.farmer_link_households),
          AssetClass.of(i.asset_class), AssetSubtype.of(i.subtype), Party.of(i.owner),
          OperationMode.of(i.mode), FarmerLink.of(i.farmer_link), AssetStatus.of(i.status),
          i.has_disposal != 0, i.disposal_reason, i.disposal_method, i.approvals_given,
          i.rights.clone(), i.has_custodian != 0);
    });
  }

  /** registered -> ownership confirmed, with the certificate. */
  public void confirmOwnership(long assetId, LocalDate date, String certificate) {
    int d = Dates.toRgDate(date);
    byte[] c = Text.utf8(certificate);
    exclusive(a -> {
      check(RG.rg_assets_confirm_ownership(a, assetId, d, c, Text.length(c)));
      return null;
    });
  }

  /** ownership confirmed -> handed over. */
  public void handOver(long assetId, LocalDate date) {
    int d = Dates.toRgDate(date);
    exclusive(a -> {
      check(RG.rg_assets_hand_over(a, assetId, d));
      return null;
    });
  }

  /** -> operating, idle or damaged. */
  public void setStatus(long assetId, AssetStatus status, LocalDate date) {
    Store.requireNonNull(status, "status");
    int d = Dates.toRgDate(date);
    exclusive(a -> {
      check(RG.rg_assets_set_status(a, assetId, (byte) status.code(), d));
      return null;
    });
  }

  /** Replaces the management fields; an event records the change. */
  public void setManagement(long assetId, Management management, LocalDate date) {
    int d = Dates.toRgDate(date);
    List<Object> keep = new ArrayList<>();
    AssetsStructs.AssetManagement m = new AssetsStructs.AssetManagement();
    management(m, management, keep);
    m.write();
    exclusive(a -> {
      check(RG.rg_assets_set_management(a, assetId, m.getPointer(), d));
      return null;
    });
    Reference.reachabilityFence(keep);
  }

  /** -> disposal pending, with a reason, a method and an appraised valuation. */
  public void requestDisposal(long assetId, DisposalReason reason, DisposalMethod method,
      long valuation, LocalDate date) {
    Store.requireNonNull(reason, "reason");
    Store.requireNonNull(method, "method");
    int d = Dates.toRgDate(date);
    exclusive(a -> {
      check(RG.rg_assets_request_disposal(a, assetId, (byte) reason.code(), (byte) method.code(),
          valuation, d));
      return null;
    });
  }

  /** Records the approval of {@code level} with its document, in chain order. */
  public void approveDisposal(long assetId, Approval level, LocalDate date, String document) {
    Store.requireNonNull(level, "level");
    int d = Dates.toRgDate(date);
    byte[] doc = Text.utf8(document);
    exclusive(a -> {
      check(RG.rg_assets_approve_disposal(a, assetId, (byte) level.code(), d, doc, Text.length(doc)));
      return null;
    });
  }

  /** disposal pending -> the status it came from. */
  public void withdrawDisposal(long assetId, LocalDate date) {
    int d = Dates.toRgDate(date);
    exclusive(a -> {
      check(RG.rg_assets_withdraw_disposal(a, assetId, d));
      return null;
    });
  }

  /** disposal pending -> disposed ({@link RefusedException} unless all four approvals were given). */
  public void dispose(long assetId, LocalDate date) {
    int d = Dates.toRgDate(date);
    exclusive(a -> {
      check(RG.rg_assets_dispose(a, assetId, d));
      return null;
    });
  }

  /** The asset's events in order. */
  public List<Event> events(long assetId) {
    return exclusive(a -> {
      List<Event> out = new ArrayList<>();
      for (AssetsStructs.AssetEvent e : Rows.read(AssetsStructs.AssetEvent::new,
          (p, cap, count) -> RG.rg_assets_events(p, cap, count, a, assetId), 16)) {
        out.add(new Event(e.sequence, Dates.fromRgDate(e.date), AssetEventKind.of(e.kind),
            e.from_status, e.to_status, Text.fromNul(e.note)));
      }
      return out;
    });
  }

  /** Records asset income in the ledger (one transfer with id (idHi, idLo)). */
  public void recordIncome(long assetId, long idHi, long idLo, long fromAccountId, long amount,
      LocalDate date) {
    int d = Dates.toRgDate(date);
    exclusive(a -> {
      check(RG.rg_assets_record_income(a, assetId, idHi, idLo, fromAccountId, amount, d));
      return null;
    });
  }

  /** Validates, splits and saves a distribution plan. */
  public void addDistribution(Plan plan) {
    Store.requireNonNull(plan, "plan");
    Store.requireNonNull(plan.purposes(), "plan.purposes");
    List<Object> keep = new ArrayList<>();
    int n = plan.purposes().size();
    AssetsStructs.DistributionPurpose[] rows = (AssetsStructs.DistributionPurpose[])
        new AssetsStructs.DistributionPurpose().toArray(Math.max(1, n));
    for (int i = 0; i < n; i++) {
      PlanPurpose x = plan.purposes().get(i);
      Store.requireNonNull(x, "plan.purposes[" + i + "]");
      Store.requireNonNull(x.purpose(), "plan.purposes[" + i + "].purpose");
      AssetsStructs.DistributionPurpose r = rows[i];
      long[] h = x.households() == null ? new long[0] : x.households();
      if (x.householdWeights() != null && x.householdWeights().length != h.length) {
        throw new InvalidArgumentException("plan.purposes[" + i + "].householdWeights: "
            + x.householdWeights().length + " weights for " + h.length + " households");
      }
      if (h.length > 0) {
        Memory hm = new Memory(8L * h.length);
        hm.write(0, h, 0, h.length);
        keep.add(hm);
        r.households = hm;
      }
      if (x.householdWeights() != null && h.length > 0) {
        Memory wm = new Memory(8L * h.length);
        wm.write(0, x.householdWeights(), 0, h.length);
        keep.add(wm);
        r.household_weights = wm;
      }
      r.household_count = h.length;
      r.weight = x.weight();
      r.amount = x.amount();
      r.payee_account_id = x.payeeAccountId();
      r.purpose = (byte) x.purpose().code();
      r.write();
    }
    AssetsStructs.DistributionPlan p = new AssetsStructs.DistributionPlan();
    RG.rg_distribution_plan_init(p.getPointer());
    p.read();
    p.year = plan.year();
    p.plan_id = plan.planId();
    p.asset_id = plan.assetId();
    p.income = plan.income();
    p.decision_document = text(plan.decisionDocument(), keep);
    p.decision_document_len = Text.length(Text.utf8(plan.decisionDocument()));
    p.decision_date = Dates.toRgDate(plan.decisionDate());
    p.attendees = plan.attendees();
    p.votes_for = plan.votesFor();
    p.votes_against = plan.votesAgainst();
    p.notice_start = Dates.toRgDate(plan.noticeStart());
    p.notice_end = Dates.toRgDate(plan.noticeEnd());
    p.first_transfer_id_hi = plan.firstTransferIdHi();
    p.first_transfer_id_lo = plan.firstTransferIdLo();
    p.purposes = n == 0 ? null : rows[0].getPointer();
    p.purpose_count = n;
    p.write();
    exclusive(a -> {
      check(RG.rg_assets_add_distribution(a, p.getPointer()));
      return null;
    });
    Reference.reachabilityFence(keep);
    Reference.reachabilityFence(rows);
  }

  /** The plan's shares, purpose by purpose. */
  public List<Share> distributionShares(long planId) {
    return exclusive(a -> {
      List<Share> out = new ArrayList<>();
      for (AssetsStructs.DistributionShare s : Rows.read(AssetsStructs.DistributionShare::new,
          (p, cap, count) -> RG.rg_assets_distribution_shares(p, cap, count, a, planId), 64)) {
        out.add(new Share(s.household_key, s.amount, s.line_amount, s.line, Purpose.of(s.purpose)));
      }
      return out;
    });
  }

  /** Pays a plan (one linked chain); true when every payment is in the ledger. */
  public boolean postDistribution(long planId, LocalDate date) {
    int d = Dates.toRgDate(date);
    return exclusive(a -> {
      ByteByReference paid = new ByteByReference();
      check(RG.rg_assets_post_distribution(paid, a, planId, d));
      return paid.getValue() != 0;
    });
  }

  /** Risk warnings and reconciliation as of {@code asOf} (income year: the year before). */
  public List<Warning> warnings(LocalDate asOf) {
    return warnings(asOf, 0);
  }

  /** Risk warnings and reconciliation as of {@code asOf} for {@code incomeYear} (0: the year before). */
  public List<Warning> warnings(LocalDate asOf, int incomeYear) {
    AssetsStructs.AssetWarningOptions o = new AssetsStructs.AssetWarningOptions();
    RG.rg_asset_warning_options_init(o.getPointer());
    o.read();
    o.as_of = Dates.toRgDate(asOf);
    o.income_year = incomeYear;
    o.write();
    return exclusive(a -> {
      List<Warning> out = new ArrayList<>();
      for (AssetsStructs.AssetWarning w : Rows.read(AssetsStructs.AssetWarning::new,
          (p, cap, count) -> RG.rg_assets_warnings(p, cap, count, a, o.getPointer()), 64)) {
        out.add(new Warning(AssetWarningKind.of(w.kind), w.asset_id, w.project_id, w.expected,
            w.actual, w.months));
      }
      return out;
    });
  }

  /** Counts and book values grouped by {@code by}. */
  public List<TotalsRow> totals(AssetTotalsBy by, int prefixDigits) {
    Store.requireNonNull(by, "by");
    return exclusive(a -> {
      List<TotalsRow> out = new ArrayList<>();
      for (AssetsStructs.AssetTotalsRow r : Rows.read(AssetsStructs.AssetTotalsRow::new,
          (p, cap, count) -> RG.rg_assets_totals(p, cap, count, a, by.code(), prefixDigits), 16)) {
        out.add(new TotalsRow(r.key, r.assets, r.value));
      }
      return out;
    });
  }

  /** Asset income and distribution per year, ascending. */
  public List<IncomeRow> incomeByYear() {
    return exclusive(a -> {
      List<IncomeRow> out = new ArrayList<>();
      for (AssetsStructs.AssetIncomeRow r : Rows.read(AssetsStructs.AssetIncomeRow::new,
          (p, cap, count) -> RG.rg_assets_income_by_year(p, cap, count, a), 16)) {
        out.add(new IncomeRow(r.year, r.income, r.planned, r.paid));
      }
      return out;
    });
  }

  /** The public notice (公示) of a plan as CSV. */
  public String noticeCsv(long planId) {
    return exclusive(a -> Text.read((out, cap, len) ->
        RG.rg_assets_notice_csv(out, cap, len, a, planId), 4096));
  }

  @Override
  protected void free(Pointer p) {
    RG.rg_assets_close(p);
    ledger.store().removeDependent(this);
  }
}
