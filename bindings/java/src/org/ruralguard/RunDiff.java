package org.ruralguard;

/**
 * The difference between two stored assessment runs ({@link Risk#diffRuns}): household keys
 * ascending, and for changed levels the levels before and after (RG_LEVEL_* codes).
 */
public record RunDiff(long[] entered, long[] left, long[] levelChanged, byte[] levelFrom,
    byte[] levelTo) {}
