package org.ruralguard;

/**
 * One data-quality finding ({@code rg_dq_finding}), copied out of the callback; ID numbers
 * appear masked only.
 *
 * @param rule 1..RG_DQ_RULES (DQ001..)
 * @param personId "" for household-level findings
 */
public record DqFinding(int rule, DqSeverity severity, String householdId, String personId,
    String field, String value, String messageEn, String messageZh) {}
