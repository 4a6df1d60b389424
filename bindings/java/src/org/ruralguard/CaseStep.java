package org.ruralguard;

import java.lang.ref.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ruralguard.internal.CasesStructs;
import org.ruralguard.internal.Lib;
import org.ruralguard.internal.Text;

/**
 * One step of the case procedure ({@code rg_case_step}) for {@link Cases#advance}; fields a step
 * does not use are ignored. Starts as {@code rg_case_step_init} leaves it (comparison passed,
 * dates none). Mutable, fluent; not thread-safe.
 */
public final class CaseStep {
  private final CaseStepKind step;
  private final LocalDate date;
  private boolean consentSigned;
  private boolean comparisonPassed = true;
  private Category category = Category.NONE;
  private Level level = Level.NONE;
  private EliminationKind eliminationKind;
  private Set<RiskType> riskTypes = EnumSet.noneOf(RiskType.class);
  private int votesFor;
  private int votesAgainst;
  private LocalDate noticeStart;
  private LocalDate noticeEnd;
  private LocalDate incomeStableSince;
  private String actor;
  private String note;
  private String contactName;
  private String contactPhone;
  private String contactRank;
  private Role role = Role.UNSPECIFIED;
  private Category proposedCategory = Category.NONE;

  public CaseStep(CaseStepKind step, LocalDate date) {
    this.step = step;
    this.date = date;
  }

  public CaseStep consentSigned(boolean v) {
    consentSigned = v;
    return this;
  }

  public CaseStep comparisonPassed(boolean v) {
    comparisonPassed = v;
    return this;
  }

  /** Identification approval: category, level and risks. */
  public CaseStep identification(Category c, Level l, Set<RiskType> risks) {
    category = c;
    level = l;
    riskTypes = risks;
    return this;
  }

  /** The level after a rollback. */
  public CaseStep level(Level l) {
    level = l;
    return this;
  }

  /** Elimination approval: the kind and since when income is stable (null if not). */
  public CaseStep elimination(EliminationKind k, LocalDate stableSince) {
    eliminationKind = k;
    incomeStableSince = stableSince;
    return this;
  }

  public CaseStep votes(int forVotes, int againstVotes) {
    votesFor = forVotes;
    votesAgainst = againstVotes;
    return this;
  }

  public CaseStep notice(LocalDate start, LocalDate end) {
    noticeStart = start;
    noticeEnd = end;
    return this;
  }

  public CaseStep actor(String v) {
    actor = v;
    return this;
  }

  public CaseStep note(String v) {
    note = v;
    return this;
  }

  /** The monitoring contact person (identification approval). */
  public CaseStep contact(String name, String phone, String rank) {
    contactName = name;
    contactPhone = phone;
    contactRank = rank;
    return this;
  }

  /** The actor's role (issue 16): the policy's role model decides which roles may do the step. */
  public CaseStep role(Role r) {
    role = r;
    return this;
  }

  /** The category the village proposes at verify / review; the running notice shows it. */
  public CaseStep proposedCategory(Category c) {
    proposedCategory = c;
    return this;
  }

  /** The C struct; {@code keep} holds its text until the call returns. */
  CasesStructs.CaseStep toNative(List<Object> keep) {
    Store.requireNonNull(step, "step.kind");
    Store.requireNonNull(category, "step.category");
    Store.requireNonNull(level, "step.level");
    Store.requireNonNull(riskTypes, "step.riskTypes");
    CasesStructs.CaseStep s = new CasesStructs.CaseStep();
    Lib.RG.rg_case_step_init(s.getPointer());
    s.read();
    s.step = (byte) step.code();
    s.consent_signed = HouseholdRecord.flag(consentSigned);
    s.comparison_passed = HouseholdRecord.flag(comparisonPassed);
    s.category = (byte) category.code();
    s.role = (byte) (role == null ? 0 : role.code());
    s.proposed_category = (byte) (proposedCategory == null ? 0 : proposedCategory.code());
    s.level = (byte) level.code();
    s.elimination_kind = (byte) (eliminationKind == null ? 0 : eliminationKind.code());
    s.risk_mask = (int) CodedEnum.mask(riskTypes);
    s.date = Dates.toRgDate(date);
    s.votes_for = votesFor;
    s.votes_against = votesAgainst;
    s.notice_start = Dates.toRgDateOrNone(noticeStart);
    s.notice_end = Dates.toRgDateOrNone(noticeEnd);
    s.income_stable_since = Dates.toRgDateOrNone(incomeStableSince);
    s.actor = text(actor, keep);
    s.actor_len = Text.length(Text.utf8(actor));
    s.note = text(note, keep);
    s.note_len = Text.length(Text.utf8(note));
    s.contact_name = text(contactName, keep);
    s.contact_name_len = Text.length(Text.utf8(contactName));
    s.contact_phone = text(contactPhone, keep);
    s.contact_phone_len = Text.length(Text.utf8(contactPhone));
    s.contact_rank = text(contactRank, keep);
    s.contact_rank_len = Text.length(Text.utf8(contactRank));
    s.write();
    keep.add(s);
    return s;
  }

  private static com.sun.jna.Pointer text(String v, List<Object> keep) {
    com.sun.jna.Memory m = Text.memory(v);
    keep.add(m);
    return m;
  }

  static List<Object> keep() {
    return new ArrayList<>();
  }

  static void release(List<Object> keep) {
    Reference.reachabilityFence(keep);
  }
}
