package org.ruralguard;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent model of ruralguard's money rules written with BigDecimal and BigInteger (the
 * Java port of bindings/python/tests/decimal_reference.py). Nothing here calls ruralguard: it
 * follows the contracts of ruralguard.h. Outcomes are strings: "ok:<value>" or the error kind.
 */
final class DecimalReference {
  static final String PARSE = "parse";
  static final String OVERFLOW = "overflow";
  static final String PRECISION = "precision";
  static final String INVALID = "invalid";
  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
  static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
      RoundingMode.DOWN, RoundingMode.UP};
  private static final Pattern PLAIN =
      Pattern.compile("([+-]?)([0-9]+)(?:\\.([0-9]+))?(万元|亿元|元|万|亿)?");
  private static final Pattern GROUPED =
      Pattern.compile("([+-]?)([0-9]{1,3}(?:,[0-9]{3})*)(?:\\.([0-9]+))?(万元|亿元|元|万|亿)?");

  private DecimalReference() {}

  static String ok(Object v) {
    return "ok:" + v;
  }

  private static String inRange(BigInteger units) {
    return units.compareTo(MIN) < 0 || units.compareTo(MAX) > 0 ? OVERFLOW : ok(units.longValue());
  }

  static String parse(String text, boolean allowThousands) {
    Matcher m = PLAIN.matcher(text);
    if (!m.matches()) {
      m = GROUPED.matcher(text);
      if (!allowThousands || !m.matches()) {
        return PARSE;
      }
    }
    String digits = m.group(1) + m.group(2).replace(",", "")
        + (m.group(3) != null ? "." + m.group(3) : "");
    String suffix = m.group(4) == null ? "" : m.group(4);
    int shift = suffix.startsWith("万") ? 4 : suffix.startsWith("亿") ? 8 : 0;
    BigDecimal units = new BigDecimal(digits).movePointRight(shift + 4);
    if (units.signum() != 0 && units.stripTrailingZeros().scale() > 0) {
      return PRECISION;
    }
    return inRange(units.setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact());
  }

  static String add(long a, long b) {
    return inRange(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
  }

  static String sub(long a, long b) {
    return inRange(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)));
  }

  /** round(n / d) to a multiple of 10^(4 - decimals) units, correctly rounded. */
  private static String rounded(BigInteger n, BigInteger d, int decimals, int rounding) {
    BigInteger step = BigInteger.TEN.pow(4 - decimals);
    BigInteger q = new BigDecimal(n).divide(new BigDecimal(d.multiply(step)), 0, MODES[rounding])
        .toBigIntegerExact();
    return inRange(q.multiply(step));
  }

  static String mulRatio(long a, long numerator, long denominator, int decimals, int rounding) {
    if (denominator == 0) {
      return INVALID;
    }
    return rounded(BigInteger.valueOf(a).multiply(BigInteger.valueOf(numerator)),
        BigInteger.valueOf(denominator), decimals, rounding);
  }

  static String div(long a, long divisor, int decimals, int rounding) {
    if (divisor == 0) {
      return INVALID;
    }
    return rounded(BigInteger.valueOf(a), BigInteger.valueOf(divisor), decimals, rounding);
  }

  static String formatText(long a, int decimals, int rounding, boolean thousands) {
    BigDecimal r = BigDecimal.valueOf(a, 4).setScale(decimals, MODES[rounding]);
    String text = r.abs().toPlainString();
    if (thousands) {
      int dot = text.indexOf('.');
      String whole = dot < 0 ? text : text.substring(0, dot);
      StringBuilder g = new StringBuilder();
      for (int i = 0; i < whole.length(); i++) {
        if (i > 0 && (whole.length() - i) % 3 == 0) {
          g.append(',');
        }
        g.append(whole.charAt(i));
      }
      text = g + (dot < 0 ? "" : text.substring(dot));
    }
    return r.signum() < 0 ? "-" + text : text;  // a value rounding to zero has no sign
  }

  /** Largest-remainder split; the same order of error checks as the library (see the Python model). */
  static String allocate(long total, long[] weights, long stepUnits) {
    if (weights.length == 0) {
      return INVALID;
    }
    if (total % stepUnits != 0) {
      return PRECISION;
    }
    BigInteger sum = BigInteger.ZERO;
    for (long w : weights) {
      if (w < 0) {
        return INVALID;
      }
      sum = sum.add(BigInteger.valueOf(w));
    }
    if (sum.signum() == 0) {
      return INVALID;
    }
    if (total == Long.MIN_VALUE) {
      return OVERFLOW;
    }
    BigInteger steps = BigInteger.valueOf(Math.abs(total) / stepUnits);
    int n = weights.length;
    BigInteger[] quotas = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = steps.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
      quotas[i] = qr[0];
      remainders[i] = qr[1];
      given = given.add(qr[0]);
    }
    int leftover = steps.subtract(given).intValueExact();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort((x, y) -> {
      int c = remainders[y].compareTo(remainders[x]);
      return c != 0 ? c : Integer.compare(x, y);
    });
    for (int k = 0; k < leftover; k++) {
      quotas[order.get(k)] = quotas[order.get(k)].add(BigInteger.ONE);
    }
    long sign = total < 0 ? -1 : 1;
    long[] parts = new long[n];
    for (int i = 0; i < n; i++) {
      parts[i] = sign * quotas[i].longValueExact() * stepUnits;
    }
    return ok(java.util.Arrays.toString(parts));
  }
}
