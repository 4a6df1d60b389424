package org.ruralguard;

/**
 * Counts of a CSV import ({@code rg_csv_import_result}); arrays indexed 0 regions, 1 households,
 * 2 members, 3 income.
 */
public record CsvImportResult(boolean committed, long[] rows, long[] imported, long[] rejected,
    long errorsTotal, long warningsTotal) {}
