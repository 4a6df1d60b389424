package org.ruralguard;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ruralguard.internal.RiskStructs;

/**
 * One household's facts for {@link Risk#assess} ({@code rg_household_facts}); amounts in rg_money
 * units ({@link Money}). Mutable with fluent setters; starts as {@code rg_household_facts_init}
 * leaves it (previous income unknown, everything else zero). Not thread-safe.
 */
public final class HouseholdFacts {
  private HouseholdKind kind = HouseholdKind.ORDINARY;
  private Set<Guarantee> guaranteeFailures = EnumSet.noneOf(Guarantee.class);
  private Set<HouseholdEvent> events = EnumSet.noneOf(HouseholdEvent.class);
  private long regionCode;
  private long perCapitaIncome;
  private long previousPerCapitaIncome = Money.UNKNOWN;
  private long netIncome;
  private long medicalOutOfPocket;
  private long educationOutOfPocket;
  private LocalDate incomePeriodEnd;
  private int members;
  private int labourCapable;
  private int weakLabour;
  private int seriouslyIll;
  private int chronicallyIll;
  private int disabled;

  public HouseholdFacts kind(HouseholdKind v) {
    kind = v;
    return this;
  }

  public HouseholdFacts guaranteeFailures(Set<Guarantee> v) {
    guaranteeFailures = v;
    return this;
  }

  public HouseholdFacts events(Set<HouseholdEvent> v) {
    events = v;
    return this;
  }

  public HouseholdFacts regionCode(long v) {
    regionCode = v;
    return this;
  }

  /** 人均纯收入 of the current period, rg_money units. */
  public HouseholdFacts perCapitaIncome(long v) {
    perCapitaIncome = v;
    return this;
  }

  /** The previous period's per-capita income, or {@link Money#UNKNOWN}. */
  public HouseholdFacts previousPerCapitaIncome(long v) {
    previousPerCapitaIncome = v;
    return this;
  }

  /** 家庭纯收入, rg_money units. */
  public HouseholdFacts netIncome(long v) {
    netIncome = v;
    return this;
  }

  public HouseholdFacts medicalOutOfPocket(long v) {
    medicalOutOfPocket = v;
    return this;
  }

  public HouseholdFacts educationOutOfPocket(long v) {
    educationOutOfPocket = v;
    return this;
  }

  public HouseholdFacts incomePeriodEnd(LocalDate v) {
    incomePeriodEnd = v;
    return this;
  }

  public HouseholdFacts members(int v) {
    members = v;
    return this;
  }

  public HouseholdFacts labourCapable(int v) {
    labourCapable = v;
    return this;
  }

  public HouseholdFacts weakLabour(int v) {
    weakLabour = v;
    return this;
  }

  public HouseholdFacts seriouslyIll(int v) {
    seriouslyIll = v;
    return this;
  }

  public HouseholdFacts chronicallyIll(int v) {
    chronicallyIll = v;
    return this;
  }

  public HouseholdFacts disabled(int v) {
    disabled = v;
    return this;
  }

  /** The C struct, written to native memory. */
  RiskStructs.HouseholdFacts toNative() {
    Store.requireNonNull(kind, "facts.kind");
    Store.requireNonNull(guaranteeFailures, "facts.guaranteeFailures");
    Store.requireNonNull(events, "facts.events");
    Store.requireNonNull(incomePeriodEnd, "facts.incomePeriodEnd");
    RiskStructs.HouseholdFacts f = new RiskStructs.HouseholdFacts();
    org.ruralguard.internal.Lib.RG.rg_household_facts_init(f.getPointer());
    f.read();
    f.kind = (byte) kind.code();
    f.guarantee_failures = (byte) CodedEnum.mask(guaranteeFailures);
    f.events = (short) CodedEnum.mask(events);
    f.region_code = regionCode;
    f.per_capita_income = perCapitaIncome;
    f.previous_per_capita_income = previousPerCapitaIncome;
    f.net_income = netIncome;
    f.medical_out_of_pocket = medicalOutOfPocket;
    f.education_out_of_pocket = educationOutOfPocket;
    f.income_period_end = Dates.toRgDate(incomePeriodEnd);
    f.members = members;
    f.labour_capable = labourCapable;
    f.weak_labour = weakLabour;
    f.seriously_ill = seriouslyIll;
    f.chronically_ill = chronicallyIll;
    f.disabled = disabled;
    f.write();
    return f;
  }
}
