package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Memory;
import com.sun.jna.ptr.LongByReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.ruralguard.internal.Text;

/**
 * Exact money: a {@code long} counting 1/10000 yuan (the C {@code rg_money}), with exact
 * conversion to and from {@link BigDecimal} yuan and the library's arithmetic. Never floating
 * point. Pure functions: any thread.
 */
public final class Money {
  /** {@code RG_MONEY_UNITS_PER_YUAN}. */
  public static final long UNITS_PER_YUAN = 10000;
  /** {@code RG_MONEY_UNITS_PER_FEN}. */
  public static final long UNITS_PER_FEN = 100;
  /** {@code RG_MONEY_UNKNOWN}: "no value" in columns (previous income unknown). */
  public static final long UNKNOWN = Long.MIN_VALUE;

  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private Money() {}

  /** The exact amount in yuan with scale 4: {@code toBigDecimal(123400)} is {@code 12.3400}. */
  public static BigDecimal toBigDecimal(long units) {
    return BigDecimal.valueOf(units, 4);
  }

  /**
   * The exact count of 1/10000 yuan of {@code yuan}. Trailing zeros beyond 4 decimals are fine
   * ({@code 1.23000}); a non-zero digit beyond the 4th decimal is a {@link PrecisionException};
   * a value outside the int64 range of units an {@link OverflowException} (precision is checked
   * first, like {@code rg_money_parse}); null an {@link InvalidArgumentException}.
   */
  public static long fromBigDecimal(BigDecimal yuan) {
    if (yuan == null) {
      throw new InvalidArgumentException("amount: null is not an amount");
    }
    if (yuan.signum() == 0) {
      return 0;
    }
    BigDecimal stripped = yuan.stripTrailingZeros();
    if (stripped.scale() > 4) {
      throw new PrecisionException("amount " + yuan
          + " is finer than 1/10000 yuan");
    }
    // Integer digits = precision - scale; more than 16 (plus 4 decimals > 19 digits) cannot fit.
    if ((long) stripped.precision() - stripped.scale() > 16) {
      throw new OverflowException("amount " + yuan
          + " is outside the range of rg_money (about ±922 trillion yuan)");
    }
    BigInteger units = stripped.setScale(4, RoundingMode.UNNECESSARY).unscaledValue();
    if (units.compareTo(MIN) < 0 || units.compareTo(MAX) > 0) {
      throw new OverflowException("amount " + yuan
          + " is outside the range of rg_money (about ±922 trillion yuan)");
    }
    return units.longValue();
  }

  /** Parses text: "1234.56", "36.82亿", "9819.05万" (see {@link #parse(String, boolean)}). */
  public static long parse(String text) {
    return parse(text, false);
  }

  /**
   * {@code rg_money_parse}: up to 4 decimals and an optional unit suffix 元, 万, 万元, 亿 or 亿元;
   * with {@code allowThousands} "1,234,567.89". Throws the first that applies of
   * {@link ParseException}, {@link PrecisionException}, {@link OverflowException}.
   */
  public static long parse(String text, boolean allowThousands) {
    if (text == null) {
      throw new InvalidArgumentException("text: null is not an amount");
    }
    byte[] b = Text.utf8(text);
    LongByReference out = new LongByReference();
    check(RG.rg_money_parse(out, b, b.length, allowThousands ? 1 : 0));
    return out.getValue();
  }

  /** Two decimals, half up: {@code format(123456)} is "12.35". */
  public static String format(long units) {
    return format(units, 2, Rounding.HALF_UP, false);
  }

  /** {@code rg_money_format}: {@code decimals} 0..4, rounded once; never "-0.00". */
  public static String format(long units, int decimals, Rounding rounding, boolean thousands) {
    byte[] out = new byte[64];
    LongByReference length = new LongByReference();
    check(RG.rg_money_format(out, out.length, length, units, decimals, code(rounding),
        thousands ? 1 : 0));
    return new String(out, 0, (int) length.getValue(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** a + b; {@link OverflowException} beyond the int64 range. */
  public static long add(long a, long b) {
    LongByReference out = new LongByReference();
    check(RG.rg_money_add(out, a, b));
    return out.getValue();
  }

  /** a - b; {@link OverflowException} beyond the int64 range. */
  public static long sub(long a, long b) {
    LongByReference out = new LongByReference();
    check(RG.rg_money_sub(out, a, b));
    return out.getValue();
  }

  /** amount * numerator / denominator, exact, rounded once to {@code decimals} (0..4) places. */
  public static long mulRatio(long amount, long numerator, long denominator, int decimals,
      Rounding rounding) {
    LongByReference out = new LongByReference();
    check(RG.rg_money_mul_ratio(out, amount, numerator, denominator, decimals, code(rounding)));
    return out.getValue();
  }

  /** amount / divisor rounded once to {@code decimals} (0..4) places. */
  public static long div(long amount, long divisor, int decimals, Rounding rounding) {
    LongByReference out = new LongByReference();
    check(RG.rg_money_div(out, amount, divisor, decimals, code(rounding)));
    return out.getValue();
  }

  /** {@link PrecisionException} unless {@code amount} is a whole number of fen. */
  public static void checkFen(long amount) {
    check(RG.rg_money_check_fen(amount));
  }

  /** Largest-remainder split of {@code total} by {@code weights} in units: one C call. */
  public static long[] allocate(long total, long[] weights) {
    return allocate(total, weights, false);
  }

  /** The same split in whole fen ({@code total} must be whole fen). */
  public static long[] allocateFen(long total, long[] weights) {
    return allocate(total, weights, true);
  }

  private static long[] allocate(long total, long[] weights, boolean fen) {
    if (weights == null) {
      throw new InvalidArgumentException("weights: null");
    }
    if (weights.length == 0) {
      throw new InvalidArgumentException("weights: no parts to allocate to");
    }
    long bytes = 8L * weights.length;
    try (Memory w = new Memory(bytes); Memory parts = new Memory(bytes)) {
      w.write(0, weights, 0, weights.length);
      check(fen ? RG.rg_money_allocate_fen(parts, total, w, weights.length)
          : RG.rg_money_allocate(parts, total, w, weights.length));
      return parts.getLongArray(0, weights.length);
    }
  }

  static int code(Rounding rounding) {
    if (rounding == null) {
      throw new InvalidArgumentException("rounding: null");
    }
    return rounding.code();
  }
}
