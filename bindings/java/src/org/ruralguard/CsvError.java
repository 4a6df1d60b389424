package org.ruralguard;

/**
 * One CSV import error ({@code rg_csv_error}), copied out of the callback.
 *
 * @param line 1-based line where the record starts (1 = header)
 * @param column 1-based field position, 0 = the whole row or file
 * @param rule "csv.money", "DQ002", ...
 * @param message English, names the record and the value
 */
public record CsvError(String file, long line, int column, String columnName, String rule,
    String message) {}
