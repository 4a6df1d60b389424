package org.ruralguard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.Test;

/** Poverty measures from Java: exact fractions and decimals over whole arrays. */
public class MeasuresTest {
  static final long Y = Money.UNITS_PER_YUAN;

  @Test
  public void fgtGivesTheHeadcountGapAndSeverityExactly() {
    long[] incomes = {2000 * Y, 3000 * Y, 5000 * Y, 8000 * Y};
    long line = 4000 * Y;
    assertEquals("1/2", Measures.fgt(incomes, null, line, 0, Set.of(), Measures.FRACTION, Rounding.HALF_UP));
    // gaps 1/2 and 1/4 over 4 people: (1/2 + 1/4) / 4 = 3/16
    assertEquals("3/16", Measures.fgt(incomes, null, line, 1, Set.of(), Measures.FRACTION, Rounding.HALF_UP));
    assertEquals("5/64", Measures.fgt(incomes, null, line, 2, Set.of(), Measures.FRACTION, Rounding.HALF_UP));
    assertEquals("0.1875", Measures.fgt(incomes, null, line, 1, Set.of(), 4, Rounding.HALF_UP));
    // weights: household sizes
    assertEquals("3/7", Measures.fgt(incomes, new long[] {1, 2, 3, 1}, line, 0, Set.of(),
        Measures.FRACTION, Rounding.HALF_UP));
    assertEquals("3/4", Measures.fgt(incomes, null, 5000 * Y, 0, EnumSet.of(MeasuresFlag.AT_OR_BELOW),
        Measures.FRACTION, Rounding.HALF_UP));
    assertThrows(InvalidArgumentException.class,
        () -> Measures.fgt(incomes, null, 0, 0, Set.of(), 4, Rounding.HALF_UP));
    assertThrows(InvalidArgumentException.class,
        () -> Measures.fgt(new long[0], null, line, 0, Set.of(), 4, Rounding.HALF_UP));
    assertThrows(InvalidArgumentException.class,
        () -> Measures.fgt(incomes, null, line, 17, Set.of(), 4, Rounding.HALF_UP));
  }

  @Test
  public void alkireFosterWritesHAM0M1M2() {
    // two people, two indicators with cutoffs 10: person 0 deprived in both, person 1 in none
    long[] achievements = {5, 5, 20, 20};
    String out = Measures.alkireFoster(2, 2, achievements, new long[] {10, 10}, 1, null, null, 1,
        2, Set.of(), Measures.FRACTION, Rounding.HALF_UP);
    String[] f = out.split(" ");
    assertEquals(5, f.length);
    assertEquals("1/2", f[0]);  // H
    assertEquals("1", f[1]);    // A
    assertEquals("1/2", f[2]);  // M0 = H * A
    assertEquals("1/4", f[3]);  // M1: gaps 1/2 and 1/2 over 4 cells
    assertEquals("1/8", f[4]);  // M2
    String ordinal = Measures.alkireFoster(2, 2, achievements, new long[] {10, 10}, 1, null, null,
        1, 2, EnumSet.of(MeasuresFlag.ORDINAL), 4, Rounding.HALF_UP);
    assertEquals("0.5000 1.0000 0.5000 NA NA", ordinal);
  }

  @Test
  public void alkireFosterDetailDecomposesByGroupAndItsTotalEqualsThePlainCall() {
    // persons 0 and 1 in group 7, person 2 in group 9; only person 0 is poor (deprived in both)
    long[] achievements = {5, 5, 20, 20, 20, 5};
    long[] cutoffs = {10, 10};
    String plain = Measures.alkireFoster(3, 2, achievements, cutoffs, 1, null, null, 1, 1,
        Set.of(), Measures.FRACTION, Rounding.HALF_UP);
    String json = Measures.alkireFosterDetail(3, 2, achievements, cutoffs, 1, null, null, 1, 1,
        new long[] {7, 7, 9}, Set.of(), Measures.FRACTION, Rounding.HALF_UP);
    String h = plain.split(" ")[0];
    assertEquals("1/3", h);
    assertTrue(json, json.startsWith("{\"total\":{\"H\":\"1/3\""));
    assertTrue(json, json.contains("{\"group\":7,\"population_share\":\"2/3\",\"contribution\":\"1\""));
    assertTrue(json, json.contains("{\"group\":9,\"population_share\":\"1/3\",\"contribution\":\"0\""));
    assertThrows(InvalidArgumentException.class, () -> Measures.alkireFosterDetail(3, 2, achievements,
        cutoffs, 1, null, null, 1, 1, new long[] {7}, Set.of(), Measures.FRACTION, Rounding.HALF_UP));
  }
}
