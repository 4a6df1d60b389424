import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import org.ruralguard.AssessmentResults;
import org.ruralguard.Category;
import org.ruralguard.CsvFiles;
import org.ruralguard.CsvImportMode;
import org.ruralguard.CsvImportResult;
import org.ruralguard.HouseholdColumns;
import org.ruralguard.HouseholdTable;
import org.ruralguard.Level;
import org.ruralguard.Policy;
import org.ruralguard.Risk;
import org.ruralguard.Store;
import org.ruralguard.SyntheticCounty;
import org.ruralguard.Households;

/**
 * Embedding ruralguard from Java, the path a vendor's system takes: the county's CSV files (here
 * written by the synthetic generator, standing in for the vendor's export) are imported into the
 * store in one transaction, loaded as columns and assessed in one batch call against the
 * province's policy; the program prints the monitoring picture and the warning levels.
 *
 * <p>Usage: {@code java -Druralguard.library=.../libruralguard.so -cp ... CountyExample [dir]}
 * (default: a new temporary directory; it writes county.db and four CSV files there).
 */
public final class CountyExample {
  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 ? Paths.get(args[0]) : Files.createTempDirectory("rg-county-");
    Files.createDirectories(dir);
    for (String name : new String[] {"county.db", "county.db-wal", "county.db-shm",
        "county.db.idkey", "regions.csv", "households.csv", "members.csv", "income.csv"}) {
      Files.deleteIfExists(dir.resolve(name));  // start from nothing
    }
    CsvFiles files = CsvFiles.in(dir);

    // 1. The vendor's export: 2,000 households of a county in Chongqing.
    SyntheticCounty.writeCsv(files, SyntheticCounty.Options.defaults().with(2000, 20, 7));

    LocalDate asOf = LocalDate.of(2025, 3, 31);
    try (Store store = Store.open(dir.resolve("county.db").toString());
        Policy policy = Policy.defaultFor("53", 2025)) {
      // 2. Import: all or nothing; every error names file, line, column and rule.
      CsvImportResult imported = Households.importCsv(store, files, CsvImportMode.ALL_OR_NOTHING,
          null, e -> System.err.printf("%s:%d: column %d (%s): %s [%s]%n", e.file(), e.line(),
              e.column(), e.columnName(), e.message(), e.rule()));
      System.out.printf("imported %d households, %d members, %d income statements%n",
          imported.imported()[1], imported.imported()[2], imported.imported()[3]);

      // 3. Columns for the batch, without a copy; 4. one C call for the whole county.
      try (HouseholdTable table = HouseholdTable.load(store, asOf, null);
          HouseholdColumns in = table.columns();
          AssessmentResults out = Risk.assessBatch(in, policy, asOf)) {
        byte[] within = out.withinMonitoring();
        byte[] level = out.level();
        byte[] category = out.category();
        int[] status = out.status();
        long monitored = 0;
        long[] byLevel = new long[4];
        long[] byCategory = new long[4];
        for (int i = 0; i < within.length; i++) {
          if (status[i] != 0) {
            continue;  // a row with bad data: its status says why
          }
          monitored += within[i];
          byLevel[level[i]]++;
          if (within[i] != 0) {
            byCategory[category[i]]++;
          }
        }
        System.out.printf("assessed %d households as of %s (%d rows refused)%n", out.count(), asOf,
            out.failed());
        System.out.printf("within monitoring: %d (unstable formerly poor %d, marginal %d, sudden "
            + "severe %d)%n", monitored, byCategory[Category.UNSTABLE_FORMERLY_POOR.code()],
            byCategory[Category.MARGINAL.code()], byCategory[Category.SUDDEN_SEVERE.code()]);
        System.out.printf("warning levels: red %d, yellow %d, blue %d%n",
            byLevel[Level.RED.code()], byLevel[Level.YELLOW.code()], byLevel[Level.BLUE.code()]);
        for (int i = 0; i < level.length; i++) {
          if (status[i] == 0 && level[i] == Level.RED.code()) {
            System.out.println("first red household: " + table.householdId(i));
            break;
          }
        }
      }
    }
  }
}
