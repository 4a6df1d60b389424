package org.ruralguard;

/**
 * What {@link Cases#ingest} did ({@code rg_ingest_result}); {@code status} has one element per
 * record: 0, or the row's rg_status (RG_ERANGE bad row, RG_ENOTFOUND unknown household).
 */
public record IngestResult(long records, long rejectedRecords, long belowThreshold,
    long duplicates, long cluesRaised, long casesOpened, long attachedToOpenCase, int[] status) {}
