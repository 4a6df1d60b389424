package org.ruralguard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.Test;

/**
 * Differential test: the library's money through the Java binding against Java's BigDecimal
 * (DecimalReference), over the case families of bindings/python/tests/test_money_differential.py:
 * parse, add/sub, mulRatio and div in all four rounding modes, format, allocate, and every
 * combination of the int64 corners. Seeded (RURALGUARD_DIFF_SEED, RURALGUARD_DIFF_CASES override);
 * zero mismatches are allowed and every mismatch is printed with its inputs.
 */
public class MoneyDifferentialTest {
  static final long SEED = Long.parseLong(env("RURALGUARD_DIFF_SEED", "20261207"));
  static final int CASES = Integer.parseInt(env("RURALGUARD_DIFF_CASES", "100000"));
  static final Rounding[] MODES = Rounding.values();

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? fallback : v;
  }

  /** The library's answer in the model's terms. */
  static String outcome(Supplier<Object> call) {
    try {
      Object v = call.get();
      return DecimalReference.ok(v instanceof long[] a ? Arrays.toString(a) : v);
    } catch (ParseException e) {
      return DecimalReference.PARSE;
    } catch (OverflowException e) {
      return DecimalReference.OVERFLOW;
    } catch (PrecisionException e) {
      return DecimalReference.PRECISION;
    } catch (InvalidArgumentException e) {
      return DecimalReference.INVALID;
    }
  }

  static final class Log {
    final String name;
    long cases;
    long mismatches;
    final long started = System.nanoTime();

    Log(String name) {
      this.name = name;
    }

    void check(String inputs, String got, String expected) {
      cases++;
      if (!got.equals(expected)) {
        mismatches++;
        if (mismatches <= 20) {
          System.err.println("MISMATCH " + name + " " + inputs + ": ruralguard " + got
              + ", BigDecimal " + expected);
        }
      }
    }

    void finish(long minimum) {
      System.err.printf("  %s: %d cases, %d mismatches, %.2f s (seed %d)%n", name, cases,
          mismatches, (System.nanoTime() - started) / 1e9, SEED);
      assertTrue(cases >= minimum);
      assertEquals(name + ": mismatches (printed above)", 0, mismatches);
    }
  }

  static long units(SplittableRandom r) {
    int kind = r.nextInt(9);
    long sign = r.nextBoolean() ? -1 : 1;
    switch (kind) {
      case 0: return sign * r.nextInt(1000);  // below a fen
      case 1: return sign * r.nextLong(100_000_000L) * 100;  // whole fen
      case 2: {  // a tie at 0..3 decimals
        long step = (long) Math.pow(10, 1 + r.nextInt(4));
        return sign * (r.nextLong(1_000_000_000L) * step + step / 2);
      }
      case 3: return sign * r.nextLong(1_000_000_000_000L);  // county budgets
      case 4: return sign > 0 ? Long.MAX_VALUE - r.nextInt(1_000_000)
          : Long.MIN_VALUE + r.nextInt(1_000_000);  // the int64 limits
      case 5: return r.nextLong();  // anywhere
      case 6: {
        long[] c = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 5000, -5000, 50, -50};
        return c[r.nextInt(c.length)];
      }
      case 7: return sign * r.nextLong(1L << 62, Long.MAX_VALUE);  // huge
      default: return sign * r.nextLong((long) Math.pow(10, 1 + r.nextInt(18)));
    }
  }

  static long factor(SplittableRandom r) {
    int kind = r.nextInt(7);
    long sign = r.nextDouble() < 0.3 ? -1 : 1;
    switch (kind) {
      case 0: return sign * (1 + r.nextInt(1000));
      case 1: {
        long[] c = {2, 4, 8, 16, 20, 40, 80, 200, 400, 1000, 10000, 3, 7, 9, 11};
        return sign * c[r.nextInt(c.length)];
      }
      case 2: return sign * new long[] {100, 10000, 1000000}[r.nextInt(3)];
      case 3: return r.nextLong();
      case 4: return sign * (1 + r.nextInt(Integer.MAX_VALUE - 1));
      case 5: return new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 1, -1}[r.nextInt(4)];
      default: return r.nextDouble() < 0.02 ? 0 : sign * (1 + r.nextInt(999_999));
    }
  }

  private static final String[] SUFFIXES = {"", "", "", "", "元", "万", "万元", "亿", "亿元"};
  private static final String NOISE = ".,e- +x0万1";

  static String digits(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  static String group(String whole) {
    int head = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    StringBuilder b = new StringBuilder(whole.substring(0, head));
    for (int k = head; k < whole.length(); k += 3) {
      b.append(',').append(whole, k, k + 3);
    }
    return b.toString();
  }

  /** Text of an amount: mostly well-formed, some too precise or too large, some malformed. */
  static Object[] amountText(SplittableRandom r) {
    int kind = r.nextInt(10);
    if (kind == 0) {
      return new Object[] {Money.format(units(r), r.nextInt(5), Rounding.HALF_UP, false), false};
    }
    if (kind == 1) {
      long u = (r.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE);
      java.math.BigInteger v = java.math.BigInteger.valueOf(u).add(java.math.BigInteger.valueOf(r.nextInt(7) - 3));
      java.math.BigDecimal y = new java.math.BigDecimal(v, 4);
      return new Object[] {y.toPlainString(), false};
    }
    if (kind == 9) {
      String chars = "0123456789.,+-万亿元e ";
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(8);
      for (int i = 0; i < n; i++) {
        b.append(chars.charAt(r.nextInt(chars.length())));
      }
      return new Object[] {b.toString(), r.nextBoolean()};
    }
    String sign = new String[] {"", "", "-", "+"}[r.nextInt(4)];
    String whole = digits(r, 1 + r.nextInt(kind == 2 ? 21 : 15));
    String fraction = r.nextDouble() < 0.7 ? digits(r, r.nextInt(14)) : null;
    if (fraction != null && !fraction.isEmpty() && r.nextDouble() < 0.3) {
      fraction += "0".repeat(1 + r.nextInt(39));
    }
    boolean thousands = r.nextDouble() < 0.2;
    String text = sign + (thousands ? group(whole) : whole) + (fraction != null ? "." + fraction : "")
        + SUFFIXES[r.nextInt(SUFFIXES.length)];
    if (kind == 8) {
      StringBuilder b = new StringBuilder(text);
      int at = r.nextInt(b.length() + 1);
      int action = r.nextInt(3);
      char c = NOISE.charAt(r.nextInt(NOISE.length()));
      if (action == 0) {
        b.insert(at, c);
      } else if (at < b.length()) {
        if (action == 1) {
          b.deleteCharAt(at);
        } else {
          b.setCharAt(at, c);
        }
      }
      text = b.toString();
    }
    return new Object[] {text, thousands || r.nextDouble() < 0.1};
  }

  @Test
  public void parseMatchesBigDecimal() {
    SplittableRandom r = new SplittableRandom(SEED);
    Log log = new Log("parse");
    for (int i = 0; i < CASES; i++) {
      Object[] t = amountText(r);
      String text = (String) t[0];
      boolean allow = (Boolean) t[1];
      log.check("'" + text + "' " + allow, outcome(() -> Money.parse(text, allow)),
          DecimalReference.parse(text, allow));
    }
    log.finish(CASES);
  }

  @Test
  public void addAndSubMatchBigIntegerAndOverflowExactlyAtTheInt64Range() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    Log log = new Log("add/sub");
    for (int i = 0; i < CASES; i++) {
      long a = units(r);
      long b = units(r);
      if (i % 2 == 1) {
        log.check("add " + a + " " + b, outcome(() -> Money.add(a, b)), DecimalReference.add(a, b));
      } else {
        log.check("sub " + a + " " + b, outcome(() -> Money.sub(a, b)), DecimalReference.sub(a, b));
      }
    }
    log.finish(CASES);
  }

  @Test
  public void mulRatioMatchesBigDecimalInEveryRoundingMode() {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    Log log = new Log("mulRatio");
    for (int i = 0; i < CASES; i++) {
      long a = units(r);
      long n = factor(r);
      long d = factor(r);
      int decimals = r.nextInt(5);
      int mode = i % 4;
      log.check(a + " * " + n + " / " + d + " " + decimals + " " + MODES[mode],
          outcome(() -> Money.mulRatio(a, n, d, decimals, MODES[mode])),
          DecimalReference.mulRatio(a, n, d, decimals, mode));
    }
    log.finish(CASES);
  }

  @Test
  public void divMatchesBigDecimalInEveryRoundingMode() {
    SplittableRandom r = new SplittableRandom(SEED + 3);
    Log log = new Log("div");
    for (int i = 0; i < CASES; i++) {
      long a = units(r);
      long d = factor(r);
      int decimals = r.nextInt(5);
      int mode = i % 4;
      log.check(a + " / " + d + " " + decimals + " " + MODES[mode],
          outcome(() -> Money.div(a, d, decimals, MODES[mode])),
          DecimalReference.div(a, d, decimals, mode));
    }
    log.finish(CASES);
  }

  @Test
  public void formatMatchesBigDecimalSetScaleInEveryRoundingMode() {
    SplittableRandom r = new SplittableRandom(SEED + 4);
    Log log = new Log("format");
    for (int i = 0; i < CASES; i++) {
      long a = units(r);
      int decimals = r.nextInt(5);
      int mode = i % 4;
      boolean thousands = i % 8 < 2;
      log.check(a + " " + decimals + " " + MODES[mode] + " " + thousands,
          outcome(() -> Money.format(a, decimals, MODES[mode], thousands)),
          DecimalReference.ok(DecimalReference.formatText(a, decimals, mode, thousands)));
    }
    log.finish(CASES);
  }

  @Test
  public void allocateMatchesTheLargestRemainderModel() {
    SplittableRandom r = new SplittableRandom(SEED + 5);
    Log log = new Log("allocate");
    long parts = 0;
    for (int k = 1; parts < CASES; k++) {
      int count = 1 + r.nextInt(199);
      long[] w = new long[count];
      for (int i = 0; i < count; i++) {
        long[] choice = {0, 1, 1, 2, 3, r.nextLong(1_000_000), r.nextLong(1L << 40)};
        w[i] = choice[r.nextInt(choice.length)];
      }
      long total = units(r);
      String got;
      String expected;
      if (k % 2 == 1) {
        if (r.nextDouble() < 0.9) {
          total = total - total % 100;  // whole fen, toward zero
        }
        long t = total;
        got = outcome(() -> Money.allocateFen(t, w));
        expected = DecimalReference.allocate(total, w, 100);
      } else {
        long t = total;
        got = outcome(() -> Money.allocate(t, w));
        expected = DecimalReference.allocate(total, w, 1);
      }
      log.check("allocate " + total + " " + Arrays.toString(w), got, expected);
      parts += count;
    }
    log.cases = parts;
    log.finish(CASES);
  }

  @Test
  public void everyCombinationOfExtremeValuesMatches() {
    long[] amounts = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -5001, -5000, -50, -1, 0, 1, 50, 5000,
        5001, Long.MAX_VALUE - 1, Long.MAX_VALUE};
    long[] factors = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -3, -2, -1, 0, 1, 2, 3, 10000,
        Long.MAX_VALUE - 1, Long.MAX_VALUE};
    Log log = new Log("extremes");
    for (long a : amounts) {
      for (long b : amounts) {
        log.check("add " + a + " " + b, outcome(() -> Money.add(a, b)), DecimalReference.add(a, b));
        log.check("sub " + a + " " + b, outcome(() -> Money.sub(a, b)), DecimalReference.sub(a, b));
      }
      for (int decimals = 0; decimals < 5; decimals++) {
        for (int mode = 0; mode < 4; mode++) {
          int dd = decimals;
          int mm = mode;
          log.check("format " + a + " " + decimals + " " + mode,
              outcome(() -> Money.format(a, dd, MODES[mm], true)),
              DecimalReference.ok(DecimalReference.formatText(a, decimals, mode, true)));
          for (long f : factors) {
            log.check("div " + a + " " + f, outcome(() -> Money.div(a, f, dd, MODES[mm])),
                DecimalReference.div(a, f, decimals, mode));
            for (long g : factors) {
              log.check("mulRatio " + a + " " + f + " " + g,
                  outcome(() -> Money.mulRatio(a, f, g, dd, MODES[mm])),
                  DecimalReference.mulRatio(a, f, g, decimals, mode));
            }
          }
        }
      }
    }
    log.finish((long) amounts.length * factors.length * factors.length * 20);
  }
}
