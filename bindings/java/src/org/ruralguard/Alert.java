package org.ruralguard;

import java.time.LocalDate;

/**
 * An alert ({@code rg_alert_info}) and its English message.
 *
 * @param priority 1 urgent .. 3 low
 */
public record Alert(long alertId, long caseId, AlertKind kind, AlertState state, int priority,
    LocalDate raised, String message) {}
