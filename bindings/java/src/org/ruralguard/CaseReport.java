package org.ruralguard;

/**
 * Case counts for reports ({@code rg_case_report}).
 *
 * @param byState indexed by {@link CaseState#code()} (slot 0 unused)
 * @param byCategory cases under monitoring by {@link Category#code()}
 * @param byLevel cases under monitoring by {@link Level#code()}
 */
public record CaseReport(long[] byState, long[] byCategory, long[] byLevel, long underMonitoring,
    long withMeasure, long eliminated, long identifiedTotal, long identificationDaysSum,
    long overdueVisits) {}
