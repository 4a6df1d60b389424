package org.ruralguard;

import java.time.LocalDate;

/**
 * A monitored case's facts for {@link Risk#checkElimination} ({@code rg_case_facts}).
 *
 * @param identified 识别监测时间
 * @param incomeStableSince null when income is not stable above the threshold
 */
public record CaseFacts(LocalDate identified, int measuresImplemented, LocalDate incomeStableSince,
    boolean hasContactPerson) {}
