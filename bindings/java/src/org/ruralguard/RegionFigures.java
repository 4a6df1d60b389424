package org.ruralguard;

/**
 * Key figures of one region summary ({@code rg_region_figures}); money in rg_money units.
 *
 * @param region 12-digit code; 0 unassigned, -1 (UINT64_MAX) several provinces
 * @param householdsByType indexed by {@link HouseholdKind#code()} (slot 0 unused)
 * @param monitoredByLevel indexed by {@link Level#code()}
 * @param fpIncomePeopleSum sum of per-capita income x people of the formerly poor
 * @param allocated indexed by {@link FundLevel#code()} - 1
 */
public record RegionFigures(long region, long[] householdsByType, long[] peopleByType,
    long assessed, long monitored, long[] monitoredByLevel, long casesUnderMonitoring,
    long casesWithMeasure, long casesEliminated, long fpPeopleWithIncome, long fpIncomePeopleSum,
    long[] allocated, long[] disbursed, long industryDisbursed, long projects,
    long projectsCompleted) {}
