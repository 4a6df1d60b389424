package org.ruralguard;

import org.ruralguard.internal.HouseholdsStructs;
import org.ruralguard.internal.Text;

/**
 * The four CSV files of docs/csv-format.md ({@code rg_csv_files}); a null path skips the entity.
 */
public record CsvFiles(String regions, String households, String members, String income) {
  /** regions.csv, households.csv, members.csv and income.csv in {@code directory}. */
  public static CsvFiles in(java.nio.file.Path directory) {
    return new CsvFiles(directory.resolve("regions.csv").toString(),
        directory.resolve("households.csv").toString(), directory.resolve("members.csv").toString(),
        directory.resolve("income.csv").toString());
  }

  /** The C struct; {@code keep} holds the path memory for the duration of the call. */
  HouseholdsStructs.CsvFiles toNative(java.util.List<Object> keep) {
    HouseholdsStructs.CsvFiles f = new HouseholdsStructs.CsvFiles();
    f.struct_size = f.size();
    byte[][] b = {Text.utf8(regions), Text.utf8(households), Text.utf8(members), Text.utf8(income)};
    com.sun.jna.Memory[] m = new com.sun.jna.Memory[4];
    String[] s = {regions, households, members, income};
    for (int i = 0; i < 4; i++) {
      m[i] = Text.memory(s[i]);
      keep.add(m[i]);
    }
    f.regions = m[0];
    f.regions_len = Text.length(b[0]);
    f.households = m[1];
    f.households_len = Text.length(b[1]);
    f.members = m[2];
    f.members_len = Text.length(b[2]);
    f.income = m[3];
    f.income_len = Text.length(b[3]);
    f.write();
    return f;
  }
}
