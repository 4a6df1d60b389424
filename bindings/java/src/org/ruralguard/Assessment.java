package org.ruralguard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ruralguard.internal.RiskStructs;

/**
 * The result of {@link Risk#assess} ({@code rg_assessment}).
 *
 * @param nextVisit null when no visit is due
 * @param threshold the threshold that applied, rg_money units
 */
public record Assessment(boolean withinMonitoring, Category category, Level level,
    Set<RiskType> riskTypes, int score, LocalDate nextVisit, long threshold, List<Reason> reasons) {

  /**
   * One reason with its points.
   *
   * @param code 1 income below threshold, 2 income gap, 3 risk type, 4 guarantee failure,
   *     5 income after rigid spending below threshold
   * @param risk the risk type when code is 3, else null
   * @param detail the RG_GUARANTEE_* bit (code 4) or tenths short of the threshold (code 2)
   * @param value the amount the reason quotes (rg_money), 0 if none
   * @param limit the limit it is compared with (rg_money), 0 if none
   */
  public record Reason(int code, RiskType risk, int detail, int points, long value, long limit) {}

  static Assessment of(RiskStructs.Assessment a) {
    List<Reason> reasons = new ArrayList<>();
    for (int i = 0; i < Byte.toUnsignedInt(a.reason_count); i++) {
      RiskStructs.Reason r = a.reasons[i];
      reasons.add(new Reason(r.code, r.code == 3 ? RiskType.of(r.risk) : null,
          Byte.toUnsignedInt(r.detail), r.points, r.value, r.limit));
    }
    EnumSet<RiskType> risks = CodedEnum.fromMask(RiskType.class, Integer.toUnsignedLong(a.risk_mask));
    return new Assessment(a.within_monitoring != 0, Category.of(a.category), Level.of(a.level),
        risks, a.score, Dates.fromRgDateOrNull(a.next_visit), a.threshold, List.copyOf(reasons));
  }
}
