package org.ruralguard;

import java.time.LocalDate;
import java.util.Set;

/**
 * A stored monitoring case ({@code rg_case_info}).
 *
 * @param identified null until monitored
 * @param eliminated null unless eliminated
 */
public record CaseInfo(long caseId, long householdKey, CaseState state, Category category,
    Level level, Channel channel, Set<RiskType> riskTypes, LocalDate found, LocalDate identified,
    LocalDate eliminated, int rollbacks, int events) {}
