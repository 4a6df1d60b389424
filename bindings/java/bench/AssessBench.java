import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ruralguard.AssessmentResults;
import org.ruralguard.Dates;
import org.ruralguard.HouseholdColumns;
import org.ruralguard.Money;
import org.ruralguard.Policy;
import org.ruralguard.Risk;

/**
 * Times one Java call of {@link Risk#assessBatch} over N synthetic households (default 1,000,000),
 * the Java peer of BM_AssessBatch_CAbi in benchmarks/risk_bench.cpp: the same column
 * distributions, policy (province 53, 2025) and as-of date (2025-03-01). Run by hand:
 *
 * <pre>
 * java -Druralguard.library=build/release/src/libruralguard.so \
 *   -cp build/release/bindings/java/ruralguard-examples.jar:build/release/bindings/java/ruralguard-0.1.0.jar:/usr/share/java/jna.jar \
 *   AssessBench [households] [repeats]
 * </pre>
 *
 * Prints, per repeat, the time to copy the Java arrays into the native columns, the one C call
 * (wall and this thread's CPU time: on a shared machine the CPU time is the figure to compare with
 * Google Benchmark's "CPU" column), and the time to read the result columns back into Java arrays.
 */
public final class AssessBench {
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    SplittableRandom rng = new SplittableRandom(42);
    long[] region = new long[n];
    byte[] kind = new byte[n];
    long[] pci = new long[n];
    long[] prev = new long[n];
    long[] net = new long[n];
    long[] med = new long[n];
    long[] edu = new long[n];
    int[] end = new int[n];
    int[] members = new int[n];
    int[] labour = new int[n];
    int[] weak = new int[n];
    int[] serious = new int[n];
    int[] chronic = new int[n];
    int[] disabled = new int[n];
    byte[] guarantees = new byte[n];
    short[] events = new short[n];
    int periodEnd = Dates.toRgDate(LocalDate.of(2024, 12, 31));
    for (int i = 0; i < n; i++) {
      int m = 1 + rng.nextInt(6);
      long p = (rng.nextInt(42001) - 2000) * Money.UNITS_PER_YUAN;
      region[i] = 530122001000L + 1 + rng.nextInt(300);
      kind[i] = (byte) (1 + rng.nextInt(3));
      pci[i] = p;
      prev[i] = rng.nextInt(4) == 0 ? Money.UNKNOWN : rng.nextInt(40001) * Money.UNITS_PER_YUAN;
      net[i] = p * m;
      med[i] = rng.nextInt(3) == 0 ? rng.nextInt(60001) * Money.UNITS_PER_YUAN : 0;
      edu[i] = rng.nextInt(5) == 0 ? rng.nextInt(30001) * Money.UNITS_PER_YUAN : 0;
      end[i] = periodEnd;
      members[i] = m;
      labour[i] = rng.nextInt(m + 1);
      weak[i] = rng.nextInt(m - labour[i] + 1);
      serious[i] = rng.nextInt(2);
      chronic[i] = rng.nextInt(2);
      disabled[i] = rng.nextInt(6) == 0 ? 1 : 0;
      guarantees[i] = (byte) (rng.nextInt(51) == 0 ? 1 << rng.nextInt(5) : 0);
      events[i] = (short) (rng.nextInt(21) == 0 ? 1 << rng.nextInt(6) : 0);
    }
    LocalDate asOf = LocalDate.of(2025, 3, 1);
    double[] fill = new double[repeats];
    double[] call = new double[repeats];
    double[] read = new double[repeats];
    double[] cpu = new double[repeats];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long monitored = 0;
    try (Policy policy = Policy.defaultFor("53", 2025)) {
      for (int k = 0; k < repeats; k++) {
        long t0 = System.nanoTime();
        try (HouseholdColumns in = new HouseholdColumns(n).regionCode(region).kind(kind)
            .perCapitaIncome(pci).previousPerCapitaIncome(prev).netIncome(net)
            .medicalOutOfPocket(med).educationOutOfPocket(edu).incomePeriodEnd(end)
            .members(members).labourCapable(labour).weakLabour(weak).seriouslyIll(serious)
            .chronicallyIll(chronic).disabled(disabled).guaranteeFailures(guarantees)
            .events(events)) {
          long t1 = System.nanoTime();
          long c1 = threads.getCurrentThreadCpuTime();
          try (AssessmentResults out = Risk.assessBatch(in, policy, asOf)) {
            long t2 = System.nanoTime();
            cpu[k] = (threads.getCurrentThreadCpuTime() - c1) / 1e6;
            byte[] within = out.withinMonitoring();
            byte[] level = out.level();
            int[] score = out.score();
            int[] status = out.status();
            long t3 = System.nanoTime();
            if (out.failed() != 0) {
              throw new IllegalStateException(out.failed() + " rows failed");
            }
            monitored = 0;
            for (int i = 0; i < n; i++) {
              monitored += within[i];
            }
            fill[k] = (t1 - t0) / 1e6;
            call[k] = (t2 - t1) / 1e6;
            read[k] = (t3 - t2) / 1e6;
            System.out.printf("repeat %d: fill %.1f ms, assessBatch %.1f ms (CPU %.1f ms), read "
                + "%.1f ms (%d within monitoring, %d levels, %d scores, %d statuses)%n", k, fill[k],
                call[k], cpu[k], read[k], monitored, level.length, score.length, status.length);
          }
        }
      }
    }
    Arrays.sort(call);
    Arrays.sort(cpu);
    Arrays.sort(fill);
    Arrays.sort(read);
    System.out.printf("%d households: assessBatch median %.1f ms (min %.1f; CPU median %.1f ms), "
        + "fill median %.1f ms, read median %.1f ms; %d within monitoring%n", n,
        call[repeats / 2], call[0], cpu[repeats / 2], fill[repeats / 2], read[repeats / 2],
        monitored);
  }
}
