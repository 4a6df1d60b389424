package org.ruralguard;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.Test;

/** Money across the boundary: BigDecimal conversions, the C functions and their errors. */
public class MoneyTest {
  @Test
  public void toBigDecimalIsExactWithScaleFour() {
    assertEquals(new BigDecimal("12.3400"), Money.toBigDecimal(123400));
    assertEquals(new BigDecimal("-922337203685477.5808"), Money.toBigDecimal(Long.MIN_VALUE));
    assertEquals(new BigDecimal("922337203685477.5807"), Money.toBigDecimal(Long.MAX_VALUE));
  }

  @Test
  public void fromBigDecimalRoundTripsExactlyOverTheWholeInt64Range() {
    Random rng = new Random(20261207);
    long[] corners = {0, 1, -1, 50, -50, 5000, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
        Long.MIN_VALUE + 1};
    for (long units : corners) {
      assertEquals(units, Money.fromBigDecimal(Money.toBigDecimal(units)));
    }
    for (int i = 0; i < 100_000; i++) {
      long units = rng.nextLong() >> rng.nextInt(64);
      BigDecimal yuan = Money.toBigDecimal(units);
      assertEquals(units, Money.fromBigDecimal(yuan));
      assertEquals(units, Money.fromBigDecimal(yuan.stripTrailingZeros()));  // any scale
      assertEquals(units, Money.parse(yuan.toPlainString()));  // the library agrees
    }
  }

  @Test
  public void fromBigDecimalAcceptsTrailingZerosAndRefusesWhatDoesNotFit() {
    assertEquals(12300, Money.fromBigDecimal(new BigDecimal("1.23000000000")));
    assertEquals(10000, Money.fromBigDecimal(new BigDecimal("1E+0")));
    assertEquals(1000000000000L, Money.fromBigDecimal(new BigDecimal("1E+8")));
    assertThrows(PrecisionException.class, () -> Money.fromBigDecimal(new BigDecimal("0.00001")));
    assertThrows(PrecisionException.class, () -> Money.fromBigDecimal(new BigDecimal("1E-1000000000")));
    assertThrows(OverflowException.class,
        () -> Money.fromBigDecimal(new BigDecimal("922337203685477.5808")));
    assertThrows(OverflowException.class,
        () -> Money.fromBigDecimal(new BigDecimal("-922337203685477.5809")));
    assertThrows(OverflowException.class, () -> Money.fromBigDecimal(new BigDecimal("1E+999999999")));
    assertEquals(Long.MIN_VALUE, Money.fromBigDecimal(new BigDecimal("-922337203685477.5808")));
    assertThrows(InvalidArgumentException.class, () -> Money.fromBigDecimal(null));
    // precision is reported before overflow, like rg_money_parse
    assertThrows(PrecisionException.class,
        () -> Money.fromBigDecimal(new BigDecimal("1E+30").add(new BigDecimal("0.00001"))));
  }

  @Test
  public void parseReportsEachErrorByItsException() {
    assertEquals(36_820_000_000_000L, Money.parse("36.82亿"));
    assertEquals(981905000000L, Money.parse("9819.05万"));
    for (String bad : new String[] {"12.3.4", "1e5", "", "NaN", "12,34"}) {
      assertThrows(bad, ParseException.class, () -> Money.parse(bad));
    }
    assertThrows(PrecisionException.class, () -> Money.parse("0.00001"));
    assertThrows(OverflowException.class, () -> Money.parse("123456789012345678901234567890"));
    assertEquals(12345678900L, Money.parse("1,234,567.89", true));
    ParseException e = assertThrows(ParseException.class, () -> Money.parse("12,3x"));
    assertEquals("RG_EPARSE", e.statusName());
    assertEquals(Status.EPARSE.code(), e.status());
    assertEquals(true, e.getMessage().contains("'12,3x'"));
  }

  @Test
  public void roundingModesMatchJavaRoundingModesOnTheClassicTies() {
    long[] amounts = {1250, -1250, 10050, 26750};  // 0.125, -0.125, 1.005, 2.675
    Rounding[] modes = Rounding.values();
    RoundingMode[] java = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN,
        RoundingMode.UP};
    for (long a : amounts) {
      for (int m = 0; m < modes.length; m++) {
        String expected = Money.toBigDecimal(a).setScale(2, java[m]).toPlainString();
        if (expected.equals("-0.00")) {
          expected = "0.00";
        }
        assertEquals(a + " " + modes[m], expected, Money.format(a, 2, modes[m], false));
      }
    }
  }

  @Test
  public void arithmeticIsExactAndOverflowIsAnException() {
    assertEquals(3, Money.add(1, 2));
    assertEquals(-1, Money.sub(1, 2));
    assertThrows(OverflowException.class, () -> Money.add(Long.MAX_VALUE, 1));
    assertThrows(OverflowException.class, () -> Money.sub(Long.MIN_VALUE, 1));
    long allocated = Money.parse("36.82亿");
    long spent = Money.parse("22.4亿");
    assertEquals("60.84", Money.format(Money.mulRatio(100 * Money.UNITS_PER_YUAN, spent, allocated,
        2, Rounding.HALF_UP)));
    assertEquals(3333, Money.div(10000, 3, 4, Rounding.HALF_UP));
    assertThrows(InvalidArgumentException.class, () -> Money.div(1, 0, 2, Rounding.HALF_UP));
    Money.checkFen(100);
    assertThrows(PrecisionException.class, () -> Money.checkFen(150));
  }

  @Test
  public void allocateSplitsOneHundredYuanIntoThirtyThreeThirtyFourAndTwiceThirtyThree() {
    long[] parts = Money.allocateFen(100 * Money.UNITS_PER_YUAN, new long[] {1, 1, 1});
    assertArrayEquals(new long[] {333400, 333300, 333300}, parts);
    assertEquals("33.34", Money.format(parts[0]));
    long[] big = new long[100_000];
    java.util.Arrays.fill(big, 1);
    long sum = 0;
    for (long p : Money.allocate(Money.parse("36.82亿"), big)) {
      sum += p;
    }
    assertEquals(Money.parse("36.82亿"), sum);
  }
}
